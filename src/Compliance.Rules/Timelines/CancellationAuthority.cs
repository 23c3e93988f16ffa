using Compliance.Rules.Records;

namespace Compliance.Rules.Timelines;

/// <summary>Who may authorise a cancellation: an accreditation valid at the time, or a role.</summary>
/// <param name="Accreditations">Accreditation types accepted when valid at the instant of the authorisation.</param>
/// <param name="Roles">Roles accepted whatever the accreditations.</param>
public sealed record CancellationAuthority(IReadOnlyList<AccreditationType> Accreditations, IReadOnlyList<OfficerRole> Roles);
