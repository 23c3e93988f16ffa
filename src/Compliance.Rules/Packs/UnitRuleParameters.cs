namespace Compliance.Rules.Packs;

/// <summary>
/// The pack parameters the built-in logic of each unit audit reads (its thresholds, and the
/// parameters that decide which records it counts). A unit rule has no expressions to read them from,
/// so the list is written here, beside nothing else: when an audit starts reading another parameter,
/// add it (the auditing tests check every listed name is a parameter of the built-in pack).
/// </summary>
internal static class UnitRuleParameters
{
    private static readonly Dictionary<string, string[]> ByRule = new(StringComparer.Ordinal)
    {
        ["AUDIT-001"] = ["auditConfidence", "audit001MinRecords", "audit001ComplianceTarget"],
        ["AUDIT-002"] = ["rapeGroups", "rapeAllegationTypes", "auditConfidence", "audit002MinRapeRecords", "audit002RateMultiple", "audit002MaxPValue", "rapeCancellationBenchmark"],
        ["AUDIT-003"] = ["retractionStatementTypes", "audit003MinCancellations", "audit003RetractionGroundsShare", "audit003MinRetractionStatements", "audit003PressureShare"],
        ["AUDIT-004"] = ["audit004MinRecordedCrimes", "audit004MaxUpliftPoints"],
        ["AUDIT-005"] = ["sexualOffenceGroups", "sexualOffenceAllegationTypes", "auditConfidence", "audit005MinSexualOffenceRecords", "audit005QuestionedFirstShare"],
        ["AUDIT-006"] = ["rapeGroups", "rapeAllegationTypes", "auditConfidence", "audit006MinRapeReports", "audit006RateMultiple", "audit006MaxPValue", "rapeAttritionBenchmark"],
    };

    /// <summary>Every unit rule id with the parameters its logic reads (for tests).</summary>
    public static IReadOnlyDictionary<string, string[]> All => ByRule;

    /// <summary>The parameters the unit audit with this id reads; none for an id without built-in logic.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>The names.</returns>
    public static IReadOnlyList<string> Of(string ruleId) => ByRule.TryGetValue(ruleId, out var names) ? names : [];
}
