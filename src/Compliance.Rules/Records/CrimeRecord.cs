namespace Compliance.Rules.Records;

/// <summary>
/// One crime report: the incident, the recording decision and every later decision about it,
/// each attributed and timestamped (schema version 1.0, <c>docs/schemas/</c>). Immutable; a host
/// system checks a proposed decision by evaluating a copy made with <c>with</c>.
/// </summary>
public sealed record CrimeRecord
{
    /// <summary>The schema version this library reads.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>Schema version of the record; must be <c>"1.0"</c>.</summary>
    public required string SchemaVersion { get; init; }

    /// <summary>The force's crime/incident reference, unique within a file.</summary>
    public required string CrimeRecordId { get; init; }

    /// <summary>Counting-rules edition to apply (<c>HOCR-2008</c>, <c>HOCR-2015</c>, <c>HOCR-2019</c>…); when absent, chosen by the rule pack's edition table.</summary>
    public string? RulesEdition { get; init; }

    /// <summary>The owning force.</summary>
    public Force? Force { get; init; }

    /// <summary>The team or unit that owns the investigation (unit audits group by it).</summary>
    public OwningUnit? OwningUnit { get; init; }

    /// <summary>The incident as first reported.</summary>
    public required Incident Incident { get; init; }

    /// <summary>The decision whether to record a crime.</summary>
    public RecordingDecision? RecordingDecision { get; init; }

    /// <summary>Every classification of the record; the lowest <c>seq</c> is the initial one.</summary>
    public IReadOnlyList<ClassificationEntry> ClassificationHistory { get; init => field = value ?? []; } = [];

    /// <summary>Present when the crime was removed from the count.</summary>
    public Cancellation? Cancellation { get; init; }

    /// <summary>Additional verifiable information (AVI) items gathered on the record.</summary>
    public IReadOnlyList<AviItem> AdditionalVerifiableInformation { get; init => field = value ?? []; } = [];

    /// <summary>Victims.</summary>
    public IReadOnlyList<Victim> Victims { get; init => field = value ?? []; } = [];

    /// <summary>Suspects.</summary>
    public IReadOnlyList<Suspect> Suspects { get; init => field = value ?? []; } = [];

    /// <summary>Officers who appear anywhere in the record.</summary>
    public IReadOnlyList<Officer> Officers { get; init => field = value ?? []; } = [];

    /// <summary>Contacts with the victim.</summary>
    public IReadOnlyList<VictimContact> VictimContacts { get; init => field = value ?? []; } = [];

    /// <summary>Statements taken.</summary>
    public IReadOnlyList<Statement> Statements { get; init => field = value ?? []; } = [];

    /// <summary>Outcomes assigned (Home Office outcomes framework).</summary>
    public IReadOnlyList<Outcome> Outcomes { get; init => field = value ?? []; } = [];

    /// <summary>Notifications sent to the victim.</summary>
    public IReadOnlyList<Notification> Notifications { get; init => field = value ?? []; } = [];

    /// <summary>Feedback offered to the victim.</summary>
    public IReadOnlyList<VictimFeedback> VictimFeedback { get; init => field = value ?? []; } = [];
}

/// <summary>The owning force.</summary>
public sealed record Force
{
    /// <summary>Force code, e.g. <c>MPS</c>.</summary>
    public required string Code { get; init; }

    /// <summary>Force name.</summary>
    public string? Name { get; init; }
}

/// <summary>The team or unit that owns the investigation.</summary>
public sealed record OwningUnit
{
    /// <summary>Unit identifier, e.g. <c>SW-SAPPHIRE</c>.</summary>
    public required string UnitId { get; init; }

    /// <summary>Kind of unit, e.g. <c>SPECIALIST_SEXUAL_OFFENCES</c>.</summary>
    public string? UnitType { get; init; }

    /// <summary>Area, e.g. <c>Southwark</c>.</summary>
    public string? Area { get; init; }
}

/// <summary>The incident as first reported.</summary>
public sealed record Incident
{
    /// <summary>Command-and-control log reference.</summary>
    public string? IncidentId { get; init; }

    /// <summary>When the report first reached the police.</summary>
    public required DateTimeOffset ReportReceivedAt { get; init; }

    /// <summary>How the report arrived.</summary>
    public ReportChannel? Channel { get; init; }

    /// <summary>Who reported.</summary>
    public ReporterType? ReporterType { get; init; }

    /// <summary>What was disclosed.</summary>
    public AllegationType? AllegationType { get; init; }
}
