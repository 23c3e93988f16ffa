using System.Globalization;
using Compliance.Rules.Sampling;

namespace Compliance.Cli.Commands;

/// <summary>The terminal summary of <c>compliance estimate</c>: rates as percentages with one decimal and their 95% intervals.</summary>
internal static class EstimateText
{
    public static void Write(TextWriter writer, EstimateReport report)
    {
        writer.WriteLine($"Audit estimates for plan {report.PlanId} (final word: {report.Adjudicator}; worksheet {(report.Blind ? "blind" : "showed findings")})");
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Not yet reviewed: {report.NotYetReviewed}"));
        writer.WriteLine();
        writer.WriteLine("Strata (error rate, 95% Wilson interval)");
        foreach (var s in report.Strata)
        {
            var rate = s.ErrorRate is { } r ? $"{Percent(r)} ({Percent(s.Low)} – {Percent(s.High)})" : "no review yet";
            var recording = s.RecordingRate is { } rr ? $"; recording rate {Percent(rr)}" : string.Empty;
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {s.Id}: N {s.N}, n {s.SampleSize}, reviewed {s.Reviewed}, incorrect {s.Incorrect}: {rate}{recording}"));
        }

        writer.WriteLine();
        writer.WriteLine("Combined error rates (weighted by stratum size)");
        foreach (var g in report.Combined)
        {
            writer.WriteLine($"  {g.Id} ({string.Join(", ", g.Strata)}): {Interval(g.Estimate)}");
        }

        if (report.Recording is { } recordingEstimate)
        {
            writer.WriteLine();
            writer.WriteLine($"Recording rate: {Interval(recordingEstimate.Rate)}");
            writer.WriteLine($"Recording accuracy: {Interval(recordingEstimate.Accuracy)}");
            if (recordingEstimate.UnrecordedPerYear is { } u)
            {
                var high = recordingEstimate.UnrecordedHigh is { } h ? Count(h) : "unbounded";
                writer.WriteLine($"Unrecorded crimes per year: about {Count(u)} ({Count(recordingEstimate.UnrecordedLow ?? 0)} – {high})");
            }
        }

        writer.WriteLine();
        writer.WriteLine("Rules against blind verdicts (precision: share of findings the reviewer confirmed)");
        foreach (var rule in report.Rules.Where(r => r.JudgedBy is not null && r.Fired > 0))
        {
            var inSample = rule.PrecisionInSample is { } p ? $"; in the sample {Percent(p.Estimate)} ({Percent(p.Low)} – {Percent(p.High)})" : string.Empty;
            var recall = rule.RecallInSample is { } rc ? $", recall in the sample {Percent(rc.Estimate)}" : string.Empty;
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {rule.RuleId} ({rule.JudgedBy}): fired {rule.Fired}, confirmed {rule.FiredConfirmed}; precision {Interval(rule.Precision!)}{inSample}{recall}"));
        }

        var silent = report.Rules.Where(r => r.JudgedBy is not null && r.Fired == 0).Select(r => r.RuleId).ToArray();
        if (silent.Length > 0)
        {
            writer.WriteLine($"  fired on no blind reviewed item: {string.Join(", ", silent)}");
        }

        var unscored = report.Rules.Where(r => r.JudgedBy is null).Select(r => r.RuleId).ToArray();
        if (unscored.Length > 0)
        {
            writer.WriteLine($"  not scored (no verdict field judges them): {string.Join(", ", unscored)}");
        }

        writer.WriteLine();
        if (report.Agreement is { } a)
        {
            var kappa = a.Kappa is { } k ? k.ToString("0.000", CultureInfo.InvariantCulture) : $"not computed ({a.Reason})";
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Agreement: {a.Items} items, {a.Reviewers} reviewers, observed {Percent(a.ObservedAgreement)}, κ ({a.Method}) {kappa}"));
        }
        else
        {
            writer.WriteLine("Agreement: no item was reviewed by two reviewers");
        }

        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Remedy: {report.Remedy.Remedied} of {report.Remedy.Incorrect} incorrect decisions remedied"));
    }

    public static string Interval(IntervalEstimate estimate) =>
        estimate.Estimate is { } e
            ? $"{Percent(e)} ({Percent(estimate.Low)} – {Percent(estimate.High)}){(estimate.Flags.Count > 0 ? " [" + string.Join(", ", estimate.Flags) + "]" : string.Empty)}"
            : $"not estimated ({estimate.Reason})";

    public static string Percent(double? value) => value is { } v ? (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "–";

    private static string Count(double value) => Math.Round(value).ToString("#,0", CultureInfo.InvariantCulture);
}
