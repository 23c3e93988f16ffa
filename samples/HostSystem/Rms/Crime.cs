using Compliance.Rules.Annotations;

namespace HostSystem.Rms;

/// <summary>A crime record as this records-management system holds it.</summary>
public sealed class Crime
{
    public required string CrimeRef { get; init; }

    public string HomeOfficeCode { get; set; } = "";

    /// <summary>Cancelling or restoring a record: the reason and its justification are set with it.</summary>
    [ReclassifiesRecord(nameof(StatusReason), nameof(StatusJustification))]
    public CrimeStatus Status { get; set; } = CrimeStatus.Recorded;

    public StatusReason? StatusReason { get; set; }

    [JustificationField]
    public string? StatusJustification { get; set; }
}

public enum CrimeStatus
{
    Recorded,
    Cancelled,
}

public enum StatusReason
{
    Duplicate,
    RecordedInError,
    Restored,
}
