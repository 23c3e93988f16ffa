using Compliance.Rules.Records;

namespace Compliance.Rules.Incidents;

/// <summary>
/// One incident log of a force's command-and-control or contact system (a call, a front-counter
/// report, an attendance), as exported for an incident-to-crime audit (incident schema
/// <c>incident-1.0</c>). Immutable. Incident ids are their own id space: an incident and a crime
/// record may share an id without being the same thing.
/// </summary>
public sealed record IncidentLog
{
    /// <summary>The schema version this library reads.</summary>
    public const string CurrentSchemaVersion = "incident-1.0";

    /// <summary>The schema versions this library reads.</summary>
    public static readonly IReadOnlyList<string> SupportedSchemaVersions = [CurrentSchemaVersion];

    /// <summary>Schema version of the log: <c>"incident-1.0"</c>.</summary>
    public required string SchemaVersion { get; init; }

    /// <summary>The force's incident reference, unique within an input.</summary>
    public required string IncidentId { get; init; }

    /// <summary>The owning force.</summary>
    public IncidentForce? Force { get; init; }

    /// <summary>When the contact reached the police.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>How the contact reached the police.</summary>
    public Records.ReportChannel? Channel { get; init; }

    /// <summary>Who made the contact.</summary>
    public Records.ReporterType? ReporterType { get; init; }

    /// <summary>The unit responsible for resolving the incident (AUDIT-007 groups by it).</summary>
    public IncidentUnit? OwningUnit { get; init; }

    /// <summary>The incident code scheme: <c>NSIR-2007</c>, <c>NSIR-2011</c> or <c>FORCE:&lt;name&gt;</c>.</summary>
    public string? CodeScheme { get; init; }

    /// <summary>The incident category when the log was opened.</summary>
    public string? OpeningCode { get; init; }

    /// <summary>The incident category when the log was closed.</summary>
    public string? ClosingCode { get; init; }

    /// <summary>Qualifiers flagged on the log.</summary>
    public IReadOnlyList<IncidentQualifier> Qualifiers { get; init => field = value ?? []; } = [];

    /// <summary>What was disclosed, and when, in the course of the incident.</summary>
    public IReadOnlyList<Disclosure> Disclosures { get; init => field = value ?? []; } = [];

    /// <summary>When the log was closed; absent while it is open.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>Who closed it (an opaque reference, compared for equality only).</summary>
    public string? ClosedByOfficerRef { get; init; }

    /// <summary>When a supervisor reviewed the closure.</summary>
    public DateTimeOffset? SupervisorReviewedAt { get; init; }

    /// <summary>Who reviewed it (an opaque reference, compared for equality only).</summary>
    public string? SupervisorReviewedByOfficerRef { get; init; }

    /// <summary>The crime records created from this incident (their <c>crimeRecordId</c>s).</summary>
    public IReadOnlyList<string> LinkedCrimeRecordIds { get; init => field = value ?? []; } = [];

    /// <summary>A decision not to record a crime, taken on the incident itself.</summary>
    public IncidentCrimeDecision? CrimeDecision { get; init; }
}
