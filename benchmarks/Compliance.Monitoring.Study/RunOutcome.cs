namespace Compliance.Monitoring.Study;

/// <summary>What one seeded run showed.</summary>
/// <param name="Seed">The seed.</param>
/// <param name="TrueOnset">Event date of the first practising report; null without a practice.</param>
/// <param name="DelayWeeks">Weeks from the true onset to the first alert on the practising unit (any metric); null when none came.</param>
/// <param name="OnsetErrorDays">|onsetEstimate − true onset| of that alert, in days.</param>
/// <param name="AttritionDelayWeeks">Weeks to the first rape-attrition alert on the unit.</param>
/// <param name="FalseAlerts">Alerts on in-control streams (peers, or the unit before the onset).</param>
/// <param name="InControlUnitYears">Unit-years simulated (all units, whole history).</param>
/// <param name="AttritionAlertsOnUnit">Rape-attrition alerts on the practising unit.</param>
public sealed record RunOutcome(int Seed, DateTimeOffset? TrueOnset, double? DelayWeeks, double? OnsetErrorDays, double? AttritionDelayWeeks, int FalseAlerts, double InControlUnitYears, int AttritionAlertsOnUnit)
{
    /// <summary>False alerts by metric, in the order of <c>MonitorMetrics.All</c>.</summary>
    public IReadOnlyList<int> FalseAlertsByMetric { get; init; } = [];
}
