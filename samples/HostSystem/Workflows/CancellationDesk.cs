using Compliance.Rules.Records;
using HostSystem.Rms;

namespace HostSystem.Workflows;

/// <summary>Cancellations as the registrar's desk performs them — some right, some wrong.</summary>
public sealed class CancellationDesk(CrimeService service)
{
    /// <summary>Right: a duplicate, with documentary AVI and an independent authoriser.</summary>
    public void CancelDuplicate(Crime crime, string originalRef) =>
        service.Cancel(crime, new CancellationRequest
        {
            Rationale = $"Same incident as {originalRef}: same victim, time and place",
            Grounds = [AviType.Documentary],
            AuthorisedBy = "FCR 0042",
        });

    /// <summary>Wrong (CMP003): the victim's retraction is the only ground.</summary>
    public void CancelAfterRetraction(Crime crime)
    {
        var request = new CancellationRequest
        {
            Rationale = "Victim now says it did not happen",
            Grounds = [AviType.VictimRetraction],
            AuthorisedBy = "DI 3131",
        };
        service.Cancel(crime, request);
    }

    /// <summary>Wrong (CMP001 and CMP002): no authoriser, and "n/a" for a rationale.</summary>
    public void QuickCancel(Crime crime) =>
        service.Cancel(crime, new CancellationRequest { Rationale = "n/a", Grounds = [AviType.Cctv] });

    /// <summary>Not checked: the request comes from a form, so this code cannot see what it holds.</summary>
    public void CancelFromForm(Crime crime, CancellationRequest fromForm) => service.Cancel(crime, fromForm);
}
