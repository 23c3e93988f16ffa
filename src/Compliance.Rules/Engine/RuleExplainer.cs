using Compliance.Rules.Facts;

namespace Compliance.Rules.Engine;

/// <summary>
/// One rule's verdict on one record, worked out step by step with the same compiled expressions the
/// findings use: the requirements in order (the first that fails is named), then the condition.
/// </summary>
internal static class RuleExplainer
{
    /// <summary>The timeline this version of the engine knows: one counting-rules edition per record.</summary>
    public const string CountingRules = "countingRules";

    public static RuleVerdict Explain(CompiledRule rule, RecordFacts facts)
    {
        var timelines = GoverningTimelines(facts);
        try
        {
            if (rule.FirstUnmetRequirement(facts) is { } missing)
            {
                return new RuleVerdict(rule.Info.Id, RuleStatus.NotApplicable, null) { Missing = missing, Timelines = timelines };
            }

            return rule.Condition(facts)
                ? new RuleVerdict(rule.Info.Id, RuleStatus.Fired, rule.CreateFinding(facts)) { Timelines = timelines }
                : new RuleVerdict(rule.Info.Id, RuleStatus.Passed, null) { Timelines = timelines };
        }
        catch (Exception e) when (RuleFailures.IsExpressionFailure(e))
        {
            return new RuleVerdict(rule.Info.Id, RuleStatus.Error, null, RuleFailures.Describe(e)) { Timelines = timelines };
        }
    }

    /// <summary>
    /// The timeline entries that governed a rule on a record. Every rule of this pack format is judged
    /// by the one counting-rules edition resolved for the record (by <c>rulesEdition</c> or the report
    /// date); when rules are judged by several timelines at the instant of the decision each checks,
    /// this is the one place that names them per rule.
    /// </summary>
    private static IReadOnlyDictionary<string, string> GoverningTimelines(RecordFacts facts) =>
        new Dictionary<string, string>(1, StringComparer.Ordinal) { [CountingRules] = facts.Edition.Id };
}
