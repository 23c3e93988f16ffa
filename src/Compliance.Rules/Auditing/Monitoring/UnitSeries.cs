namespace Compliance.Rules.Auditing.Monitoring;

/// <summary>A unit's metric over time.</summary>
/// <param name="UnitId">The unit.</param>
/// <param name="Metric">The metric id.</param>
/// <param name="Period">Month or week.</param>
/// <param name="Points">Periods with at least one event, in time order.</param>
public sealed record UnitSeries(string UnitId, string Metric, MonitorPeriod Period, IReadOnlyList<SeriesPoint> Points);
