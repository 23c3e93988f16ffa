namespace Compliance.Rules.Records;

/// <summary>A contact with the victim.</summary>
public sealed record VictimContact
{
    /// <summary>Id of the contact within the record.</summary>
    public required string ContactId { get; init; }

    /// <summary>When it took place.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The officer who made it.</summary>
    public required string OfficerRef { get; init; }

    /// <summary>How deeply the victim was questioned.</summary>
    public required QuestioningDepth QuestioningDepth { get; init; }

    /// <summary>Why it took place.</summary>
    public required ContactPurpose PurposeCode { get; init; }

    /// <summary>How long it took.</summary>
    public int? DurationMinutes { get; init; }
}

/// <summary>A statement.</summary>
public sealed record Statement
{
    /// <summary>Id of the statement within the record.</summary>
    public required string StatementId { get; init; }

    /// <summary>Kind of statement.</summary>
    public required StatementType Type { get; init; }

    /// <summary>When it was taken.</summary>
    public required DateTimeOffset TakenAt { get; init; }

    /// <summary>The officer who took it.</summary>
    public required string TakenByOfficerRef { get; init; }

    /// <summary>Who initiated it.</summary>
    public required StatementInitiator InitiatedBy { get; init; }

    /// <summary>Support present when it was taken.</summary>
    public IReadOnlyList<SupportType> SupportPresent { get; init => field = value ?? []; } = [];

    /// <summary>What a retraction or withdrawal says.</summary>
    public ContentFlags? ContentFlags { get; init; }
}

/// <summary>What a retraction or withdrawal of support says.</summary>
public sealed record ContentFlags
{
    /// <summary>Whether the victim asserts that the event did not happen.</summary>
    public bool? AssertsEventDidNotHappen { get; init; }

    /// <summary>Reasons the victim gave.</summary>
    public IReadOnlyList<RetractionReason> ReasonsGiven { get; init => field = value ?? []; } = [];

    /// <summary>Whether pressure or intimidation was explored with the victim.</summary>
    public bool? PressureOrIntimidationExplored { get; init; }
}

/// <summary>An outcome assigned under the Home Office outcomes framework.</summary>
public sealed record Outcome
{
    /// <summary>Outcome type number; which are valid depends on the edition (OUTCOME-001).</summary>
    public required int OutcomeType { get; init; }

    /// <summary>When it was assigned.</summary>
    public required DateTimeOffset AssignedAt { get; init; }

    /// <summary>Who assigned it.</summary>
    public string? AssignedByOfficerRef { get; init; }

    /// <summary>The statement or contact that records the victim's decision (outcomes 14 and 16).</summary>
    public string? VictimDecisionEvidenceRef { get; init; }

    /// <summary>Reference of the CPS decision outside the record.</summary>
    public string? CpsDecisionRef { get; init; }

    /// <summary>When a later outcome replaced this one (schema 1.1); null while it stands. A superseded outcome is history.</summary>
    public DateTimeOffset? SupersededAt { get; init; }
}

/// <summary>A notification sent to the victim.</summary>
public sealed record Notification
{
    /// <summary>Kind of notification.</summary>
    public required NotificationType Type { get; init; }

    /// <summary>When it was sent.</summary>
    public DateTimeOffset? SentAt { get; init; }

    /// <summary>How it was sent.</summary>
    public NotificationChannel? Channel { get; init; }

    /// <summary>Whether the decision was explained.</summary>
    public bool? ExplanationGiven { get; init; }
}

/// <summary>Feedback offered to the victim.</summary>
public sealed record VictimFeedback
{
    /// <summary>Kind of feedback.</summary>
    public required FeedbackType Type { get; init; }

    /// <summary>When it was offered.</summary>
    public required DateTimeOffset OfferedAt { get; init; }

    /// <summary>When it was completed.</summary>
    public DateTimeOffset? CompletedAt { get; init; }
}
