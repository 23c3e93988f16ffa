using Compliance.Rules.Annotations;

namespace HostSystem.Rms;

/// <summary>The RMS operations that change a record's classification.</summary>
public sealed class CrimeService
{
    private readonly List<string> auditTrail = [];

    public IReadOnlyList<string> AuditTrail => auditTrail;

    [ReclassifiesRecord]
    public void Cancel(Crime crime, CancellationRequest request)
    {
        crime.StatusReason = StatusReason.RecordedInError;
        crime.StatusJustification = request.Rationale;
        crime.Status = CrimeStatus.Cancelled;
        auditTrail.Add($"{crime.CrimeRef} cancelled, authorised by {request.AuthorisedBy}");
    }

    [ReclassifiesRecord]
    public void Reclassify(Crime crime, string newHomeOfficeCode, [JustificationField] string? justification, [JustificationField] string? authorisedBy = null)
    {
        auditTrail.Add($"{crime.CrimeRef}: {crime.HomeOfficeCode} -> {newHomeOfficeCode} ({justification}; {authorisedBy})");
        crime.HomeOfficeCode = newHomeOfficeCode;
    }
}
