using System.Globalization;

namespace Compliance.Monitoring.Acceptance;

/// <summary>
/// The acceptance figures of one practice over its seeds. A false alert is one on a unit other than the
/// practising one, or on the practising unit before the true onset; the delays run from the true onset
/// to the first alert on the practising unit at or after it (a seed without one counts as an infinite
/// delay).
/// </summary>
/// <param name="Practice">The practice.</param>
/// <param name="Seeds">Seeds summarised.</param>
/// <param name="Detected">Seeds with an alert on the practising unit at or after the true onset.</param>
/// <param name="MedianDelayWeeks">Median weeks to the first alert on the unit.</param>
/// <param name="P90DelayWeeks">90th percentile of that delay.</param>
/// <param name="OnsetWithin45Days">Share of seeds whose first alert's onset estimate is within 45 days of the true onset.</param>
/// <param name="MedianAttritionDelayWeeks">Median weeks to the first rape-attrition alert on the unit.</param>
/// <param name="P90AttritionDelayWeeks">90th percentile of that delay.</param>
/// <param name="FalseAlerts">False alerts over all seeds.</param>
/// <param name="UnitYears">Unit-years watched (units with events × the period's years, over all seeds).</param>
public sealed record AcceptanceSummary(string Practice, int Seeds, int Detected, double MedianDelayWeeks, double P90DelayWeeks, double OnsetWithin45Days,
    double MedianAttritionDelayWeeks, double P90AttritionDelayWeeks, int FalseAlerts, double UnitYears)
{
    /// <summary>False alerts by metric.</summary>
    public IReadOnlyDictionary<string, int> FalseAlertsByMetric { get; init; } = new Dictionary<string, int>();

    /// <summary>Alerts on the practising unit at or after the true onset, by metric.</summary>
    public IReadOnlyDictionary<string, int> UnitAlertsByMetric { get; init; } = new Dictionary<string, int>();

    /// <summary>Seeds with a rape-attrition alert on the practising unit at or after the true onset.</summary>
    public int SeedsWithAttritionAlert { get; init; }

    /// <summary>False alerts per unit per five unit-years.</summary>
    public double FalseAlertsPerFiveUnitYears => UnitYears > 0 ? FalseAlerts / UnitYears * 5 : double.NaN;

    /// <summary>Summarises the outcomes of one practice.</summary>
    /// <param name="practice">The practice.</param>
    /// <param name="outcomes">Its outcomes.</param>
    /// <param name="periodYears">Years of the generated period.</param>
    /// <returns>The figures.</returns>
    public static AcceptanceSummary Of(string practice, IReadOnlyList<SeedOutcome> outcomes, double periodYears)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        static double Quantile(IEnumerable<double?> values, double q)
        {
            var sorted = values.Select(v => v ?? double.PositiveInfinity).Order().ToArray();
            return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
        }

        var delays = new List<double?>();
        var attrition = new List<double?>();
        var onsets = new List<bool>();
        var falseByMetric = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var unitByMetric = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var falseAlerts = 0;
        var withAttrition = 0;
        foreach (var outcome in outcomes)
        {
            bool OnUnitAfterOnset(AlertSeen a) => a.UnitId == outcome.UnitId && outcome.TrueOnset is { } t && a.AlarmAt >= t;
            foreach (var alert in outcome.Alerts)
            {
                var counts = OnUnitAfterOnset(alert) ? unitByMetric : falseByMetric;
                counts[alert.Metric] = counts.GetValueOrDefault(alert.Metric) + 1;
                falseAlerts += OnUnitAfterOnset(alert) ? 0 : 1;
            }

            if (outcome.TrueOnset is not { } onset)
            {
                continue;
            }

            var first = outcome.Alerts.FirstOrDefault(OnUnitAfterOnset);
            var firstAttrition = outcome.Alerts.FirstOrDefault(a => OnUnitAfterOnset(a) && a.Metric == "rape-attrition");
            delays.Add(first is null ? null : (first.AlarmAt - onset).TotalDays / 7);
            attrition.Add(firstAttrition is null ? null : (firstAttrition.AlarmAt - onset).TotalDays / 7);
            onsets.Add(first is not null && Math.Abs((first.OnsetEstimate - onset).TotalDays) <= 45);
            withAttrition += firstAttrition is null ? 0 : 1;
        }

        return new AcceptanceSummary(
            practice,
            outcomes.Count,
            delays.Count(d => d is not null),
            Quantile(delays, 0.5),
            Quantile(delays, 0.9),
            onsets.Count == 0 ? double.NaN : onsets.Count(o => o) / (double)onsets.Count,
            Quantile(attrition, 0.5),
            Quantile(attrition, 0.9),
            falseAlerts,
            outcomes.Sum(o => o.Units) * periodYears)
        {
            FalseAlertsByMetric = falseByMetric,
            UnitAlertsByMetric = unitByMetric,
            SeedsWithAttritionAlert = withAttrition,
        };
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{Practice}: {Seeds} seeds; false alerts {FalseAlertsPerFiveUnitYears:0.00} per unit per 5 unit-years ({FalseAlerts} in {UnitYears:0} unit-years: {Join(FalseAlertsByMetric)})");
        if (Practice != "none")
        {
            text += string.Create(CultureInfo.InvariantCulture,
                $"; detected {Detected}; first alert median {MedianDelayWeeks:0.0} w, p90 {P90DelayWeeks:0.0} w; onset within 45 d {OnsetWithin45Days:P0}; rape-attrition median {MedianAttritionDelayWeeks:0.0} w, p90 {P90AttritionDelayWeeks:0.0} w ({SeedsWithAttritionAlert} seeds with one); practising unit's alerts after the onset: {Join(UnitAlertsByMetric)}");
        }

        return text;
    }

    private static string Join(IReadOnlyDictionary<string, int> counts) =>
        counts.Count == 0 ? "none" : string.Join(", ", counts.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value}")));
}
