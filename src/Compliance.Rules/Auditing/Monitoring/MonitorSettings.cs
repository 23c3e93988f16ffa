using System.Globalization;
using Compliance.Rules.Packs;

namespace Compliance.Rules.Auditing.Monitoring;

/// <summary>The detectors' parameters, read from the pack so a policy can tune them.</summary>
public sealed record MonitorSettings
{
    /// <summary>Days before an event whose peer events make its baseline.</summary>
    public const int BaselineWindowDays = 365;

    /// <summary>Alerts of one unit and metric within this many days of the previous one are one episode.</summary>
    public const int EpisodeDays = 90;

    /// <summary>Month or week.</summary>
    public MonitorPeriod Period { get; init; } = MonitorPeriod.Month;

    /// <summary>Events after this instant are ignored.</summary>
    public DateTimeOffset AsOf { get; init; } = DateTimeOffset.MaxValue;

    /// <summary>
    /// In-control run length wanted, in years of the unit's events: 25 for the five record metrics, so
    /// that their false alerts together come to about one per unit per five years; 30 when
    /// <c>unanswered-incident</c> joins them (six metrics at 30 years give the same one in five).
    /// </summary>
    public double ArlYears { get; init; } = DefaultArlYears;

    /// <summary>The run length in years of <see cref="ArlYears"/> for the five record metrics.</summary>
    internal const double DefaultArlYears = 25;

    /// <summary>The run length in years when incidents are given and <c>unanswered-incident</c> is a sixth metric.</summary>
    internal const double IncidentArlYears = 30;

    /// <summary>
    /// The least <c>unanswered-incident</c> events the other incident units of a unit's type must hold
    /// to be its peers (AUDIT-007's <c>audit007MinIncidents</c>); else every other incident unit.
    /// </summary>
    internal long IncidentPeerMinEvents { get; init; } = 20;

    /// <summary>Least baseline rate.</summary>
    public double MinRate { get; init; } = 0.005;

    /// <summary>Largest baseline rate.</summary>
    public double MaxRate { get; init; } = 0.95;

    /// <summary>Fewest peer events in the window for a baseline.</summary>
    public int MinPeerEvents { get; init; } = 30;

    /// <summary>Odds ratio the detectors look for.</summary>
    public double OddsRatio { get; init; } = 2;

    /// <summary>
    /// How an alert's onset is estimated: the change point by maximum likelihood within the events since
    /// S was last 0 (the pre-study compares the rules; docs/early-warning.md has the figures).
    /// </summary>
    internal OnsetRule Onset { get; init; } = OnsetRule.ChangePoint;

    /// <summary>
    /// Whether thresholds allow for the sampling error of a peer baseline (the pre-study compares both).
    /// Off: it brings the pre-study's false alerts under the bound, but with the generated forces' small
    /// peer groups (about 150 rape reports a year) it raised <c>rape-attrition</c>'s threshold from about
    /// 4 to about 19 and the delay to a displacement beyond 17 weeks on every seed measured, against a
    /// bound of 10 (median) and 20 (90th percentile); docs/early-warning.md has the figures.
    /// </summary>
    internal bool AllowForBaselineError { get; init; }

    /// <summary>Policy benchmarks by metric id (a benchmark replaces the peers).</summary>
    public IReadOnlyDictionary<string, double> Benchmarks { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal);

    /// <summary>Settings from a pack's parameters (defaults where the pack has none), for records alone.</summary>
    /// <param name="pack">The pack.</param>
    /// <param name="period">The period of the series.</param>
    /// <param name="asOf">The as-of instant.</param>
    /// <returns>The settings.</returns>
    public static MonitorSettings From(RulePack pack, MonitorPeriod period, DateTimeOffset asOf) => From(pack, period, asOf, incidents: false);

    /// <summary>Settings from a pack's parameters (defaults where the pack has none).</summary>
    /// <param name="pack">The pack.</param>
    /// <param name="period">The period of the series.</param>
    /// <param name="asOf">The as-of instant.</param>
    /// <param name="incidents">
    /// Whether incidents are given (<c>unanswered-incident</c> is on): <c>monitorArlYears</c> is then
    /// 30 unless a policy sets it, so that six metrics keep the false alerts of five.
    /// </param>
    /// <returns>The settings.</returns>
    internal static MonitorSettings From(RulePack pack, MonitorPeriod period, DateTimeOffset asOf, bool incidents)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var values = pack.Parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        var d = new MonitorSettings();
        double Number(string name, double fallback) => values.TryGetValue(name, out var v) && v is not null ? Convert.ToDouble(v, CultureInfo.InvariantCulture) : fallback;
        var benchmarks = new Dictionary<string, double>(StringComparer.Ordinal);
        if (values.TryGetValue("rapeAttritionBenchmark", out var a) && a is double attrition)
        {
            benchmarks[MonitorMetrics.RapeAttrition] = attrition;
        }

        if (values.TryGetValue("rapeCancellationBenchmark", out var c) && c is double cancellation)
        {
            benchmarks[MonitorMetrics.RapeCancellation] = cancellation;
        }

        if (values.TryGetValue("incidentBenchmark", out var i) && i is double incident)
        {
            benchmarks[MonitorMetrics.UnansweredIncident] = incident;
        }

        // The pack's own value is the five-metric run length; only a policy's choice survives the sixth metric.
        var arlSetByPolicy = pack.Parameters.Any(p => p.Name == "monitorArlYears" && p.IsOverridden);
        return new MonitorSettings
        {
            Period = period,
            AsOf = asOf,
            ArlYears = incidents && !arlSetByPolicy ? IncidentArlYears : Number("monitorArlYears", d.ArlYears),
            MinRate = Number("monitorMinRate", d.MinRate),
            MinPeerEvents = (int)Number("monitorMinPeerEvents", d.MinPeerEvents),
            OddsRatio = Number("monitorOddsRatio", d.OddsRatio),
            IncidentPeerMinEvents = (long)Number("audit007MinIncidents", d.IncidentPeerMinEvents),
            Benchmarks = benchmarks,
        };
    }
}
