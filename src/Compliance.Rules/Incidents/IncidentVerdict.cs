using Compliance.Rules.Engine;

namespace Compliance.Rules.Incidents;

/// <summary>What one incident rule says of one incident: its status, and when it fired the evidence in order and whether it escalates.</summary>
internal sealed record IncidentVerdict(RuleStatus Status, IReadOnlyList<(string Name, object? Value)> Evidence, bool Escalate = false)
{
    public static IncidentVerdict Passed { get; } = new(RuleStatus.Passed, []);

    public static IncidentVerdict NotApplicable { get; } = new(RuleStatus.NotApplicable, []);

    public static IncidentVerdict NotInForce { get; } = new(RuleStatus.NotInForce, []);

    public static IncidentVerdict Fired(IReadOnlyList<(string Name, object? Value)> evidence, bool escalate = false) => new(RuleStatus.Fired, evidence, escalate);
}
