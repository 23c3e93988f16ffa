namespace Compliance.Cli.History;

/// <summary>What one run did to the store (a row of its <c>runs</c> table).</summary>
/// <param name="Id">The run's number in this store.</param>
/// <param name="AsOf">The run's as-of instant.</param>
/// <param name="StartedAt">When the run started (the clock; kept for the registrar, never in a report).</param>
/// <param name="Pack">The effective pack of the run.</param>
/// <param name="RecordsRead">Records read from the inputs.</param>
/// <param name="RecordsRejected">Of them rejected (not stored).</param>
/// <param name="RecordsAdded">Keys stored for the first time.</param>
/// <param name="RecordsReplaced">Records whose stored copy was replaced (including copies replaced within the run).</param>
/// <param name="RecordsReevaluated">Stored records evaluated again with a new pack (<c>--rebuild</c>).</param>
internal sealed record HistoryRun(
    long Id,
    DateTimeOffset AsOf,
    DateTimeOffset StartedAt,
    StoredPack Pack,
    long RecordsRead,
    long RecordsRejected,
    long RecordsAdded,
    long RecordsReplaced,
    long RecordsReevaluated)
{
    /// <summary>Whether the run was given incident logs (<c>--incidents</c>).</summary>
    public bool IncidentsGiven { get; init; }

    /// <summary>What the run did with incident logs (all zero when it neither read nor judged any).</summary>
    public IncidentRunCounts Incidents { get; init; } = new(0, 0, 0, 0, 0);
}
