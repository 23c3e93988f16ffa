using Compliance.Rules.Records;

namespace Compliance.Rules.Engine;

/// <summary>The result of checking a proposed decision.</summary>
/// <param name="Introduced">
/// Findings of the proposed record whose rule does not fire on the current record, or fires there at a
/// lower severity (a change that makes a finding worse introduces it again). Every finding of the proposed
/// record when there is no current record.
/// </param>
/// <param name="Resolved">Findings of the current record whose rule does not fire on the proposed record.</param>
/// <param name="Proposed">All findings of the proposed record.</param>
public sealed record ProposalCheck(IReadOnlyList<Finding> Introduced, IReadOnlyList<Finding> Resolved, RecordEvaluation Proposed)
{
    /// <summary>Whether the change introduces no finding at or above <paramref name="threshold"/>.</summary>
    /// <param name="threshold">The lowest severity that blocks a change.</param>
    /// <returns>True when the change may be saved.</returns>
    public bool IsAcceptable(Severity threshold = Severity.High) => Introduced.All(f => f.Severity < threshold);
}
