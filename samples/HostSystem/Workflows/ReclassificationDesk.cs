using HostSystem.Rms;
using HostSystem.Vendor;

namespace HostSystem.Workflows;

/// <summary>Reclassifications and status changes — some right, some wrong.</summary>
public sealed class ReclassificationDesk(CrimeService service)
{
    /// <summary>Right: the justification and the authoriser are given.</summary>
    public void Downgrade(Crime crime) =>
        service.Reclassify(crime, "8N", "Medical report: injury less serious than first recorded", authorisedBy: "DS 1234");

    /// <summary>Wrong (CMP001): no justification, no authoriser.</summary>
    public void DowngradeWithoutReason(Crime crime) => service.Reclassify(crime, "8N", null);

    /// <summary>Wrong (CMP001): the status changes but its reason and justification are not set.</summary>
    public void CancelDirectly(Crime crime) => crime.Status = CrimeStatus.Cancelled;

    /// <summary>Right: status, reason and justification together.</summary>
    public void Restore(Crime crime)
    {
        crime.StatusReason = StatusReason.Restored;
        crime.StatusJustification = "Cancellation was not authorised: record restored on audit";
        crime.Status = CrimeStatus.Recorded;
    }

    /// <summary>Wrong (CMP002): vendor code marked in compliance.globalconfig, given a configured placeholder.</summary>
    public void WithdrawFromLegacyStore(Crime crime) => LegacyCaseStore.Withdraw(crime.CrimeRef, "Awaiting statement");
}
