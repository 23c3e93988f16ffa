using System.Globalization;
using Compliance.Rules.Auditing;
using Compliance.Rules.Auditing.Tallies;
using Compliance.Rules.Engine;
using Compliance.Rules.Packs;
using Compliance.Rules.Records;

namespace Compliance.Cli.Reports.Html;

/// <summary>The report's three charts, drawn as inline SVG (no scripts, fonts or external files).</summary>
internal static class Charts
{
    private const double Width = 860;
    private const double LabelWidth = 150;
    private const double RightMargin = 200;
    private const double PlotWidth = Width - LabelWidth - RightMargin;

    /// <summary>Horizontal bars: findings per rule, most frequent first, coloured by the rule's severity in the pack.</summary>
    public static string FindingsByRule(IReadOnlyDictionary<string, long> findingsByRule, RulePack pack)
    {
        var rows = findingsByRule.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal).ToArray();
        const double rowHeight = 22;
        var height = 10 + (Math.Max(rows.Length, 1) * rowHeight) + 30;
        var svg = Svg.Open(Width, height, "Findings by rule", "chart-findings-by-rule");
        if (rows.Length == 0)
        {
            svg.Text(Width / 2, 40, "No rule fired.", "middle", Svg.Muted);
            return svg.Append("</svg>").ToString();
        }

        var max = (double)rows[0].Value;
        for (var i = 0; i < rows.Length; i++)
        {
            var (ruleId, count) = rows[i];
            var y = 6 + (i * rowHeight);
            var severity = pack.FindRule(ruleId)?.Severity ?? Severity.Low;
            var barWidth = count / max * PlotWidth;
            svg.Text(LabelWidth - 8, y + 14, ruleId, "end")
                .Rect(LabelWidth, y + 3, barWidth, rowHeight - 6, Svg.SeverityColour(severity), $"{ruleId}: {count} findings ({severity})")
                .Text(LabelWidth + barWidth + 6, y + 14, count.ToString("N0", CultureInfo.InvariantCulture), fill: Svg.Muted);
        }

        return Legend(svg, height - 4, [("Critical", Svg.Critical), ("High", Svg.High), ("Medium", Svg.Medium), ("Low", Svg.Low)]).Append("</svg>").ToString();
    }

    /// <summary>
    /// Each unit's rape cancellation rate (dot) with its Wilson interval (whisker) against the baseline
    /// AUDIT-002 compares it with (tick): the other units' rate, or the policy's benchmark.
    /// </summary>
    public static string RapeCancellation(IReadOnlyList<UnitAuditResult> units, RulePack pack)
    {
        var confidence = pack.Parameters.FirstOrDefault(p => p.Name == "auditConfidence")?.Value is double c ? c : 0.95;
        var benchmark = pack.Parameters.FirstOrDefault(p => p.Name == "rapeCancellationBenchmark")?.Value as double?;
        var totalRape = units.Sum(u => ValueText.Whole(u.Metrics, "rapeRecords"));
        var totalCancelled = units.Sum(u => ValueText.Whole(u.Metrics, "rapeRecordsCancelled"));
        var rows = units
            .Select(u => (Unit: u, Rape: ValueText.Whole(u.Metrics, "rapeRecords"), Cancelled: ValueText.Whole(u.Metrics, "rapeRecordsCancelled")))
            .Where(r => r.Rape > 0)
            .Select(r =>
            {
                var (low, high) = Proportions.WilsonInterval(r.Cancelled, r.Rape, confidence);
                var otherRape = totalRape - r.Rape;
                double? baseline = benchmark ?? (otherRape > 0 ? (totalCancelled - r.Cancelled) / (double)otherRape : null);
                return (r.Unit.UnitId, r.Rape, r.Cancelled, Rate: r.Cancelled / (double)r.Rape, low, high, baseline,
                    Fired: r.Unit.Findings.Any(f => f.RuleId == "AUDIT-002"));
            })
            .ToArray();

        const double rowHeight = 24;
        var height = 24 + (Math.Max(rows.Length, 1) * rowHeight) + 44;
        var svg = Svg.Open(Width, height, "Rape cancellation rate per unit, with its 95% Wilson interval, against the baseline", "chart-rape-cancellation");
        if (rows.Length == 0)
        {
            svg.Text(Width / 2, 40, "No unit has rape records.", "middle", Svg.Muted);
            return svg.Append("</svg>").ToString();
        }

        var max = Svg.CeilingTenth(rows.Max(r => Math.Max(r.high, r.baseline ?? 0)));
        var top = 10.0;
        var bottom = top + (rows.Length * rowHeight);
        svg.PercentAxis(LabelWidth, PlotWidth, top, bottom, max);
        double X(double rate) => LabelWidth + (rate / max * PlotWidth);
        for (var i = 0; i < rows.Length; i++)
        {
            var r = rows[i];
            var y = top + (i * rowHeight) + (rowHeight / 2);
            var colour = r.Fired ? Svg.High : Svg.Accent;
            svg.Text(LabelWidth - 8, y + 4, r.UnitId, "end", r.Fired ? Svg.High : Svg.Ink, r.Fired ? "bold" : "normal")
                .Line(X(r.low), y, X(r.high), y, colour, 2)
                .Line(X(r.low), y - 5, X(r.low), y + 5, colour, 2)
                .Line(X(r.high), y - 5, X(r.high), y + 5, colour, 2);
            if (r.baseline is { } b)
            {
                svg.Line(X(b), y - 9, X(b), y + 9, Svg.Baseline, 2.5);
            }

            svg.Circle(X(r.Rate), y, 5, colour, $"{r.UnitId}: {r.Cancelled} of {r.Rape} rape records cancelled ({ValueText.Percent(r.Rate)}; 95% interval {ValueText.Percent(r.low)}–{ValueText.Percent(r.high)}; baseline {ValueText.Percent(r.baseline)})")
                .Text(LabelWidth + PlotWidth + 10, y + 4, $"{r.Cancelled}/{r.Rape} ({ValueText.Percent(r.Rate)})", fill: Svg.Muted);
        }

        return Legend(svg, height - 6, [("rate (AUDIT-002 fired)", Svg.High), ("rate with 95% interval", Svg.Accent), (benchmark is null ? "baseline: the other units' rate" : "baseline: policy benchmark", Svg.Baseline)])
            .Append("</svg>").ToString();
    }

    /// <summary>Per unit, the reported detection rate S/(N−C) beside the corrected rate S/(N−C+B) (AUDIT-004).</summary>
    public static string DetectionRates(IReadOnlyList<UnitAuditResult> units)
    {
        var rows = units
            .Select(u => (u.UnitId, Reported: ValueText.Number(u.Metrics, "reportedDetectionRate"), Corrected: ValueText.Number(u.Metrics, "correctedDetectionRate"),
                Fired: u.Findings.Any(f => f.RuleId == "AUDIT-004")))
            .Where(r => r.Reported is not null && r.Corrected is not null)
            .ToArray();
        const double rowHeight = 30;
        var height = 24 + (Math.Max(rows.Length, 1) * rowHeight) + 44;
        var svg = Svg.Open(Width, height, "Reported and corrected detection rate per unit", "chart-detection-rates");
        if (rows.Length == 0)
        {
            svg.Text(Width / 2, 40, "No unit has a detection rate.", "middle", Svg.Muted);
            return svg.Append("</svg>").ToString();
        }

        var max = Svg.CeilingTenth(rows.Max(r => r.Reported!.Value));
        var top = 10.0;
        var bottom = top + (rows.Length * rowHeight);
        svg.PercentAxis(LabelWidth, PlotWidth, top, bottom, max);
        for (var i = 0; i < rows.Length; i++)
        {
            var r = rows[i];
            var y = top + (i * rowHeight);
            var reported = r.Reported!.Value;
            var corrected = r.Corrected!.Value;
            var uplift = (reported - corrected) * 100;
            svg.Text(LabelWidth - 8, y + 19, r.UnitId, "end", r.Fired ? Svg.High : Svg.Ink, r.Fired ? "bold" : "normal")
                .Rect(LabelWidth, y + 4, reported / max * PlotWidth, 11, r.Fired ? Svg.High : Svg.Accent, $"{r.UnitId}: reported {ValueText.Percent(reported)}")
                .Rect(LabelWidth, y + 15, corrected / max * PlotWidth, 11, Svg.AccentLight, $"{r.UnitId}: corrected {ValueText.Percent(corrected)}")
                .Text(LabelWidth + PlotWidth + 10, y + 19, $"{ValueText.Percent(reported)} → {ValueText.Percent(corrected)} ({uplift.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture)} pts)", fill: Svg.Muted);
        }

        return Legend(svg, height - 6, [("reported (AUDIT-004 fired)", Svg.High), ("reported", Svg.Accent), ("corrected: flagged cancellations put back", Svg.AccentLight)])
            .Append("</svg>").ToString();
    }

    private static System.Text.StringBuilder Legend(System.Text.StringBuilder svg, double y, (string Label, string Colour)[] items)
    {
        var x = LabelWidth;
        foreach (var (label, colour) in items)
        {
            svg.Rect(x, y - 10, 12, 12, colour).Text(x + 16, y, label, fill: Svg.Muted);
            x += 34 + (label.Length * 6.8);
        }

        return svg;
    }
}
