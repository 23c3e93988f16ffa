namespace Compliance.Rules.Records;

/// <summary>The removal of a recorded crime from the count.</summary>
public sealed record Cancellation
{
    /// <summary>Cancellation code.</summary>
    public CancellationCode? Code { get; init; }

    /// <summary>Who asked for the cancellation.</summary>
    public string? RequestedByOfficerRef { get; init; }

    /// <summary>When it was asked for.</summary>
    public DateTimeOffset? RequestedAt { get; init; }

    /// <summary>Who authorised it.</summary>
    public string? AuthorisedByOfficerRef { get; init; }

    /// <summary>When it was authorised.</summary>
    public DateTimeOffset? AuthorisedAt { get; init; }

    /// <summary>Free-text rationale.</summary>
    public string? RationaleText { get; init; }

    /// <summary>Ids of AVI items relied on.</summary>
    public IReadOnlyList<string> AviRefs { get; init => field = value ?? []; } = [];

    /// <summary>C1: the receiving force.</summary>
    public string? TransferredToForce { get; init; }

    /// <summary>C1: the receiving force's reference.</summary>
    public string? ReceivingForceReference { get; init; }

    /// <summary>C3: the record this one duplicates.</summary>
    public string? DuplicateOfCrimeRecordId { get; init; }

    /// <summary>C4: what kind of error is corrected.</summary>
    public CancellationErrorType? ErrorType { get; init; }
}

/// <summary>An item of additional verifiable information (AVI).</summary>
public sealed record AviItem
{
    /// <summary>Id of the item within the record.</summary>
    public required string AviId { get; init; }

    /// <summary>Kind of information.</summary>
    public required AviType Type { get; init; }

    /// <summary>When it was obtained.</summary>
    public required DateTimeOffset ObtainedAt { get; init; }

    /// <summary>Who obtained it.</summary>
    public string? ObtainedByOfficerRef { get; init; }

    /// <summary>Who verified it.</summary>
    public string? VerifiedByOfficerRef { get; init; }

    /// <summary>Free-text summary.</summary>
    public string? Summary { get; init; }

    /// <summary>Exhibit reference outside the record.</summary>
    public string? ExhibitRef { get; init; }
}
