namespace Compliance.Rules.Packs;

/// <summary>
/// The unit rules with built-in logic (AUDIT-001…006). A pack may tune their metadata, severity,
/// enablement and thresholds but may not declare any other unit rule: there would be no code to run it.
/// </summary>
/// <remarks>
/// The list lives with the packs, which check it when a pack loads; the unit auditor (a later layer)
/// implements each id. A test keeps the two in step.
/// </remarks>
public static class UnitRuleIds
{
    /// <summary>Every unit rule id with built-in logic, compared ordinally.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(["AUDIT-001", "AUDIT-002", "AUDIT-003", "AUDIT-004", "AUDIT-005", "AUDIT-006"], StringComparer.Ordinal);
}
