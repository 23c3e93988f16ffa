namespace Compliance.Rules.Auditing.Monitoring;

/// <summary>
/// One event of a monitored metric: the small tuple the detectors need (a few dozen bytes), kept
/// instead of the record so that memory does not grow with the input.
/// </summary>
/// <param name="UnitId">The owning unit.</param>
/// <param name="Metric">The metric's index in <see cref="MonitorMetrics.All"/>.</param>
/// <param name="AtUtcTicks">The event date, as UTC ticks.</param>
/// <param name="Counted">Whether the event counts (the numerator of the proportion).</param>
/// <param name="RecordId">The record's <c>crimeRecordId</c> (first tie-breaker).</param>
/// <param name="ItemId">The statement id for statement events, else empty (second tie-breaker).</param>
public readonly record struct MonitorEvent(string UnitId, int Metric, long AtUtcTicks, bool Counted, string RecordId, string ItemId)
{
    /// <summary>The event date.</summary>
    public DateTimeOffset At => new(AtUtcTicks, TimeSpan.Zero);

    /// <summary>
    /// The detectors' order: by metric, then event date, then <c>crimeRecordId</c>, then item id, then
    /// unit (ordinal comparisons throughout, so the order never depends on culture or input order).
    /// </summary>
    /// <remarks>
    /// A comparer class rather than <c>Comparer.Create</c>, so that sorting calls it without a delegate
    /// in between (measured together with the series' change, docs/benchmarks.md).
    /// </remarks>
    public static IComparer<MonitorEvent> Order { get; } = new DetectorOrder();

    private sealed class DetectorOrder : IComparer<MonitorEvent>
    {
        public int Compare(MonitorEvent a, MonitorEvent b)
        {
            var c = a.Metric.CompareTo(b.Metric);
            if (c == 0) c = a.AtUtcTicks.CompareTo(b.AtUtcTicks);
            if (c == 0) c = string.CompareOrdinal(a.RecordId, b.RecordId);
            if (c == 0) c = string.CompareOrdinal(a.ItemId, b.ItemId);
            if (c == 0) c = string.CompareOrdinal(a.UnitId, b.UnitId);
            if (c == 0) c = a.Counted.CompareTo(b.Counted);
            return c;
        }
    }
}
