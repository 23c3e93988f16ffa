namespace Compliance.Rules.Sampling;

/// <summary>
/// Which verdict field confirms or refutes each rule's finding. A rule about whether a decision
/// was right is judged by <c>decisionCorrect</c>; a rule about telling the victim by
/// <c>victimInformed</c>; an incident rule by whether fewer crimes were recorded than should have
/// been. Scoring a rule against the wrong field would call a correct cancellation with an
/// uninformed victim a false alarm. Rules not listed are reported as not scored.
/// </summary>
internal static class RuleJudgement
{
    /// <summary>Judged by <c>decisionCorrect</c> = false.</summary>
    public const string DecisionCorrect = "decisionCorrect";

    /// <summary>Judged by <c>victimInformed</c> = false.</summary>
    public const string VictimInformed = "victimInformed";

    /// <summary>Judged by <c>recorded</c> &lt; <c>shouldHaveBeenRecorded</c>.</summary>
    public const string Unrecorded = "recorded<shouldHaveBeenRecorded";

    private static readonly Dictionary<string, string> Table = new(StringComparer.Ordinal)
    {
        ["CANCEL-001"] = DecisionCorrect,
        ["CANCEL-002"] = DecisionCorrect,
        ["CANCEL-003"] = DecisionCorrect,
        ["CANCEL-004"] = DecisionCorrect,
        ["CANCEL-005"] = DecisionCorrect,
        ["CANCEL-006"] = DecisionCorrect,
        ["CANCEL-007"] = DecisionCorrect,
        ["SEXOFF-002"] = DecisionCorrect,
        ["OUTCOME-002"] = DecisionCorrect,
        ["NCRS-002"] = DecisionCorrect,
        ["NCRS-003"] = DecisionCorrect,
        ["CANCEL-008"] = VictimInformed,
        ["NCRS-004"] = VictimInformed,
        ["INCIDENT-001"] = Unrecorded,
        ["INCIDENT-002"] = Unrecorded,
        ["INCIDENT-003"] = Unrecorded,
    };

    /// <summary>The scored rules, by id.</summary>
    public static IEnumerable<string> ScoredRules => Table.Keys;

    /// <summary>The field a rule is judged by, or null when it is not scored.</summary>
    /// <param name="ruleId">The rule.</param>
    /// <returns>The field.</returns>
    public static string? JudgedBy(string ruleId) => Table.GetValueOrDefault(ruleId);

    /// <summary>Whether a verdict confirms a finding judged by <paramref name="field"/>: null when the verdict does not judge that field.</summary>
    /// <param name="field">The field.</param>
    /// <param name="verdict">The verdict.</param>
    /// <returns>True when the verdict says the finding's problem is real.</returns>
    public static bool? Confirms(string field, Verdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        return field switch
        {
            DecisionCorrect => !verdict.DecisionCorrect,
            VictimInformed => verdict.VictimInformed is { } informed ? !informed : null,
            Unrecorded => verdict.ShouldHaveBeenRecorded is { } should && verdict.Recorded is { } recorded ? recorded < should : null,
            _ => null,
        };
    }
}
