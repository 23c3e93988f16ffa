using System.Globalization;
using System.Text;
using Compliance.Cli.Reports;
using Compliance.Cli.Reports.Html;
using Compliance.Rules.Records;
using static Compliance.Cli.Reports.Html.Svg;

namespace Compliance.Cli.Monitoring;

/// <summary>
/// One self-contained HTML page for a <c>monitor</c> run: the store and the run, the alerts with their
/// status, and each unit's metrics over time (the same charts as the audit report). The page loads
/// nothing (Content-Security-Policy).
/// </summary>
internal static class MonitorHtmlReport
{
    public static string Render(MonitorOutcome outcome)
    {
        var options = outcome.Options;
        var asOf = StrictTimestampConverter.Format(options.AsOf);
        var pack = outcome.Pack;
        var totals = outcome.Totals;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<title>Compliance monitor as of {E(asOf)}</title>\n<style>\n{HtmlStyle.Css}\n</style>\n</head>\n<body>\n");
        html.Append(CultureInfo.InvariantCulture, $"<header>\n<h1>Compliance monitor</h1>\n<p>As of <time datetime=\"{E(asOf)}\">{E(asOf)}</time> · run {outcome.Run.Id}</p>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p>Rule pack {E(pack.Id)} {E(pack.Version)}{(pack.PolicySource is null ? string.Empty : $" + policy {E(pack.PolicySource)}")} · sha256 <code>{E(pack.Sha256)}</code></p>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p>History store {E(options.HistoryPath)} · inputs: {E(string.Join(", ", outcome.Inputs))}</p>\n</header>\n<main>\n");

        html.Append("<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"cards\">\n");
        void Card(string label, long value, bool bad) =>
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"card{(bad ? " bad" : string.Empty)}\"><div class=\"value\">{ValueText.Count(value)}</div><div class=\"label\">{E(label)}</div></div>\n");
        Card("records in the store", outcome.History.Records, false);
        Card("read this run", totals.RecordsRead, false);
        Card("added", totals.RecordsAdded, false);
        Card("replaced", totals.RecordsReplaced, false);
        Card("rejected", totals.RecordsRejected, totals.RecordsRejected > 0);
        if (outcome.IncludesIncidents)
        {
            Card("incidents in the store", outcome.History.Incidents, false);
            Card("incidents read", totals.IncidentsRead, false);
            Card("incidents evaluated", totals.IncidentsEvaluated, false);
            Card("incidents rejected", totals.IncidentsRejected, totals.IncidentsRejected > 0);
            Card("stored incidents judged again", totals.IncidentsReevaluated, false);
        }

        Card("new alerts", outcome.Alerts.Count(a => a.Status == History.AlertStatus.New), outcome.Alerts.Any(a => a.Status == History.AlertStatus.New));
        Card("known alerts", outcome.Alerts.Count(a => a.Status == History.AlertStatus.Known), false);
        Card("withdrawn alerts", outcome.Alerts.Count(a => a.Status == History.AlertStatus.Withdrawn), false);
        html.Append("</div>\n");
        if (outcome.History.FirstEvent is { } first && outcome.History.LastEvent is { } last)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>Events from {E(StrictTimestampConverter.Format(first))} to {E(StrictTimestampConverter.Format(last))}.</p>\n");
        }

        if (outcome.PackChangedFrom is { } from)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">Pack changed: the store was evaluated with {E(from.ToString())}; every stored record was evaluated again with this run's pack.</p>\n");
        }

        html.Append("</section>\n");
        AppendAlerts(html, outcome);
        html.Append(TimeCharts.Section(outcome.Monitoring, outcome.Alerts.Select(a => a.Alert.UnitId), options.Period));
        html.Append("</main>\n<footer>Reports hold ids, codes, counts and dates; free text from records is left out.</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendAlerts(StringBuilder html, MonitorOutcome outcome)
    {
        html.Append("<section id=\"alerts\">\n<h2>Alerts</h2>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p>Status against run {(outcome.PreviousRunId is { } previous ? previous.ToString(CultureInfo.InvariantCulture) : "(none: first run)")}: <b>new</b> — not raised by the previous run; <b>known</b> — raised by it too; <b>withdrawn</b> — raised by it, no longer raised with this run's records. New alerts, and alerts raised within {outcome.Options.AlertWindowDays} days before the as-of date, make the run exit 1.</p>\n");
        if (outcome.Alerts.Count == 0)
        {
            html.Append("<p>No detector alerted.</p>\n</section>\n");
            return;
        }

        html.Append("<table>\n<thead><tr><th>Status</th><th>Unit</th><th>Metric</th><th>Alarm</th><th>Onset estimate</th><th class=\"num\">Rate since onset</th><th class=\"num\">Baseline</th><th>Episode</th></tr></thead>\n<tbody>\n");
        foreach (var (alert, status) in outcome.Alerts.Select(a => (a.Alert, a.StatusName)))
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr class=\"{status}\"><td>{status}</td><td>{E(alert.UnitId)}</td><td>{E(alert.Metric)}</td><td>{E(StrictTimestampConverter.Format(alert.AlarmAt))}</td><td>{E(StrictTimestampConverter.Format(alert.OnsetEstimate))}</td>"
                + $"<td class=\"num\">{alert.Count}/{alert.Events} = {ValueText.Format(Math.Round(alert.RateSinceOnset, 4))}</td><td class=\"num\">{ValueText.Format(Math.Round(alert.Baseline, 4))}</td><td>{E(alert.EpisodeId)}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }
}
