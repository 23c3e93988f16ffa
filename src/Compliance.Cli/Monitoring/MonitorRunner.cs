using System.CommandLine;
using Compliance.Cli.Auditing;
using Compliance.Cli.Commands;
using Compliance.Cli.History;
using Compliance.Cli.Reports;
using Compliance.Rules.Auditing;
using Compliance.Rules.Auditing.Monitoring;
using Compliance.Rules.Engine;
using Compliance.Rules.Incidents;
using Compliance.Rules.Reading;
using Microsoft.Data.Sqlite;
using Spectre.Console;

namespace Compliance.Cli.Monitoring;

/// <summary>
/// Runs <c>compliance monitor</c> once its options are checked: one transaction on the history store
/// holds the whole run (rebuild, load, detectors, the run's alerts), the report is written to a
/// temporary file, and only then is the transaction committed and the report moved into place. A
/// failure or a signal before that leaves the store and the output as they were.
/// </summary>
internal static class MonitorRunner
{
    public static int Run(MonitorOptions options, ParseResult parse, Func<Stream> standardInput, DateTimeOffset started, TimeSpan lockWait)
    {
        var errors = Consoles.Error(parse);

        // Before anything is opened for writing: neither the store nor the report is ever written over an input.
        if (SameFile.FindInput(options.HistoryPath, [.. options.Paths, .. options.IncidentPaths]) is { } storeInput)
        {
            return AuditRunner.Usage(errors, [$"--history: {options.HistoryPath} is the input {storeInput}; the store is never written over an input"]);
        }

        if (options.OutputPath is { } output && SameFile.FindInput(output, [.. options.Paths, .. options.IncidentPaths, options.HistoryPath]) is { } input)
        {
            return AuditRunner.Usage(errors, [input == options.HistoryPath
                ? $"--output: {output} is the history store; a report is never written over it"
                : $"--output: {output} is the input {input}; a report is never written over an input"]);
        }

        if (!PackOption.TryLoad(options.RulesPath, errors, out var pack))
        {
            return ExitCodes.UsageOrInputError;
        }

        var problems = new List<string>();
        AuditInputs.TryOpen(options.Paths, standardInput, problems, out var inputs);
        AuditInputs.TryOpen(options.IncidentPaths, standardInput, problems, out var incidentInputs);
        if (problems.Count > 0)
        {
            inputs?.Dispose();
            incidentInputs?.Dispose();
            return AuditRunner.Usage(errors, problems);
        }

        using (inputs)
        using (incidentInputs)
        {
            HistoryStore store;
            try
            {
                store = HistoryStore.Open(options.HistoryPath, lockWait, Interruption.Token);
            }
            catch (OperationCanceledException) when (Interruption.ExitCode is { } signal)
            {
                errors.MarkupLine(Markup.Escape($"interrupted ({(signal == ExitCodes.Interrupted ? "SIGINT" : "SIGTERM")}) while waiting for the history store: nothing was changed"));
                return signal;
            }
            catch (HistoryStoreException e)
            {
                return AuditRunner.Usage(errors, [e.Message]);
            }
            catch (SqliteException e)
            {
                return AuditRunner.Usage(errors, [$"--history: {options.HistoryPath}: {e.Message}"]);
            }

            using (store)
            {
                var engine = ComplianceEngine.Create(pack);
                var destination = new ReportDestination(options.OutputPath, parse);
                var committed = false;
                try
                {
                    if (!TryRun(options, engine, inputs!, incidentInputs!, store, started, errors, out var outcome))
                    {
                        return ExitCodes.UsageOrInputError;
                    }

                    MonitorReports.Write(destination, outcome!);

                    // The last moment a signal can still mean "nothing happened".
                    Interruption.Token.ThrowIfCancellationRequested();
                    store.Commit();
                    destination.Commit();
                    committed = true;
                    Tell(errors, options, destination, outcome!);
                    return ExitCode(options, outcome!, errors);
                }
                catch (OperationCanceledException) when (Interruption.ExitCode is { } signal)
                {
                    errors.MarkupLine(Markup.Escape($"interrupted ({(signal == ExitCodes.Interrupted ? "SIGINT" : "SIGTERM")}): the history store is unchanged and no report was written"));
                    return signal;
                }
                catch (HistoryStoreException e)
                {
                    return AuditRunner.Usage(errors, [e.Message]);
                }
                catch (SqliteException e)
                {
                    return AuditRunner.Usage(errors, [$"--history: {options.HistoryPath}: {e.Message}; the store is unchanged"]);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    errors.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}; the history store is unchanged");
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
        }
    }

    private static bool TryRun(MonitorOptions options, IComplianceEngine engine, AuditInputs inputs, AuditInputs incidentInputs, HistoryStore store, DateTimeOffset started, IAnsiConsole errors, out MonitorOutcome? outcome)
    {
        outcome = null;
        var pack = StoredPack.Of(engine.Pack);
        var storedPack = store.ReadPack();
        var runId = store.NextRunId();
        StoredPack? changedFrom = null;
        if (storedPack is not null && storedPack.Sha256 != pack.Sha256)
        {
            if (!options.Rebuild)
            {
                errors.MarkupLine(Markup.Escape(
                    $"error: --history: {options.HistoryPath} was written with pack {storedPack}; this run's pack is {pack}. "
                    + "Give --rebuild to evaluate every stored record again with this run's pack (the change is recorded in the store)"));
                return false;
            }

            changedFrom = storedPack;
        }

        if (store.IsNew)
        {
            store.AddHistory(runId, "created", pack, null);
        }
        else if (store.PreviousSchemaVersion < HistorySchema.Current)
        {
            store.AddHistory(runId, "migrated", pack, storedPack);
        }

        var totals = new MonitorTotals();
        var interruption = Interruption.Token;
        using var replay = new MonitorReplay(engine.Pack, options.AsOf, options.Period);
        using (var audit = new ComplianceAudit(engine, options.AsOf, options.Period))
        {
            var loader = new HistoryLoader(store, audit, new StoringObserver(store, new RecordSummarizer(replay), runId, totals), totals, interruption);
            if (options.Rebuild && storedPack is not null)
            {
                loader.Rebuild();
                store.AddHistory(runId, changedFrom is null ? "rebuilt" : "pack-changed", pack, storedPack);
            }

            store.WritePack(pack);
            loader.Load(inputs.Read(new RecordReader(new RecordReaderOptions { DetectDuplicateIds = false })));
        }

        // Incidents after every record of the run: the input's, then the stored ones a new or changed record links to.
        var incidentHistory = options.HasIncidents || store.HoldsIncidentHistory();
        var incidents = new IncidentLoader(store, engine, replay, runId, options.AsOf, totals, interruption);
        if (options.HasIncidents)
        {
            incidents.Load(incidentInputs.Read(new IncidentReader(new RecordReaderOptions { DetectDuplicateIds = false })));
        }

        incidents.JudgeAgain(all: options.Rebuild);

        interruption.ThrowIfCancellationRequested();
        // The detectors run over everything stored, this run's records and the earlier runs' alike.
        replay.IncludesIncidents = incidentHistory;
        store.ReadUnits(replay);
        store.ReadEvents(replay, options.AsOf);
        store.ReadIncidents(replay, options.AsOf);
        var monitoring = replay.Run();

        var previousRun = store.LastRunId();
        var previous = previousRun is { } id ? store.AlertsOf(id) : [];
        var alerts = StatusedAlert.Compare(monitoring.Alerts, previous);
        var run = new HistoryRun(runId, options.AsOf, started, pack, totals.RecordsRead, totals.RecordsRejected, totals.RecordsAdded, totals.RecordsReplaced, totals.RecordsReevaluated)
        {
            IncidentsGiven = options.HasIncidents,
            Incidents = new IncidentRunCounts(totals.IncidentsRead, totals.IncidentsRejected, totals.IncidentsAdded, totals.IncidentsReplaced, totals.IncidentsReevaluated),
        };
        store.SaveRun(run, alerts);
        outcome = new MonitorOutcome(options, engine.Pack, [.. inputs.Names, .. options.HasIncidents ? incidentInputs.Names : []], run, store.Summary(options.AsOf), monitoring, alerts, previousRun, changedFrom, totals)
        {
            IncludesIncidents = incidentHistory,
        };
        return true;
    }

    /// <summary>The exit code of a completed run: a tripped data-quality gate (4) before alerts (1).</summary>
    private static int ExitCode(MonitorOptions options, MonitorOutcome outcome, IAnsiConsole errors)
    {
        var totals = outcome.Totals;
        var gates = new List<string>();
        if (totals.InputLeftUnread)
        {
            gates.Add("part of the input was left unread (see \"UnreadInput\" among the rejected)");
        }

        if (options.MaxRejected.Trips(totals.RecordsRejected, totals.RecordsRead))
        {
            gates.Add($"{ValueText.Count(totals.RecordsRejected)} of {ValueText.Count(totals.RecordsRead)} records were rejected (--max-rejected)");
        }

        // The limit holds for each kind on its own, as in audit.
        if (options.HasIncidents && options.MaxRejected.Trips(totals.IncidentsRejected, totals.IncidentsRead))
        {
            gates.Add($"{ValueText.Count(totals.IncidentsRejected)} of {ValueText.Count(totals.IncidentsRead)} incidents were rejected (--max-rejected)");
        }

        if (totals.IncidentInputLeftUnread)
        {
            gates.Add("part of the incident input was left unread (see \"UnreadInput\" among the rejected)");
        }

        if (options.FailOnRuleErrors && totals.RuleErrors + totals.Defects + totals.IncidentsNotStored > 0)
        {
            gates.Add($"{ValueText.Count(totals.RuleErrors + totals.Defects + totals.IncidentsNotStored)} rule errors (--fail-on-rule-errors)");
        }

        foreach (var gate in gates)
        {
            errors.MarkupLine($"[yellow]data quality:[/] {Markup.Escape(gate)}");
        }

        var paging = outcome.Paging.Any();
        return ExitCodes.Combine(gates.Count > 0 ? ExitCodes.DataQualityGate : ExitCodes.Success, paging ? ExitCodes.FindingsAtOrAboveThreshold : ExitCodes.Success);
    }

    /// <summary>Says on standard error what the run did, and what needs attention, unless the terminal summary already did.</summary>
    private static void Tell(IAnsiConsole errors, MonitorOptions options, ReportDestination destination, MonitorOutcome outcome)
    {
        var totals = outcome.Totals;
        if (!(options.Format == ReportFormat.Text && destination.IsStandardOutput))
        {
            var counts = outcome.Alerts.GroupBy(a => a.StatusName).ToDictionary(g => g.Key, g => g.Count());
            errors.MarkupLine(Markup.Escape(
                $"monitor run {outcome.Run.Id} as of {Rules.Records.StrictTimestampConverter.Format(options.AsOf)}: {ValueText.Count(totals.RecordsRead)} records read, "
                + $"{ValueText.Count(totals.RecordsAdded)} added, {ValueText.Count(totals.RecordsReplaced)} replaced, {ValueText.Count(totals.RecordsUnchanged)} unchanged, {ValueText.Count(totals.RecordsRejected)} rejected; "
                + $"store holds {ValueText.Count(outcome.History.Records)} records; alerts: {counts.GetValueOrDefault("new")} new, {counts.GetValueOrDefault("known")} known, "
                + $"{counts.GetValueOrDefault("withdrawn")} withdrawn; {options.Format.ToString().ToLowerInvariant()} report: {destination.Name}"));
            if (options.HasIncidents || totals.IncidentsReevaluated > 0)
            {
                errors.MarkupLine(Markup.Escape(
                    $"incidents: {ValueText.Count(totals.IncidentsRead)} read, {ValueText.Count(totals.IncidentsEvaluated)} evaluated, {ValueText.Count(totals.IncidentsRejected)} rejected; "
                    + $"{ValueText.Count(totals.IncidentsAdded)} added, {ValueText.Count(totals.IncidentsReplaced)} replaced, {ValueText.Count(totals.IncidentsUnchanged)} unchanged; "
                    + $"{ValueText.Count(totals.IncidentsReevaluated)} stored incidents judged again; store holds {ValueText.Count(outcome.History.Incidents)} incidents"));
            }
        }

        if (totals.IncidentsRejected > 0)
        {
            errors.MarkupLine($"[yellow]warning:[/] {ValueText.Count(totals.IncidentsRejected)} input incidents were rejected and not stored");
        }

        if (totals.RecordsRejected > 0)
        {
            errors.MarkupLine($"[yellow]warning:[/] {ValueText.Count(totals.RecordsRejected)} input records were rejected and not stored");
        }

        if (totals.IncidentsNotStored > 0)
        {
            errors.MarkupLine($"[yellow]warning:[/] {ValueText.Count(totals.IncidentsNotStored)} incidents were judged but not stored: their monitoring event could not be made");
        }

        if (totals.Defects > 0)
        {
            errors.MarkupLine($"[yellow]warning:[/] {ValueText.Count(totals.Defects)} records were evaluated but not stored: their events could not be collected");
        }

        if (totals.RuleErrors > 0)
        {
            errors.MarkupLine($"[yellow]warning:[/] {ValueText.Count(totals.RuleErrors)} rule evaluations failed on this run's records");
        }
    }
}
