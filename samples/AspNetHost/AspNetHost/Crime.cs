namespace AspNetHost;

/// <summary>The host's own crime entity, shaped by its database rather than by the rules.</summary>
public sealed class Crime
{
    public required string Reference { get; init; }

    public required string UnitCode { get; init; }

    public required string OffenceCode { get; set; }

    public required string Allegation { get; set; }

    public required DateTimeOffset ReportedAt { get; init; }

    public DateTimeOffset? RecordedAt { get; set; }

    public string? RecordedBy { get; set; }

    public List<CrimeEvidence> Evidence { get; } = [];

    public CrimeCancellation? Cancellation { get; set; }
}

/// <summary>An item of evidence gathered after the crime was recorded.</summary>
public sealed record CrimeEvidence(string Id, string Kind, DateTimeOffset ObtainedAt, string ObtainedBy);

/// <summary>A cancellation as the host stores it.</summary>
public sealed record CrimeCancellation(string Code, string RequestedBy, DateTimeOffset RequestedAt, string AuthorisedBy, DateTimeOffset AuthorisedAt, IReadOnlyList<string> EvidenceIds);
