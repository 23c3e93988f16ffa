namespace Compliance.Cli.History;

/// <summary>What one run did with incident logs (columns of its <c>runs</c> row).</summary>
/// <param name="Read">Incidents read from the inputs.</param>
/// <param name="Rejected">Of them rejected (not stored).</param>
/// <param name="Added">Keys stored for the first time.</param>
/// <param name="Replaced">Stored incidents replaced by a different copy (from an earlier run or earlier in this one).</param>
/// <param name="Reevaluated">Stored incidents judged again: a linked record was added or changed, or the store was rebuilt.</param>
internal sealed record IncidentRunCounts(long Read, long Rejected, long Added, long Replaced, long Reevaluated);
