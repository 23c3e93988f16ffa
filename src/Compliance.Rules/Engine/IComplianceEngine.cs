using Compliance.Rules.Packs;
using Compliance.Rules.Records;

namespace Compliance.Rules.Engine;

/// <summary>
/// Evaluates crime records against a rule pack (with its policy). Thread-safe: build one per pack
/// and policy and share it. Evaluation never reads the clock and does no I/O; the as-of instant is
/// an input, so the same records at the same as-of give the same findings.
/// </summary>
public interface IComplianceEngine
{
    /// <summary>The pack (after the policy) this engine evaluates.</summary>
    RulePack Pack { get; }

    /// <summary>Evaluates one record.</summary>
    /// <param name="record">The record.</param>
    /// <param name="asOf">The as-of instant (deadlines that end after it have not passed).</param>
    /// <returns>The record's findings.</returns>
    RecordEvaluation Evaluate(CrimeRecord record, DateTimeOffset asOf);

    /// <summary>
    /// Evaluates a stream of records in batches (one rule session per batch), yielding results in
    /// input order as each batch completes. Gives the same findings as evaluating one by one.
    /// </summary>
    /// <param name="records">The records.</param>
    /// <param name="asOf">The as-of instant.</param>
    /// <param name="batchSize">Records per session (default 512).</param>
    /// <returns>One evaluation per record, in input order.</returns>
    IEnumerable<RecordEvaluation> EvaluateMany(IEnumerable<CrimeRecord> records, DateTimeOffset asOf, int batchSize = 512);

    /// <summary>
    /// Lists every record rule of the pack for one record: fired (with its finding), passed, not applicable
    /// (naming the first requirement that does not hold), disabled or error, with the timeline entries that governed it.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <param name="asOf">The as-of instant.</param>
    /// <returns>The explanation.</returns>
    RecordExplanation Explain(CrimeRecord record, DateTimeOffset asOf);

    /// <summary>
    /// Checks a decision a host system is about to save: evaluates the record as it would be after
    /// the change and reports the findings the change introduces (rules that fire on the proposed
    /// record but not on the current one, or fire there at a lower severity) and the findings it
    /// resolves (rules that fire on the current record but not on the proposed one), so the change
    /// can be stopped before it is saved.
    /// </summary>
    /// <param name="current">The record as stored; null for a record being created (every finding is then introduced).</param>
    /// <param name="proposed">The record with the change applied (e.g. <c>current with { Cancellation = … }</c>).</param>
    /// <param name="asOf">The as-of instant (normally the time of the proposed change).</param>
    /// <returns>The findings the change introduces and resolves, and all findings of the proposed record.</returns>
    ProposalCheck CheckProposal(CrimeRecord? current, CrimeRecord proposed, DateTimeOffset asOf);
}
