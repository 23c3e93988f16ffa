using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using Compliance.Rules.Engine;
using Compliance.Rules.Incidents;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;
using Compliance.Rules.Sampling;
using Spectre.Console;

namespace Compliance.Cli.Commands;

/// <summary>
/// <c>compliance sample &lt;records…&gt; [--incidents &lt;files…&gt;] --plan --seed --as-of --output [--rules] [--worksheet [--worksheet-findings]] [--max-rejected]</c>:
/// draws the plan's sample from a frozen export (crime records, and incident logs for incident
/// strata) and writes <c>sample.json</c> and the reviewers' worksheet.
/// </summary>
internal static class SampleCommand
{
    /// <summary>Exit code when more records were rejected than <c>--max-rejected</c> allows.</summary>
    public const int DataQualityGate = 4;

    /// <summary>Exit code for something the program did not expect.</summary>
    public const int InternalError = 3;

    public static Command Create()
    {
        var paths = new Argument<string[]>("records") { Description = "The frozen export: record files (.jsonl or .json).", Arity = ArgumentArity.OneOrMore };
        var incidents = new Option<string[]>("--incidents") { Description = "Incident log files (.jsonl or .json), joined to the records: needed by the plan's incident strata.", AllowMultipleArgumentsPerToken = true };
        var plan = new Option<string?>("--plan") { Description = "The audit plan (JSON): strata, sizes, period." };
        var seed = new Option<string?>("--seed") { Description = "The seed: a whole number 0 ≤ n < 2⁶³, written without sign or leading zeros. Draw it after the export is frozen; use it for one plan only." };
        var asOf = AsOfOption.Create(required: true);
        var rules = CommonOptions.Rules();
        var output = new Option<string?>("--output", "-o") { Description = "Where to write sample.json." };
        var worksheet = new Option<string?>("--worksheet") { Description = "Also write the reviewers' worksheet (CSV) here." };
        var findings = new Option<bool>("--worksheet-findings") { Description = "Show the tool's findings on the worksheet (the sample is then not blind, and rule precision cannot be measured from it)." };
        var maxRejected = new Option<string?>("--max-rejected") { Description = "Exit 4 when more records, or more incidents, than this were rejected (each kind on its own): a count, or a percentage like 1%. Default: only when every one read was rejected." };
        var command = new Command("sample", "Draw an audit sample: strata from a plan, items in SHA-256 order of the seed, a sample file and a blind worksheet.")
        {
            paths, incidents, plan, seed, asOf, rules, output, worksheet, findings, maxRejected,
        };
        command.SetAction(parse =>
        {
            var errors = Consoles.Error(parse);
            try
            {
                return Run(
                    errors,
                    parse.GetValue(paths) ?? [],
                    parse.GetValue(incidents) ?? [],
                    parse.GetValue(plan),
                    parse.GetValue(seed),
                    parse.GetValue(asOf),
                    parse.GetValue(rules),
                    parse.GetValue(output),
                    parse.GetValue(worksheet),
                    parse.GetValue(findings),
                    parse.GetValue(maxRejected));
            }
            catch (OperationCanceledException) when (Interruption.ExitCode is { } signal)
            {
                errors.MarkupLine("[yellow]interrupted:[/] no sample was written");
                return signal;
            }
            catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
            {
                errors.MarkupLine($"[red]internal error:[/] {Markup.Escape(e.GetType().Name)} in {Markup.Escape(e.TargetSite?.DeclaringType?.Name ?? "?")}.{Markup.Escape(e.TargetSite?.Name ?? "?")}");
                return InternalError;
            }
        });
        return command;
    }

    private static int Run(IAnsiConsole errors, string[] paths, string[] incidents, string? planPath, string? seedText, string? asOfText, string? rulesPath, string? output, string? worksheet, bool showFindings, string? maxRejectedText)
    {
        var problems = new List<string>();
        if (planPath is null)
        {
            problems.Add("--plan is required");
        }

        if (seedText is null)
        {
            problems.Add("--seed is required");
        }
        else if (!SelectionOrder.TryParseSeed(seedText, out _))
        {
            problems.Add($"--seed: '{seedText}' is not a whole number 0 ≤ n < 2^63 written without sign, spaces or leading zeros");
        }

        if (!AsOfOption.TryParseRequired(asOfText, out var asOf, out var asOfProblem))
        {
            problems.Add(asOfProblem!);
        }

        if (output is null)
        {
            problems.Add("--output is required (the sample file)");
        }

        if (showFindings && worksheet is null)
        {
            problems.Add("--worksheet-findings needs --worksheet");
        }

        foreach (var incidentPath in incidents.Distinct(StringComparer.Ordinal))
        {
            if (SameFile.FindInput(incidentPath, paths) is { } recordPath)
            {
                problems.Add($"--incidents: {incidentPath} is also given as a crime-record input ({recordPath}); a file holds either crime records or incident logs");
            }
        }

        var gate = RejectionGate.Default;
        if (maxRejectedText is not null && !RejectionGate.TryParse(maxRejectedText, out gate))
        {
            problems.Add($"--max-rejected: '{maxRejectedText}' is not a count or a percentage (e.g. 10 or 0.5%)");
        }

        string[] inputs = [.. paths, .. incidents, .. planPath is null ? [] : new[] { planPath }, .. rulesPath is null ? [] : new[] { rulesPath }];
        foreach (var target in new[] { output, worksheet }.OfType<string>())
        {
            if (SamplingFiles.IsInput(target, inputs))
            {
                problems.Add($"'{target}' is an input file: an input is never overwritten");
            }
        }

        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                errors.MarkupLine($"[red]error:[/] {Markup.Escape(problem)}");
            }

            return ExitCodes.UsageOrInputError;
        }

        if (!PackOption.TryLoad(rulesPath, errors, out var pack))
        {
            return ExitCodes.UsageOrInputError;
        }

        SamplingPlan plan;
        try
        {
            plan = SamplingPlan.Load(File.ReadAllBytes(planPath!), Path.GetFileName(planPath!), pack);
        }
        catch (SamplingException e)
        {
            return SamplingFiles.Problems(errors, planPath!, e.Problems);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.MarkupLine($"[red]error:[/] cannot read {Markup.Escape(planPath!)}: {Markup.Escape(e.Message)}");
            return ExitCodes.UsageOrInputError;
        }

        if (plan.HasIncidentStrata && incidents.Length == 0)
        {
            var ids = string.Join(", ", plan.Strata.Where(s => s.Population == StratumPopulation.Incident).Select(s => s.Id));
            errors.MarkupLine($"[red]error:[/] {Markup.Escape($"the plan's incident strata ({ids}) are drawn from incident logs: give them with --incidents <files…>")}");
            return ExitCodes.UsageOrInputError;
        }

        if (!plan.HasIncidentStrata && incidents.Length > 0)
        {
            errors.MarkupLine("[yellow]warning:[/] the plan has no incident stratum: the incident logs are read and counted, but none is drawn");
        }

        SelectionOrder.TryParseSeed(seedText, out var seed);
        var engine = ComplianceEngine.Create(pack);
        SampleDrawer drawer;
        try
        {
            drawer = new SampleDrawer(plan, engine, seed, asOf, includesIncidents: incidents.Length > 0);
        }
        catch (InvalidOperationException e)
        {
            errors.MarkupLine($"[red]error:[/] the rule pack cannot judge incidents: {Markup.Escape(e.Message)}");
            return ExitCodes.UsageOrInputError;
        }

        using var owned = drawer;
        var reader = new RecordReader();
        var sampleInputs = new List<SampleInput>();
        long read = 0, rejected = 0;
        foreach (var path in paths)
        {
            string hash;
            long records = 0;
            try
            {
                using (var file = File.OpenRead(path))
                {
                    hash = Convert.ToHexStringLower(SHA256.HashData(file));
                }

                using var source = RecordSource.Open(path);
                foreach (var result in reader.Read(source))
                {
                    // SIGINT/SIGTERM: stop before anything is written (the runner exits 130/143; the join's files go with the drawer).
                    Interruption.Token.ThrowIfCancellationRequested();
                    records++;
                    if (result is ParsedRecord parsed)
                    {
                        drawer.Add(parsed.Record);
                    }
                    else
                    {
                        rejected++;
                        drawer.Reject((Rejection)result);
                        if (rejected <= 10)
                        {
                            errors.MarkupLine($"[yellow]rejected:[/] {Markup.Escape(result.ToString() ?? string.Empty)}");
                        }
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.MarkupLine($"[red]error:[/] cannot read {Markup.Escape(path)}: {Markup.Escape(e.Message)}");
                return ExitCodes.UsageOrInputError;
            }

            read += records;
            sampleInputs.Add(new SampleInput(hash, records, 0));
        }

        if (incidents.Length > 0 && !DrawIncidents(errors, drawer, incidents, sampleInputs))
        {
            return ExitCodes.UsageOrInputError;
        }

        var sample = drawer.Complete(blind: !showFindings, sampleInputs);
        SamplingFiles.WriteWhole(output!, stream => SampleJson.Write(stream, sample));
        if (worksheet is not null)
        {
            SamplingFiles.WriteWhole(worksheet, stream => Worksheet.Write(stream, sample));
        }

        foreach (var (itemKey, stratumId, message) in drawer.FilterErrors.Take(10))
        {
            errors.MarkupLine($"[yellow]warning:[/] {Markup.Escape(itemKey)}: the filter of stratum {Markup.Escape(stratumId)} failed ({Markup.Escape(message)}); the item was left out");
        }

        var incidentCounts = incidents.Length > 0 ? string.Create(CultureInfo.InvariantCulture, $", {drawer.IncidentsRead} incidents read, {drawer.RejectedIncidents} rejected") : string.Empty;
        errors.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sample {plan.PlanId} (seed {seed}): {read} records read, {rejected} rejected{incidentCounts}, {sample.OutOfFrame} out of frame; {sample.Items.Count} items drawn{(sample.Blind ? string.Empty : " (worksheet shows findings: not blind)")}"));
        foreach (var stratum in sample.Strata)
        {
            errors.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stratum.Id}: N {stratum.N}, n {stratum.SampleSize}"));
        }

        var tripped = false;
        if (gate.Trips(rejected, read))
        {
            errors.MarkupLine($"[red]data quality:[/] {rejected} of {read} records were rejected (--max-rejected)");
            tripped = true;
        }

        // Each kind on its own, as in the audit: a clean record export does not excuse many rejected incidents.
        if (incidents.Length > 0 && gate.Trips(drawer.RejectedIncidents, drawer.IncidentsRead))
        {
            errors.MarkupLine($"[red]data quality:[/] {drawer.RejectedIncidents} of {drawer.IncidentsRead} incidents were rejected (--max-rejected)");
            tripped = true;
        }

        return tripped ? DataQualityGate : ExitCodes.Success;
    }

    /// <summary>Reads the incident files through the drawer (one reader: duplicate ids across files are rejected), hashing and counting each file.</summary>
    private static bool DrawIncidents(IAnsiConsole errors, SampleDrawer drawer, string[] paths, List<SampleInput> sampleInputs)
    {
        var reader = new IncidentReader();
        var shown = 0;
        string? failed = null;
        IEnumerable<ReadResult> Read()
        {
            foreach (var path in paths)
            {
                failed = path;
                string hash;
                using (var file = File.OpenRead(path))
                {
                    hash = Convert.ToHexStringLower(SHA256.HashData(file));
                }

                long count = 0;
                using (var source = RecordSource.Open(path))
                {
                    foreach (var result in reader.Read(source))
                    {
                        Interruption.Token.ThrowIfCancellationRequested();
                        count++;
                        yield return result;
                    }
                }

                sampleInputs.Add(new SampleInput(hash, 0, count));
            }

            failed = null;
        }

        try
        {
            drawer.AddIncidents(Read(), rejection =>
            {
                if (++shown <= 10)
                {
                    errors.MarkupLine($"[yellow]rejected incident:[/] {Markup.Escape(rejection.ToString())}");
                }
            }, Interruption.Token);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.MarkupLine($"[red]error:[/] cannot read {Markup.Escape(failed ?? "the incident logs")}: {Markup.Escape(e.Message)}");
            return false;
        }
    }
}
