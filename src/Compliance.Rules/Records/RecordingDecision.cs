namespace Compliance.Rules.Records;

/// <summary>The decision whether to record a crime.</summary>
public sealed record RecordingDecision
{
    /// <summary>What was decided.</summary>
    public RecordingOutcome? Outcome { get; init; }

    /// <summary>N100 sub-code: 1 victim not confirmed/untraceable, 2 credible evidence to the contrary, 3 other force area.</summary>
    public int? N100SubCode { get; init; }

    /// <summary>When the decision was made.</summary>
    public DateTimeOffset? DecidedAt { get; init; }

    /// <summary>Who made it.</summary>
    public string? DecidedByOfficerRef { get; init; }

    /// <summary>Reasons for not recording.</summary>
    public IReadOnlyList<RecordingReason> ReasonCodes { get; init => field = value ?? []; } = [];

    /// <summary>Free-text reasons (personal data: never copied into reports unless asked for).</summary>
    public string? RationaleText { get; init; }

    /// <summary>Evidence offered as credible evidence to the contrary.</summary>
    public IReadOnlyList<EvidenceItem> CredibleEvidenceToContrary { get; init => field = value ?? []; } = [];

    /// <summary>The receiving force, for N100 sub-code 3 and <c>TRANSFERRED</c>.</summary>
    public string? TransferredToForce { get; init; }
}

/// <summary>An item of evidence cited for a recording decision.</summary>
public sealed record EvidenceItem
{
    /// <summary>Kind of evidence (an AVI type).</summary>
    public required AviType Type { get; init; }

    /// <summary>Free-text summary.</summary>
    public string? Summary { get; init; }

    /// <summary>Exhibit reference outside the record.</summary>
    public string? ExhibitRef { get; init; }
}
