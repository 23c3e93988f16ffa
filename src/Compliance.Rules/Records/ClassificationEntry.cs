namespace Compliance.Rules.Records;

/// <summary>One classification of a record: the initial one or a later change.</summary>
public sealed record ClassificationEntry
{
    /// <summary>Order of the entry: 1, 2, 3 …</summary>
    public required int Seq { get; init; }

    /// <summary>When the classification took effect.</summary>
    public required DateTimeOffset EffectiveAt { get; init; }

    /// <summary>Kind of change.</summary>
    public required ChangeType ChangeType { get; init; }

    /// <summary>Home Office offence code (<c>19C</c>, <c>20A</c>, <c>8N</c>, <c>105A</c> …).</summary>
    public required string HomeOfficeCode { get; init; }

    /// <summary>The code this entry replaced.</summary>
    public string? PreviousHomeOfficeCode { get; init; }

    /// <summary>Why the classification was made.</summary>
    public ClassificationReason? ReasonCode { get; init; }

    /// <summary>Free-text justification.</summary>
    public string? JustificationText { get; init; }

    /// <summary>Ids of AVI items relied on.</summary>
    public IReadOnlyList<string> AviRefs { get; init => field = value ?? []; } = [];

    /// <summary>Who asked for the change.</summary>
    public string? RequestedByOfficerRef { get; init; }

    /// <summary>Who approved it.</summary>
    public string? AuthorisedByOfficerRef { get; init; }

    /// <summary>When it was approved.</summary>
    public DateTimeOffset? AuthorisedAt { get; init; }
}
