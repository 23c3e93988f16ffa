namespace Compliance.Rules.Incidents;

/// <summary>The unit responsible for resolving an incident.</summary>
public sealed record IncidentUnit
{
    /// <summary>Unit identifier, e.g. <c>SW-RESPONSE</c>.</summary>
    public required string UnitId { get; init; }

    /// <summary>Kind of unit (units of one kind are each other's baseline in AUDIT-007).</summary>
    public string? UnitType { get; init; }
}
