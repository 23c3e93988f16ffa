namespace Compliance.Rules.Hosting;

/// <summary>
/// The names under which the rules report metrics and traces. With OpenTelemetry:
/// <c>.WithMetrics(m => m.AddMeter(ComplianceRulesTelemetry.Name)).WithTracing(t => t.AddSource(ComplianceRulesTelemetry.Name))</c>.
/// </summary>
public static class ComplianceRulesTelemetry
{
    /// <summary>The name of both the meter and the activity source: <c>Compliance.Rules</c>.</summary>
    public const string Name = "Compliance.Rules";
}
