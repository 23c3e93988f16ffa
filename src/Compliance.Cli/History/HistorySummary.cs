namespace Compliance.Cli.History;

/// <summary>What the store holds after a run: its records and incident logs and the span of their events up to the as-of instant.</summary>
/// <param name="Records">Records stored (one per key).</param>
/// <param name="FirstEvent">The earliest event date, if any.</param>
/// <param name="LastEvent">The latest event date not after the as-of instant, if any.</param>
internal sealed record HistorySummary(long Records, DateTimeOffset? FirstEvent, DateTimeOffset? LastEvent)
{
    /// <summary>Incident logs stored (one per key).</summary>
    public long Incidents { get; init; }
}
