using Compliance.Rules.Annotations;
using Compliance.Rules.Records;

namespace HostSystem.Rms;

/// <summary>What a cancellation must carry. The grounds are the package's own AVI types.</summary>
public sealed class CancellationRequest
{
    [JustificationField]
    public string? Rationale { get; init; }

    /// <summary>AVI relied on; VictimRetraction and VictimWithdrawalOfSupport are [InsufficientGrounds] in the package.</summary>
    [JustificationField]
    public IReadOnlyList<AviType>? Grounds { get; init; }

    [JustificationField]
    public string? AuthorisedBy { get; init; }
}
