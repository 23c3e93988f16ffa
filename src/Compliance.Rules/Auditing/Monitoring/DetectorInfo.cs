namespace Compliance.Rules.Auditing.Monitoring;

/// <summary>How one unit's detector for one metric was set up.</summary>
/// <param name="UnitId">The unit.</param>
/// <param name="Metric">The metric id.</param>
/// <param name="BaselineSource"><c>benchmark</c>, <c>unitType:&lt;type&gt;</c> or <c>allOtherUnits</c>.</param>
/// <param name="Events">The unit's events of the metric.</param>
/// <param name="EventsPerYear">Its mean event rate.</param>
/// <param name="MeanBaseline">Mean p0 over its events with a baseline; null when it never had one.</param>
/// <param name="Threshold">h; null when the detector never had a baseline.</param>
public sealed record DetectorInfo(string UnitId, string Metric, string BaselineSource, long Events, double EventsPerYear, double? MeanBaseline, double? Threshold);
