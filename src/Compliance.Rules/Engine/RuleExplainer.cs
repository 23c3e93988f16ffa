using Compliance.Rules.Facts;
using Compliance.Rules.Timelines;

namespace Compliance.Rules.Engine;

/// <summary>
/// One rule's verdict on one record, worked out step by step with the same compiled expressions the
/// findings use and in the order NRules checks them: the timelines at the governing instant, the
/// rule's <c>inForce</c>, the requirements in order (the first that fails is named), then the condition.
/// </summary>
internal static class RuleExplainer
{
    public static RuleVerdict Explain(CompiledRule rule, RecordFacts facts)
    {
        try
        {
            var timelines = GoverningTimelines(rule, facts);
            if (rule.BeforeFirstEntry(facts) is { } first)
            {
                return new RuleVerdict(rule.Info.Id, RuleStatus.NotInForce, null, Reason: $"before {first}") { Timelines = timelines };
            }

            if (rule.InForce is { } inForce && !inForce(facts))
            {
                return new RuleVerdict(rule.Info.Id, RuleStatus.NotInForce, null, Reason: "not in force") { Timelines = timelines };
            }

            if (rule.FirstUnmetRequirement(facts) is { } missing)
            {
                return new RuleVerdict(rule.Info.Id, RuleStatus.NotApplicable, null) { Missing = missing, Timelines = timelines };
            }

            if (!rule.Condition(facts))
            {
                return new RuleVerdict(rule.Info.Id, RuleStatus.Passed, null) { Timelines = timelines };
            }

            // A finding whose evidence or escalation throws is an error, never a fired rule without its finding.
            return rule.TryCreateFinding(facts, out var finding, out var error)
                ? new RuleVerdict(rule.Info.Id, RuleStatus.Fired, finding) { Timelines = timelines }
                : new RuleVerdict(rule.Info.Id, RuleStatus.Error, null, error!.Message) { Timelines = timelines };
        }
        catch (Exception e) when (RuleFailures.IsRecordFailure(e))
        {
            // An unknown rulesEdition lands here too: no entry governed, so no timelines are named.
            return new RuleVerdict(rule.Info.Id, RuleStatus.Error, null, RuleFailures.Error(rule.Info.Id, "the condition", e).Message);
        }
    }

    /// <summary>
    /// The timeline entries that governed a rule on a record, for each timeline the rule reads: the
    /// entry in force at its governing instant (a record's known <c>rulesEdition</c> pins the counting
    /// rules). A rule without a governing instant judges items one by one at their own instants
    /// (outcomes and the right to review at each outcome's <c>assignedAt</c>, the counting rules at each
    /// classification's <c>effectiveAt</c>, the Victims' Code at the report), so it names every entry in
    /// force at one of them, in timeline order, separated by ", ". A timeline with no entry then (an
    /// instant before its first entry, an absent instant, no items) is left out.
    /// </summary>
    private static IReadOnlyDictionary<string, string> GoverningTimelines(CompiledRule rule, RecordFacts facts)
    {
        var result = new Dictionary<string, string>(rule.Info.Timelines.Count, StringComparer.Ordinal);
        var governing = rule.GoverningInstant(facts);
        foreach (var timeline in rule.Info.Timelines)
        {
            var instants = rule.HasGoverningInstant
                ? governing is { } instant ? [instant] : []
                : ItemInstants(timeline, facts);
            var ids = EntriesAt(timeline, instants, facts);
            if (ids.Count > 0)
            {
                result[timeline] = string.Join(", ", ids);
            }
        }

        return result;
    }

    private static IReadOnlyList<DateTimeOffset> ItemInstants(string timeline, RecordFacts facts) => timeline switch
    {
        TimelineSet.OutcomesName or TimelineSet.RightToReviewName => [.. facts.Record.Outcomes.Select(o => o.AssignedAt)],
        TimelineSet.CountingRulesName => [.. facts.History.Select(h => h.EffectiveAt)],
        _ => [facts.Record.Incident.ReportReceivedAt],
    };

    /// <summary>The ids of the entries in force at the instants, distinct, in timeline order.</summary>
    private static List<string> EntriesAt(string timeline, IReadOnlyList<DateTimeOffset> instants, RecordFacts facts)
    {
        var set = facts.Timelines;
        IEnumerable<ITimelineEntry?> entries = timeline switch
        {
            // CountingRulesAt applies a pinned rulesEdition (and throws for an unknown one, as the rule does).
            TimelineSet.CountingRulesName => instants.Select(t => facts.CountingRulesAt(t)),
            TimelineSet.OutcomesName => instants.Select(t => set.Outcomes.At(t)),
            TimelineSet.VictimsCodeName => instants.Select(t => set.VictimsCode.At(t)),
            TimelineSet.RightToReviewName => instants.Select(t => set.RightToReview.At(t)),
            _ => [],
        };

        return [.. entries.OfType<ITimelineEntry>().Distinct().OrderBy(e => e.From).Select(e => e.Id)];
    }
}
