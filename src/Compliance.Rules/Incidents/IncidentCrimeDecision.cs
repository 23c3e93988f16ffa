using Compliance.Rules.Records;

namespace Compliance.Rules.Incidents;

/// <summary>
/// A decision, taken on an incident, not to record a crime: shaped like a crime record's recording
/// decision, plus which disclosures it decides.
/// </summary>
public sealed record IncidentCrimeDecision
{
    /// <summary>What was decided.</summary>
    public required IncidentDecisionOutcome Outcome { get; init; }

    /// <summary>N100 sub-code: 1 victim not confirmed, 2 credible evidence to the contrary, 3 other force area.</summary>
    public int? N100SubCode { get; init; }

    /// <summary>Reasons for not recording.</summary>
    public IReadOnlyList<RecordingReason> ReasonCodes { get; init => field = value ?? []; } = [];

    /// <summary>Free-text reasons (personal data: never copied into reports).</summary>
    public string? RationaleText { get; init; }

    /// <summary>Evidence offered as credible evidence to the contrary.</summary>
    public IReadOnlyList<EvidenceItem> CredibleEvidenceToContrary { get; init => field = value ?? []; } = [];

    /// <summary>The receiving force, for N100 sub-code 3 and <c>TRANSFERRED</c>.</summary>
    public string? TransferredToForce { get; init; }

    /// <summary>When the decision was taken; absent, the incident's <c>closedAt</c> is taken.</summary>
    public DateTimeOffset? DecidedAt { get; init; }

    /// <summary>Who took it.</summary>
    public string? DecidedByOfficerRef { get; init; }

    /// <summary>The (0-based) disclosures it decides; empty: every disclosure made at or before the decision.</summary>
    public IReadOnlyList<int> DisclosureIndexes { get; init => field = value ?? []; } = [];
}
