using System.Globalization;
using System.Net;
using Compliance.Rules.Sampling;

namespace Compliance.Cli.Commands;

/// <summary>
/// <c>estimate --format html</c>: one self-contained page (no scripts, no external files) with each
/// rate drawn as a point on its 95% interval, so a narrow and a wide interval are told apart at a glance.
/// </summary>
internal static class EstimateHtml
{
    private const int Width = 320;

    public static void Write(TextWriter w, EstimateReport report)
    {
        w.WriteLine("<!DOCTYPE html>");
        w.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Audit estimates " + E(report.PlanId) + "</title>");
        w.WriteLine("<style>body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin-bottom:1.5em}"
            + "th,td{padding:.3em .7em;border-bottom:1px solid #ddd;text-align:left;vertical-align:middle}td.n{text-align:right;font-variant-numeric:tabular-nums}"
            + "svg .axis{stroke:#bbb}svg .ci{stroke:#1f5fa8;stroke-width:3}svg .pt{fill:#c0392b}</style></head><body>");
        w.WriteLine($"<h1>Audit estimates: {E(report.PlanId)}</h1>");
        w.WriteLine($"<p>Final word: {E(report.Adjudicator)}. Worksheet: {(report.Blind ? "blind" : "showed the tool's findings")}. Not yet reviewed: {report.NotYetReviewed}.</p>");

        w.WriteLine("<h2>Error rate by stratum</h2><table><tr><th>stratum</th><th>N</th><th>n</th><th>reviewed</th><th>incorrect</th><th>rate</th><th>95% interval</th><th></th></tr>");
        foreach (var s in report.Strata)
        {
            w.WriteLine($"<tr><td>{E(s.Id)}</td><td class=\"n\">{s.N}</td><td class=\"n\">{s.SampleSize}</td><td class=\"n\">{s.Reviewed}</td><td class=\"n\">{s.Incorrect}</td>"
                + $"<td class=\"n\">{EstimateText.Percent(s.ErrorRate)}</td><td class=\"n\">{EstimateText.Percent(s.Low)} – {EstimateText.Percent(s.High)}</td><td>{Bar(s.ErrorRate, s.Low, s.High)}</td></tr>");
        }

        w.WriteLine("</table><h2>Combined error rates</h2><table><tr><th>group</th><th>strata</th><th>rate</th><th>95% interval</th><th></th></tr>");
        foreach (var g in report.Combined)
        {
            w.WriteLine($"<tr><td>{E(g.Id)}</td><td>{E(string.Join(", ", g.Strata))}</td>{Cells(g.Estimate)}</tr>");
        }

        w.WriteLine("</table>");
        if (report.Recording is { } recording)
        {
            w.WriteLine("<h2>Recording</h2><table><tr><th>measure</th><th>rate</th><th>95% interval</th><th></th></tr>");
            w.WriteLine($"<tr><td>recording rate</td>{Cells(recording.Rate)}</tr><tr><td>recording accuracy</td>{Cells(recording.Accuracy)}</tr></table>");
            if (recording.UnrecordedPerYear is { } u)
            {
                w.WriteLine($"<p>Unrecorded crimes per year: about {Count(u)} ({Count(recording.UnrecordedLow)} – {Count(recording.UnrecordedHigh)}).</p>");
            }
        }

        w.WriteLine("<h2>Rules against blind verdicts</h2><table><tr><th>rule</th><th>judged by</th><th>fired</th><th>confirmed</th><th>precision</th><th>95% interval</th><th></th><th>in the sample</th><th>recall in the sample</th></tr>");
        foreach (var r in report.Rules.Where(r => r.JudgedBy is not null))
        {
            var precision = r.Precision ?? IntervalEstimate.None(EstimateCodes.RuleNeverFired);
            w.WriteLine($"<tr><td>{E(r.RuleId)}</td><td>{E(r.JudgedBy!)}</td><td class=\"n\">{r.Fired}</td><td class=\"n\">{r.FiredConfirmed}</td>{Cells(precision)}"
                + $"<td class=\"n\">{EstimateText.Percent(r.PrecisionInSample?.Estimate)}</td><td class=\"n\">{EstimateText.Percent(r.RecallInSample?.Estimate)}</td></tr>");
        }

        w.WriteLine("</table>");
        if (report.Agreement is { } a)
        {
            var kappa = a.Kappa is { } k ? k.ToString("0.000", CultureInfo.InvariantCulture) : "not computed (" + E(a.Reason ?? string.Empty) + ")";
            w.WriteLine($"<p>Agreement: {a.Items} items, {a.Reviewers} reviewers, observed {EstimateText.Percent(a.ObservedAgreement)}, κ ({E(a.Method)}) {kappa}.</p>");
        }

        w.WriteLine($"<p>Remedy: {report.Remedy.Remedied} of {report.Remedy.Incorrect} incorrect decisions remedied.</p>");
        w.WriteLine("</body></html>");
    }

    private static string Cells(IntervalEstimate estimate) => estimate.Estimate is null
        ? $"<td colspan=\"3\">not estimated ({E(estimate.Reason ?? string.Empty)})</td>"
        : $"<td class=\"n\">{EstimateText.Percent(estimate.Estimate)}</td><td class=\"n\">{EstimateText.Percent(estimate.Low)} – {EstimateText.Percent(estimate.High)}</td><td>{Bar(estimate.Estimate, estimate.Low, estimate.High)}</td>";

    private static string Bar(double? point, double? low, double? high)
    {
        if (point is not { } p || low is not { } l || high is not { } h)
        {
            return string.Empty;
        }

        static string X(double v) => (10 + (v * (Width - 20))).ToString("0.#", CultureInfo.InvariantCulture);
        return $"<svg width=\"{Width}\" height=\"16\" role=\"img\" aria-label=\"{EstimateText.Percent(p)}, 95% interval {EstimateText.Percent(l)} to {EstimateText.Percent(h)}\">"
            + $"<line class=\"axis\" x1=\"10\" y1=\"8\" x2=\"{Width - 10}\" y2=\"8\"/><line class=\"ci\" x1=\"{X(l)}\" y1=\"8\" x2=\"{X(h)}\" y2=\"8\"/><circle class=\"pt\" cx=\"{X(p)}\" cy=\"8\" r=\"4\"/></svg>";
    }

    private static string Count(double? value) => value is { } v ? Math.Round(v).ToString("#,0", CultureInfo.InvariantCulture) : "unbounded";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
