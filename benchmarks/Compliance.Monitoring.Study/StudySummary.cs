using System.Globalization;

namespace Compliance.Monitoring.Study;

/// <summary>The acceptance figures over many seeds.</summary>
/// <param name="Runs">Seeds run.</param>
/// <param name="Detected">Runs with an alert on the practising unit after the onset.</param>
/// <param name="MedianDelayWeeks">Median delay (undetected runs count as infinite).</param>
/// <param name="P90DelayWeeks">90th percentile of the delay (infinite when more than 10% undetected).</param>
/// <param name="OnsetWithin45Days">Share of runs whose first alert's onset estimate is within 45 days of the truth.</param>
/// <param name="MedianAttritionDelayWeeks">Median delay of the first rape-attrition alert.</param>
/// <param name="P90AttritionDelayWeeks">90th percentile of that delay.</param>
/// <param name="FalseAlertsPerFiveUnitYears">False alerts per unit per five unit-years (all metrics).</param>
public sealed record StudySummary(int Runs, int Detected, double MedianDelayWeeks, double P90DelayWeeks, double OnsetWithin45Days, double MedianAttritionDelayWeeks, double P90AttritionDelayWeeks, double FalseAlertsPerFiveUnitYears)
{
    /// <summary>False alerts per unit per five unit-years by metric, in the order of <c>MonitorMetrics.All</c>.</summary>
    public IReadOnlyList<double> FalseAlertsByMetric { get; init; } = [];

    /// <summary>Median |onset estimate − true onset| in days of the first alert.</summary>
    public double MedianOnsetErrorDays { get; init; } = double.NaN;

    /// <summary>Summarises runs.</summary>
    public static StudySummary Of(IReadOnlyList<RunOutcome> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        static double Quantile(IEnumerable<double?> values, double q)
        {
            var sorted = values.Select(v => v ?? double.PositiveInfinity).Order().ToArray();
            return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
        }

        var practising = runs.Where(r => r.TrueOnset is not null).ToArray();
        return new StudySummary(
            runs.Count,
            practising.Count(r => r.DelayWeeks is not null),
            Quantile(practising.Select(r => r.DelayWeeks), 0.5),
            Quantile(practising.Select(r => r.DelayWeeks), 0.9),
            practising.Length == 0 ? double.NaN : practising.Count(r => r.OnsetErrorDays <= 45) / (double)practising.Length,
            Quantile(practising.Select(r => r.AttritionDelayWeeks), 0.5),
            Quantile(practising.Select(r => r.AttritionDelayWeeks), 0.9),
            runs.Sum(r => r.FalseAlerts) / runs.Sum(r => r.InControlUnitYears) * 5)
        {
            FalseAlertsByMetric = [.. Enumerable.Range(0, runs.Max(r => r.FalseAlertsByMetric.Count))
                .Select(m => runs.Sum(r => m < r.FalseAlertsByMetric.Count ? r.FalseAlertsByMetric[m] : 0) / runs.Sum(r => r.InControlUnitYears) * 5)],
            MedianOnsetErrorDays = Quantile(practising.Select(r => r.OnsetErrorDays), 0.5),
        };
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"runs {Runs}; detected {Detected}; delay median {MedianDelayWeeks:0.0} w, p90 {P90DelayWeeks:0.0} w; onset within 45 d {OnsetWithin45Days:P0}; rape-attrition delay median {MedianAttritionDelayWeeks:0.0} w, p90 {P90AttritionDelayWeeks:0.0} w; false alerts {FalseAlertsPerFiveUnitYears:0.00} per unit per 5 unit-years (by metric {string.Join(" / ", FalseAlertsByMetric.Select(f => f.ToString("0.00", CultureInfo.InvariantCulture)))}); onset error median {MedianOnsetErrorDays:0} d");
}
