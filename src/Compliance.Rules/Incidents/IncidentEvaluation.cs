using Compliance.Rules.Engine;

namespace Compliance.Rules.Incidents;

/// <summary>What the incident rules say of one incident log at one as-of instant.</summary>
/// <param name="IncidentId">The incident's id.</param>
/// <param name="UnitId">The unit responsible for it, when known.</param>
/// <param name="Findings">Findings in pack order.</param>
/// <param name="Errors">Rules that could not judge the incident (a linked record was rejected), in pack order.</param>
public sealed record IncidentEvaluation(
    string IncidentId,
    string? UnitId,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<RuleEvaluationError> Errors)
{
    /// <summary>Every incident rule's status on this incident, in pack order (disabled rules included), for coverage counts.</summary>
    public IReadOnlyList<RuleState> Rules { get; init; } = [];

    /// <summary>The incident's unit type, when known.</summary>
    public string? UnitType { get; init; }

    /// <summary>Whether the incident holds a crime-indicative fact (a disclosure other than OTHER, a qualifier or a code of the pack's tables).</summary>
    public bool IsCrimeIndicative { get; init; }

    /// <summary>Whether the incident was closed before the as-of.</summary>
    public bool IsClosed { get; init; }

    /// <summary>Whether INCIDENT-001, 002 or 003 fired: the incident counts as unanswered for AUDIT-007.</summary>
    public bool IsUnanswered { get; init; }
}
