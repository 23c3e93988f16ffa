namespace Compliance.Rules.Auditing.Monitoring;

/// <summary>What monitoring says of an input: every unit's series and the detectors' alerts.</summary>
/// <param name="Series">Series sorted by unit, metric (ordinal) and period.</param>
/// <param name="Alerts">Alerts in time order (then unit, then metric).</param>
/// <param name="Detectors">Each detector's set-up, sorted by unit and metric.</param>
public sealed record MonitorResult(IReadOnlyList<UnitSeries> Series, IReadOnlyList<MonitorAlert> Alerts, IReadOnlyList<DetectorInfo> Detectors);
