using Compliance.Cli.History;
using Compliance.Cli.Reports;
using Compliance.Cli.Reports.Text;
using Compliance.Rules.Auditing.Monitoring;
using Compliance.Rules.Records;
using Spectre.Console;

namespace Compliance.Cli.Monitoring;

/// <summary>
/// The terminal summary of a <c>monitor</c> run: the store, what this run changed, and the alert
/// episodes with their status (new since the last run, known, or withdrawn by this run's records).
/// </summary>
internal static class MonitorTextReport
{
    public static void Write(IAnsiConsole console, MonitorOutcome outcome)
    {
        var options = outcome.Options;
        var history = outcome.History;
        var totals = outcome.Totals;
        console.MarkupLine($"[bold]Compliance monitor[/] as of {Markup.Escape(StrictTimestampConverter.Format(options.AsOf))} · rule pack {Markup.Escape($"{outcome.Pack.Id} {outcome.Pack.Version}")}");
        console.MarkupLine(Markup.Escape(
            $"History store {options.HistoryPath}: {ValueText.Count(history.Records)} records"
            + (history.FirstEvent is { } first && history.LastEvent is { } last ? $", events from {StrictTimestampConverter.Format(first)} to {StrictTimestampConverter.Format(last)}" : ", no events yet")));
        console.MarkupLine(Markup.Escape(
            $"Run {outcome.Run.Id}: {ValueText.Count(totals.RecordsRead)} records read, {ValueText.Count(totals.RecordsAdded)} added, {ValueText.Count(totals.RecordsReplaced)} replaced a stored copy, {ValueText.Count(totals.RecordsUnchanged)} unchanged, "
            + $"{ValueText.Count(totals.RecordsRejected)} rejected"
            + (totals.RecordsReevaluated > 0 ? $", {ValueText.Count(totals.RecordsReevaluated)} stored records evaluated again" : string.Empty)));
        if (outcome.IncludesIncidents)
        {
            console.MarkupLine(Markup.Escape(
                $"Incidents: {ValueText.Count(history.Incidents)} in the store; this run {ValueText.Count(totals.IncidentsRead)} read, {ValueText.Count(totals.IncidentsEvaluated)} evaluated, {ValueText.Count(totals.IncidentsRejected)} rejected, "
                + $"{ValueText.Count(totals.IncidentsAdded)} added, {ValueText.Count(totals.IncidentsReplaced)} replaced a stored copy, {ValueText.Count(totals.IncidentsUnchanged)} unchanged, "
                + $"{ValueText.Count(totals.IncidentsReevaluated)} stored incidents judged again (a linked record arrived or changed)"));
        }

        if (outcome.PackChangedFrom is { } from)
        {
            console.MarkupLine(Markup.Escape($"Pack changed: the store was evaluated with {from}; every stored record was evaluated again with this run's pack."));
        }

        var statuses = outcome.Alerts.ToDictionary<StatusedAlert, MonitorAlert, string>(a => a.Alert, a => a.StatusName, ReferenceEqualityComparer.Instance);
        AlertsSection.Write(console, [.. outcome.Alerts.Select(a => a.Alert)], alert => statuses[alert]);
        var paging = outcome.Paging.Count();
        console.WriteLine();
        console.MarkupLine(paging == 0
            ? Markup.Escape($"No new alert and none within the last {options.AlertWindowDays} days.")
            : $"[red]{Markup.Escape($"{paging} alert(s) new or within the last {options.AlertWindowDays} days: exit code 1.")}[/]");
        foreach (var (rejection, kind) in totals.Rejections.Take(10))
        {
            console.MarkupLine(Markup.Escape($"rejected {kind}: {rejection.Source}:{rejection.Line}: {rejection.Detail}"));
        }
    }
}
