namespace Compliance.Rules.Incidents;

/// <summary>The force that owns an incident log.</summary>
public sealed record IncidentForce
{
    /// <summary>Force code, e.g. <c>MPS</c>.</summary>
    public required string Code { get; init; }
}
