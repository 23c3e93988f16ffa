using System.CommandLine;
using System.Globalization;
using Compliance.Rules.Engine;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;
using Spectre.Console;

namespace Compliance.Cli.Commands;

/// <summary>
/// <c>compliance bench [--rules &lt;pack&gt;] &lt;records…&gt;</c>: measures a pack on the user's own records —
/// throughput and the cost of each rule — and prints them as tables (see docs/benchmarks.md).
/// </summary>
internal static class BenchCommand
{
    private const int MaxRejectionsShown = 5;

    public static Command Create()
    {
        var rulesOption = CommonOptions.Rules();
        var asOfOption = AsOfOption.Create();
        var passesOption = new Option<int>("--passes")
        {
            Description = "Timed passes over the records (after one warm-up pass); each figure is the fastest pass.",
            DefaultValueFactory = _ => 3,
        };
        var pathsArgument = new Argument<string[]>("records")
        {
            Description = "Record files (.jsonl, or .json with one record or an array); - for standard input. They are read into memory first: reading is not measured.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("bench", """
            Measure the throughput of a rule pack and the cost of each of its rules on your records.

            Example:
              compliance bench samples/sapphire-2009.jsonl --rules my-force-policy.json
            """)
        {
            pathsArgument, rulesOption, asOfOption, passesOption,
        };
        command.SetAction(parse =>
        {
            var console = Consoles.Out(parse);
            var errors = Consoles.Error(parse);
            if (!TryAsOf(parse.GetValue(asOfOption), errors, out var asOf)
                || !TryPasses(parse.GetValue(passesOption), errors, out var passes)
                || !PackOption.TryLoad(parse.GetValue(rulesOption), errors, out var pack)
                || !TryRead(parse.GetValue(pathsArgument)!, errors, out var records, out var rejected))
            {
                return ExitCodes.UsageOrInputError;
            }

            if (records.Count == 0)
            {
                errors.MarkupLine($"[red]error:[/] no record could be read ({rejected} rejected): nothing to measure");
                return ExitCodes.UsageOrInputError;
            }

            errors.MarkupLine($"measuring {records.Count:N0} records ({passes} passes)…");
            var profile = RuleProfiler.Run(pack, records, asOf, passes);
            Print(console, profile, rejected, asOf);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Print(IAnsiConsole console, RuleProfile profile, int rejected, DateTimeOffset asOf)
    {
        console.MarkupLine($"[bold]{Markup.Escape(profile.PackId)}[/] {Markup.Escape(profile.PackVersion)} — {profile.Rules.Count} record rules, {profile.Records:N0} records{(rejected > 0 ? $" ({rejected:N0} rejected, not measured)" : string.Empty)}, as of {StrictTimestampConverter.Format(asOf)}");
        console.WriteLine($"compile: {profile.CompileTime.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture)} ms");

        var throughput = new Table().Border(TableBorder.Simple).AddColumn("Path").AddColumn(new TableColumn("Records/s").RightAligned()).AddColumn(new TableColumn("µs/record").RightAligned());
        throughput.AddRow("batched (EvaluateMany, audits)", Rate(profile.BatchedRecordsPerSecond), Micro(1_000_000 / profile.BatchedRecordsPerSecond));
        throughput.AddRow("one at a time (Evaluate, host checks)", Rate(profile.SingleRecordsPerSecond), Micro(1_000_000 / profile.SingleRecordsPerSecond));
        throughput.AddRow("  of which: record facts", string.Empty, Micro(profile.FactsMicrosecondsPerRecord));
        throughput.AddRow("  of which: rules (sum below)", string.Empty, Micro(profile.RulesMicrosecondsPerRecord));
        throughput.AddRow("  of which: engine and the rest (batched)", string.Empty, Micro(profile.EngineOverheadMicrosecondsPerRecord));
        console.Write(throughput);

        var rules = new Table().Border(TableBorder.Simple)
            .AddColumn("Rule")
            .AddColumn(new TableColumn("µs/record").RightAligned())
            .AddColumn(new TableColumn("Share").RightAligned())
            .AddColumn(new TableColumn("Applicable").RightAligned())
            .AddColumn(new TableColumn("Fired").RightAligned())
            .AddColumn(new TableColumn("Errors").RightAligned());
        foreach (var rule in profile.Rules.OrderByDescending(r => r.MicrosecondsPerRecord).ThenBy(r => r.RuleId, StringComparer.Ordinal))
        {
            rules.AddRow(
                Markup.Escape(rule.RuleId),
                Micro(rule.MicrosecondsPerRecord),
                rule.Share.ToString("P1", CultureInfo.InvariantCulture),
                rule.Applicable.ToString("N0", CultureInfo.InvariantCulture),
                rule.Fired.ToString("N0", CultureInfo.InvariantCulture),
                rule.Errors.ToString("N0", CultureInfo.InvariantCulture));
        }

        console.Write(rules);
    }

    private static string Rate(double perSecond) => perSecond.ToString("N0", CultureInfo.InvariantCulture);

    private static string Micro(double microseconds) => microseconds.ToString("N2", CultureInfo.InvariantCulture);

    private static bool TryAsOf(string? text, IAnsiConsole errors, out DateTimeOffset asOf)
    {
        // As for compliance audit: the default as-of time is when the command runs.
        if (AsOfOption.TryParse(text, DateTimeOffset.UtcNow, out asOf, out var problem))
        {
            return true;
        }

        errors.MarkupLine($"[red]error:[/] {Markup.Escape(problem!)}");
        return false;
    }

    private static bool TryPasses(int passes, IAnsiConsole errors, out int value)
    {
        value = passes;
        if (passes is >= 1 and <= 100)
        {
            return true;
        }

        errors.MarkupLine($"[red]error:[/] --passes {passes} is out of range (1 to 100)");
        return false;
    }

    private static bool TryRead(string[] paths, IAnsiConsole errors, out List<CrimeRecord> records, out int rejected)
    {
        records = [];
        rejected = 0;
        var reader = new RecordReader();
        foreach (var path in paths)
        {
            try
            {
                using var source = RecordSource.Open(path);
                foreach (var result in reader.Read(source))
                {
                    if (result is ParsedRecord parsed)
                    {
                        records.Add(parsed.Record);
                    }
                    else
                    {
                        // Rejected records are not measured; the first few say why (audit lists them all).
                        if (++rejected <= MaxRejectionsShown)
                        {
                            errors.WriteLine($"rejected: {result}");
                        }
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                errors.MarkupLine($"[red]error:[/] cannot read {Markup.Escape(path)}: {Markup.Escape(e.Message)}");
                return false;
            }
        }

        return true;
    }
}
