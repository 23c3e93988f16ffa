namespace Compliance.Rules.Auditing.Monitoring;

/// <summary>A detector's alert: a unit's metric rose above its baseline.</summary>
/// <param name="UnitId">The unit.</param>
/// <param name="Metric">The metric id.</param>
/// <param name="EpisodeId">Alerts of one unit and metric within 90 days of the previous one share it.</param>
/// <param name="AlarmAt">Event date of the event that crossed the threshold.</param>
/// <param name="OnsetEstimate">Event date of the first event after the statistic was last 0.</param>
/// <param name="Baseline">The baseline rate (p0) at the alert.</param>
/// <param name="RateSinceOnset">Counted / events from the onset estimate to the alarm, inclusive.</param>
/// <param name="RateLow">Lower bound of the 95% Wilson interval of that rate.</param>
/// <param name="RateHigh">Upper bound of the 95% Wilson interval of that rate.</param>
/// <param name="Events">Events from the onset estimate to the alarm.</param>
/// <param name="Count">Of them counted.</param>
/// <param name="Statistic">The CUSUM statistic S at the alarm.</param>
/// <param name="Threshold">The detector's threshold h.</param>
public sealed record MonitorAlert(
    string UnitId,
    string Metric,
    string EpisodeId,
    DateTimeOffset AlarmAt,
    DateTimeOffset OnsetEstimate,
    double Baseline,
    double RateSinceOnset,
    double RateLow,
    double RateHigh,
    long Events,
    long Count,
    double Statistic,
    double Threshold);
