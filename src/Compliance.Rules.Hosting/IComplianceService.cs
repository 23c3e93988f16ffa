using Compliance.Rules.Engine;
using Compliance.Rules.Hosting.Contracts;
using Compliance.Rules.Packs;
using Compliance.Rules.Records;

namespace Compliance.Rules.Hosting;

/// <summary>
/// The rules as a host calls them: results in their public JSON contracts, each stating the pack
/// (id, version, sha256) of the one engine snapshot that produced it, and every proposed change
/// written to the decision log.
/// </summary>
public interface IComplianceService
{
    /// <summary>The pack that serves calls now.</summary>
    RulePack Pack { get; }

    /// <summary>The identity of the pack that serves calls now.</summary>
    RulePackIdentity RulePack { get; }

    /// <summary>The configured lowest severity that blocks a proposed change.</summary>
    Severity BlockAt { get; }

    /// <summary>Evaluates one record.</summary>
    /// <param name="record">The record.</param>
    /// <param name="asOf">The as-of instant.</param>
    /// <returns>The findings, with the pack that produced them.</returns>
    Contracts.RecordEvaluation Evaluate(CrimeRecord record, DateTimeOffset asOf);

    /// <summary>Lists every record rule's verdict on one record.</summary>
    /// <param name="record">The record.</param>
    /// <param name="asOf">The as-of instant.</param>
    /// <returns>The explanation.</returns>
    RuleExplanation Explain(CrimeRecord record, DateTimeOffset asOf);

    /// <summary>
    /// Decides whether a proposed change may be saved, and writes the decision to the decision log
    /// (category <c>Compliance.Rules.Decisions</c>).
    /// </summary>
    /// <param name="current">The record as stored; null for a record being created.</param>
    /// <param name="proposed">The record with the change applied.</param>
    /// <param name="asOf">The as-of instant (normally the time of the change).</param>
    /// <param name="blockAt">The lowest severity that blocks the change; the configured one when null.</param>
    /// <returns>The decision.</returns>
    Contracts.ProposalCheck CheckProposal(CrimeRecord? current, CrimeRecord proposed, DateTimeOffset asOf, Severity? blockAt = null);
}
