using Compliance.Rules.Auditing.Monitoring;
using Compliance.Rules.Records;
using Spectre.Console;

namespace Compliance.Cli.Reports.Text;

/// <summary>
/// The terminal's view of the detectors: one row per alert episode (a unit and metric alerting again
/// within 90 days is the same episode), with its first alarm, onset estimate, latest rate and baseline.
/// </summary>
internal static class AlertsSection
{
    public static void Write(IAnsiConsole console, IReadOnlyList<MonitorAlert> alerts, Func<MonitorAlert, string>? status = null)
    {
        console.WriteLine();
        var episodes = alerts.GroupBy(a => a.EpisodeId, StringComparer.Ordinal).ToArray();
        console.MarkupLine($"[bold]Alerts over time[/] ({episodes.Length} episodes, {alerts.Count} alerts)");
        if (episodes.Length == 0)
        {
            console.MarkupLine("[green]No detector alerted.[/]");
            return;
        }

        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("Unit").AddColumn("Metric").AddColumn("First alarm").AddColumn("Onset estimate").AddColumn(new TableColumn("Alerts").RightAligned())
            .AddColumn("Last alarm").AddColumn(new TableColumn("Rate since onset").RightAligned()).AddColumn(new TableColumn("Baseline").RightAligned());
        if (status is not null)
        {
            table.AddColumn("Status");
        }

        foreach (var episode in episodes)
        {
            var first = episode.First();
            var last = episode.Last();
            var cells = new List<string>
            {
                Markup.Escape(first.UnitId), Markup.Escape(first.Metric), StrictTimestampConverter.Format(first.AlarmAt), StrictTimestampConverter.Format(first.OnsetEstimate),
                episode.Count().ToString(System.Globalization.CultureInfo.InvariantCulture), StrictTimestampConverter.Format(last.AlarmAt),
                Markup.Escape($"{last.Count}/{last.Events} = {ValueText.Format(Math.Round(last.RateSinceOnset, 4))} ({ValueText.Format(Math.Round(last.RateLow, 4))}-{ValueText.Format(Math.Round(last.RateHigh, 4))})"),
                ValueText.Format(Math.Round(last.Baseline, 4)),
            };
            if (status is not null)
            {
                cells.Add(Markup.Escape(string.Join(",", episode.Select(status).Distinct(StringComparer.Ordinal))));
            }

            table.AddRow([.. cells]);
        }

        console.Write(table);
    }
}
