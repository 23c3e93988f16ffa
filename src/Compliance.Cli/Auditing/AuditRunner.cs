using System.CommandLine;
using Compliance.Cli.Baselines;
using Compliance.Cli.Commands;
using Compliance.Cli.Reports;
using Compliance.Rules.Auditing;
using Compliance.Rules.Engine;
using Compliance.Rules.Incidents;
using Compliance.Rules.Reading;
using Spectre.Console;

namespace Compliance.Cli.Auditing;

/// <summary>
/// Runs <c>compliance audit</c> once its options are checked: loads the pack, opens the inputs and
/// the report, streams the records through the pipeline, completes the report and returns the exit
/// code of the command-line contract (0; 1 for findings at or above <c>--fail-on</c>; 2 for usage and input errors).
/// </summary>
internal static class AuditRunner
{
    public static int Run(AuditOptions options, ParseResult parse, Func<Stream> standardInput)
    {
        var errors = Consoles.Error(parse);

        // Before anything is opened for writing: an input is never overwritten by its own report.
        if (options.OutputPath is { } output && SameFile.FindInput(output, [.. options.Paths, .. options.IncidentPaths]) is { } input)
        {
            return Usage(errors, [$"--output: {output} is the input {input}; a report is never written over an input"]);
        }

        // The inputs are opened and their ids scanned (the first of the two passes) on a thread of
        // their own while the pack loads and compiles, which takes about as long (0.2–0.5 s); a problem
        // with them is still reported after any problem with the pack, as before.
        var problems = new List<string>();
        AuditInputs.TryOpen(options.Paths, standardInput, problems, out var inputs);
        AuditInputs.TryOpen(options.IncidentPaths, standardInput, problems, out var incidentInputs);
        var reader = new RecordReader();
        // Only with incidents: setting up their reader is ~12 ms of cold start, on the way to the first record.
        var incidentReader = options.HasIncidents ? new IncidentReader() : null;
        using var scanStop = CancellationTokenSource.CreateLinkedTokenSource(Interruption.Token);
        var scan = problems.Count > 0 ? Task.CompletedTask : Task.Run(() =>
        {
            inputs!.PrepareDuplicateDetection(reader, scanStop.Token);
            if (options.HasIncidents)
            {
                incidentInputs!.PrepareDuplicateDetection(incidentReader!, scanStop.Token);
            }
        });
        try
        {
            return Run(options, parse, errors, problems, inputs, incidentInputs, reader, incidentReader, scan);
        }
        finally
        {
            // Never close an input under the scan: stop it, let it end, then close.
            scanStop.Cancel();
            scan.ContinueWith(static done => _ = done.Exception, TaskScheduler.Default).Wait();
            inputs?.Dispose();
            incidentInputs?.Dispose();
        }
    }

    private static int Run(AuditOptions options, ParseResult parse, IAnsiConsole errors, List<string> problems, AuditInputs? inputs, AuditInputs? incidentInputs, RecordReader reader, IncidentReader? incidentReader, Task scan)
    {
        if (!PackOption.TryLoad(options.RulesPath, errors, out var pack))
        {
            return ExitCodes.UsageOrInputError;
        }

        BaselineComparison? baseline = null;
        if (options.BaselinePath is { } baselinePath)
        {
            if (!BaselineOption.TryLoad(baselinePath, options, pack, errors, out baseline))
            {
                return ExitCodes.UsageOrInputError;
            }
        }

        if (problems.Count > 0)
        {
            return Usage(errors, problems);
        }

        using var audit = new ComplianceAudit(ComplianceEngine.Create(pack), options.AsOf, options.Period) { IncludesIncidents = options.HasIncidents, RecordsCover = options.RecordsCover };
        var context = ReportContext.Of(audit, inputs!.Names, options.IncludeText) with
        {
            Baseline = baseline,
            IncidentInputs = options.HasIncidents ? incidentInputs!.Names : null,
        };
        var destination = new ReportDestination(options.OutputPath, parse);
        var committed = false;
        try
        {
            AuditSummary result;
            using (var writer = BaselineOption.Wrap(destination.CreateWriter(options.Format, context), baseline))
            {
                var interruption = Interruption.Token;

                // The thread that evaluates parses for the reading thread while it waits for records.
                var sharing = new SharedParsing();
                result = AuditProgress.Run(
                    errors,
                    AuditProgress.IsTerminal(parse.InvocationConfiguration.Error),
                    inputs,
                    () => scan.GetAwaiter().GetResult(),
                    afterBatch => AuditPipeline.Run(
                        audit,
                        inputs.Read(reader, sharing),
                        writer,
                        totals =>
                        {
                            // Checked between batches: a signal stops the run within one batch.
                            interruption.ThrowIfCancellationRequested();
                            afterBatch?.Invoke(totals);
                        },
                        incidents: options.HasIncidents ? Interruptible(incidentInputs!.Read(incidentReader!), interruption) : null,
                        sharing: sharing));
                interruption.ThrowIfCancellationRequested();
                writer.Complete(result);
            }

            // Writing the report's tail (series, alerts, unit sections) takes a while: a signal that
            // came meanwhile still means "no report", so it is checked once more before the move.
            Interruption.Token.ThrowIfCancellationRequested();
            destination.Commit();
            committed = true;
            Tell(errors, options, destination, result);
            return ExitCode(options, result, errors);
        }
        catch (OperationCanceledException) when (Interruption.ExitCode is { } signal)
        {
            errors.MarkupLine(Markup.Escape($"interrupted ({(signal == ExitCodes.Interrupted ? "SIGINT" : "SIGTERM")}): no report was written"));
            return signal;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
            return ExitCodes.UsageOrInputError;
        }
        finally
        {
            if (!committed)
            {
                destination.Abandon();
            }
        }
    }

    /// <summary>The exit code of a finished audit: a tripped data-quality gate (4) before findings (1).</summary>
    private static int ExitCode(AuditOptions options, AuditSummary result, IAnsiConsole errors)
    {
        var totals = result.Totals;
        var gates = new List<string>();
        if (totals.InputLeftUnread)
        {
            gates.Add("part of the input was left unread (see \"UnreadInput\" among the rejected)");
        }

        if (options.MaxRejected.Trips(totals.RecordsRejected, totals.RecordsRead))
        {
            gates.Add($"{ValueText.Count(totals.RecordsRejected)} of {ValueText.Count(totals.RecordsRead)} records were rejected (--max-rejected)");
        }

        // The limit holds for each kind on its own: many rejected incidents are not excused by a clean record export.
        if (result.Incidents is { } incidents && options.MaxRejected.Trips(incidents.IncidentsRejected, incidents.IncidentsRead))
        {
            gates.Add($"{ValueText.Count(incidents.IncidentsRejected)} of {ValueText.Count(incidents.IncidentsRead)} incidents were rejected (--max-rejected)");
        }

        if (result.Incidents?.RejectedByCode.ContainsKey(nameof(RejectionCode.UnreadInput)) == true)
        {
            gates.Add("part of the incident input was left unread (see \"UnreadInput\" among the rejected)");
        }

        // Links the record export should have resolved: the report lists them (unresolvedIncidentLinks); the gate counts them all.
        if (options.RecordsCover is { } cover && result.Incidents is { UnresolvedIncidentLinksInCover: > 0 and var uncovered })
        {
            gates.Add($"{ValueText.Count(uncovered)} unresolved incident links from incidents received in {RecordsCoverOption.Format(cover)}: the record input lacks records of the days it should cover (--records-cover)");
        }

        var ruleErrors = RuleErrorCounts.Total(result);
        if (options.FailOnRuleErrors && ruleErrors > 0)
        {
            gates.Add($"{ValueText.Count(ruleErrors)} rule errors (--fail-on-rule-errors)");
        }

        foreach (var gate in gates)
        {
            errors.MarkupLine($"[yellow]data quality:[/] {Markup.Escape(gate)}");
        }

        var findings = options.FailOn is { } threshold && result.HighestSeverity >= threshold;
        return ExitCodes.Combine(gates.Count > 0 ? ExitCodes.DataQualityGate : ExitCodes.Success, findings ? ExitCodes.FindingsAtOrAboveThreshold : ExitCodes.Success);
    }

    /// <summary>The incidents, with a signal checked between them (the incident side runs after the last batch of records).</summary>
    private static IEnumerable<ReadResult> Interruptible(IEnumerable<ReadResult> incidents, CancellationToken interruption)
    {
        foreach (var incident in incidents)
        {
            interruption.ThrowIfCancellationRequested();
            yield return incident;
        }
    }

    public static int Usage(IAnsiConsole errors, IEnumerable<string> problems)
    {
        foreach (var problem in problems)
        {
            errors.MarkupLine($"[red]error:[/] {Markup.Escape(problem)}");
        }

        return ExitCodes.UsageOrInputError;
    }

    /// <summary>
    /// When the report is not the terminal summary, says on standard error what was done and what
    /// needs attention (rejected records, rule errors), so neither goes unnoticed behind a file.
    /// </summary>
    private static void Tell(IAnsiConsole errors, AuditOptions options, ReportDestination destination, AuditSummary result)
    {
        if (options.Format == ReportFormat.Text && destination.IsStandardOutput)
        {
            if (result.TallyDefects.Count > 0)
            {
                errors.MarkupLine(Markup.Escape($"warning: {ValueText.Count(result.TallyDefects.Count)} records could not be counted in the unit audits"));
            }

            return;
        }

        var totals = result.Totals;
        var findings = ValueText.SeveritiesDescending.Sum(result.Findings);
        errors.MarkupLine(Markup.Escape(
            $"audit as of {Rules.Records.StrictTimestampConverter.Format(options.AsOf)}: {ValueText.Count(totals.RecordsRead)} records read, {ValueText.Count(totals.RecordsEvaluated)} evaluated, "
            + $"{ValueText.Count(totals.RecordsRejected)} rejected; {ValueText.Count(findings)} findings; {result.UnitsThatStandOut.Count()} of {result.Units.Count} units stand out; {options.Format.ToString().ToLowerInvariant()} report: {destination.Name}"));
        if (totals.RecordsRejected > 0)
        {
            errors.MarkupLine($"[yellow]warning:[/] {ValueText.Count(totals.RecordsRejected)} input records were rejected and not evaluated (see \"rejected\" in the report)");
        }

        if (result.Incidents is { } incidents)
        {
            errors.MarkupLine(Markup.Escape(
                $"incidents: {ValueText.Count(incidents.IncidentsRead)} read, {ValueText.Count(incidents.IncidentsEvaluated)} evaluated, {ValueText.Count(incidents.IncidentsRejected)} rejected; "
                + $"{ValueText.Count(ValueText.SeveritiesDescending.Sum(result.IncidentFindings))} incident findings"));
            if (incidents.IncidentsRejected > 0)
            {
                errors.MarkupLine($"[yellow]warning:[/] {ValueText.Count(incidents.IncidentsRejected)} input incidents were rejected and not evaluated (see \"rejected\" in the report, kind \"incident\")");
            }
        }

        if (result.TallyDefects.Count > 0)
        {
            errors.MarkupLine(Markup.Escape($"warning: {ValueText.Count(result.TallyDefects.Count)} records could not be counted in the unit audits ({string.Join(", ", result.TallyDefects.Take(5).Select(d => $"{RuleErrorCounts.DefectSubject(d)}: {d.Message}"))}{(result.TallyDefects.Count > 5 ? ", …" : string.Empty)})"));
        }

        if (totals.RuleErrors > 0)
        {
            errors.MarkupLine($"[yellow]warning:[/] {ValueText.Count(totals.RuleErrors)} rule evaluations failed (see \"ruleErrors\" in the report)");
        }
    }
}
