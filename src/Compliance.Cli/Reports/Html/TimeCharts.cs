using System.Globalization;
using System.Text;
using Compliance.Rules.Auditing;
using Compliance.Rules.Auditing.Monitoring;
using static Compliance.Cli.Reports.Html.Svg;

namespace Compliance.Cli.Reports.Html;

/// <summary>
/// Each unit's metrics over time: the rate per period (dots on a line), the baseline band (the range a
/// unit at the baseline rate would show 95% of the time with that period's events: p0 ± 1.96·√(p0(1−p0)/n)),
/// and a marker in each period where the detector alerted. Drawn for units with an alert or a unit
/// finding, and for at most 20 others, so a force of hundreds of units stays a page.
/// </summary>
internal static class TimeCharts
{
    public const int OtherUnitsShown = 20;

    private const double Width = 720;
    private const double Height = 150;
    private const double Left = 46;
    private const double Right = 12;
    private const double Top = 22;
    private const double Bottom = 28;

    public static string Section(AuditSummary result, MonitorPeriod period)
    {
        var monitoring = result.Monitoring;
        if (monitoring.Series.Count == 0)
        {
            return string.Empty;
        }

        var flagged = new HashSet<string>(monitoring.Alerts.Select(a => a.UnitId).Concat(result.Units.Where(u => u.Findings.Count > 0).Select(u => u.UnitId)), StringComparer.Ordinal);
        var units = monitoring.Series.Select(s => s.UnitId).Distinct(StringComparer.Ordinal).ToArray();
        var shown = units.Where(flagged.Contains).Concat(units.Where(u => !flagged.Contains(u)).Take(OtherUnitsShown)).ToArray();
        var periods = monitoring.Series.SelectMany(s => s.Points.Select(p => p.Period)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var html = new StringBuilder();
        html.Append("<section id=\"over-time\">\n<h2>Units over time</h2>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p>Rate per {PeriodLabels.Name(period)} of each monitored metric; the shaded band is where a unit at its baseline would fall 95% of the time; ▲ marks a period with an alert. {shown.Length} of {units.Length} units shown (every unit with an alert or a unit finding, and up to {OtherUnitsShown} others).</p>\n");
        var chart = 0;
        foreach (var unit in shown)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h3>{E(unit)}</h3>\n");
            foreach (var series in monitoring.Series.Where(s => s.UnitId == unit))
            {
                var alerts = monitoring.Alerts.Where(a => a.UnitId == unit && a.Metric == series.Metric).ToArray();
                html.Append(Chart(series, alerts, periods, period, $"time-{chart++}")).Append('\n');
            }
        }

        return html.Append("</section>\n").ToString();
    }

    private static string Chart(UnitSeries series, IReadOnlyList<MonitorAlert> alerts, IReadOnlyList<string> periods, MonitorPeriod period, string id)
    {
        var svg = Open(Width, Height, $"{series.UnitId}: {series.Metric} by {PeriodLabels.Name(period)}", id);
        var plotWidth = Width - Left - Right;
        var plotBottom = Height - Bottom;
        var index = periods.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i, StringComparer.Ordinal);
        double X(string label) => Left + (periods.Count == 1 ? plotWidth / 2 : index[label] * plotWidth / (periods.Count - 1));
        var points = series.Points;
        var max = CeilingTenth(Math.Max(points.Max(p => p.Events > 0 ? p.Count / (double)p.Events : 0), points.Max(p => Band(p).High)));
        double Y(double rate) => plotBottom - (rate / max * (plotBottom - Top));

        svg.Text(Left, 14, series.Metric, weight: "bold");
        foreach (var tick in new[] { 0, max / 2, max })
        {
            svg.Line(Left, Y(tick), Width - Right, Y(tick), Grid).Text(Left - 4, Y(tick) + 4, (tick * 100).ToString("0", CultureInfo.InvariantCulture) + "%", "end", Muted);
        }

        // Baseline band: one polygon over the periods that had a baseline.
        var withBaseline = points.Where(p => p.Baseline is not null).ToArray();
        if (withBaseline.Length > 0)
        {
            var upper = withBaseline.Select(p => $"{N(X(p.Period))},{N(Y(Band(p).High))}");
            var lower = withBaseline.Reverse().Select(p => $"{N(X(p.Period))},{N(Y(Band(p).Low))}");
            svg.Append(CultureInfo.InvariantCulture, $"<polygon points=\"{string.Join(" ", upper.Concat(lower))}\" fill=\"{Baseline}\" fill-opacity=\"0.18\" stroke=\"none\"><title>baseline band</title></polygon>");
            svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{string.Join(" ", withBaseline.Select(p => $"{N(X(p.Period))},{N(Y(p.Baseline!.Value))}"))}\" fill=\"none\" stroke=\"{Baseline}\" stroke-width=\"1\" stroke-dasharray=\"4 3\"/>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{string.Join(" ", points.Select(p => $"{N(X(p.Period))},{N(Y(p.Count / (double)p.Events))}"))}\" fill=\"none\" stroke=\"{Accent}\" stroke-width=\"1.5\"/>");
        foreach (var p in points)
        {
            svg.Circle(X(p.Period), Y(p.Count / (double)p.Events), 2.5, Accent,
                $"{p.Period}: {p.Count} of {p.Events}{(p.Baseline is { } b ? $"; baseline {b.ToString("0.####", CultureInfo.InvariantCulture)}" : "; no baseline")}");
        }

        foreach (var group in alerts.GroupBy(a => PeriodLabels.Of(a.AlarmAt, period), StringComparer.Ordinal))
        {
            if (!index.ContainsKey(group.Key))
            {
                continue;
            }

            var x = X(group.Key);
            var first = group.First();
            svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M{N(x)},{N(Top - 2)} l-5,9 h10 z\" fill=\"{Critical}\"><title>{E($"{group.Count()} alert(s) in {group.Key}; first at {Rules.Records.StrictTimestampConverter.Format(first.AlarmAt)}, onset estimate {Rules.Records.StrictTimestampConverter.Format(first.OnsetEstimate)}, episode {first.EpisodeId}")}</title></path>");
            svg.Line(x, Top + 7, x, plotBottom, Critical, 0.8, "2 2");
        }

        var step = Math.Max(1, (int)Math.Ceiling(periods.Count / 12.0));
        for (var i = 0; i < periods.Count; i += step)
        {
            svg.Text(X(periods[i]), Height - 10, periods[i], "middle", Muted);
        }

        return svg.Append("</svg>").ToString();
    }

    private static (double Low, double High) Band(SeriesPoint point)
    {
        if (point.Baseline is not { } p0 || point.Events == 0)
        {
            return (0, 0);
        }

        var half = 1.96 * Math.Sqrt(p0 * (1 - p0) / point.Events);
        return (Math.Max(0, p0 - half), Math.Min(1, p0 + half));
    }
}
