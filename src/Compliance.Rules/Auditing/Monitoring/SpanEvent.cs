namespace Compliance.Rules.Auditing.Monitoring;

/// <summary>One event of a detector's current excursion (since its statistic was last 0).</summary>
/// <param name="Ticks">Event date (UTC ticks).</param>
/// <param name="Counted">Whether it was counted.</param>
/// <param name="Baseline">p0 used for it; NaN when the detector was paused.</param>
/// <param name="Statistic">S after it.</param>
internal readonly record struct SpanEvent(long Ticks, bool Counted, double Baseline, double Statistic);
