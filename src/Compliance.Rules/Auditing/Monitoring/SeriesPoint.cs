namespace Compliance.Rules.Auditing.Monitoring;

/// <summary>One period of a unit's metric.</summary>
/// <param name="Period">The period label (<c>2008-11</c> or <c>2009-W01</c>).</param>
/// <param name="Events">Events of the unit in the period.</param>
/// <param name="Count">Of them counted.</param>
/// <param name="Baseline">The mean baseline rate the detector used over the period's events; null when it was paused for all of them (no baseline).</param>
public sealed record SeriesPoint(string Period, long Events, long Count, double? Baseline);
