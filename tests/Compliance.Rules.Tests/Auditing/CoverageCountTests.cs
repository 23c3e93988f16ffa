using Compliance.Rules.Auditing;
using Compliance.Rules.Auditing.Monitoring;
using Compliance.Rules.Engine;
using Compliance.Rules.Reading;
using Compliance.Synthetic;

namespace Compliance.Rules.Tests.Auditing;

/// <summary>
/// The audit's per-rule coverage counts reuse the previous record's counters while the rules come
/// in the same order under the same ids; whatever the lists look like, every status lands on its own
/// rule. Expected counts are worked out by hand from the statuses given.
/// </summary>
public sealed class CoverageCountTests
{
    private static readonly ParsedRecord Input = new(
        SyntheticRecords.Generate(new GeneratorOptions { Records = 1, Seed = 3, Scenario = GeneratorScenario.Sapphire }).First(), "force.jsonl", 1);

    [Fact]
    public void Statuses_count_per_rule_when_the_lists_change_order_length_and_strings()
    {
        var totals = new AuditTotals();
        var (a, b, c) = ("RULE-A", "RULE-B", "RULE-C");

        // Same list twice (the counters of the first are reused), then B first, then a longer list, then
        // equal ids in new string objects (not the same references: looked up by value).
        totals.Count(Audited((a, RuleStatus.Passed), (b, RuleStatus.Fired)));
        totals.Count(Audited((a, RuleStatus.Fired), (b, RuleStatus.NotInForce)));
        totals.Count(Audited((b, RuleStatus.Passed), (a, RuleStatus.Error)));
        totals.Count(Audited((a, RuleStatus.Passed), (b, RuleStatus.Passed), (c, RuleStatus.NotApplicable)));
        totals.Count(Audited((new string(a.AsSpan()), RuleStatus.NotInForce), (new string(b.AsSpan()), RuleStatus.Fired), (new string(c.AsSpan()), RuleStatus.Passed)));

        // A: passed, fired, error, passed, not in force.
        Assert.Equal((3L, 1L, 1L, 1L), Counts(totals.Coverage[a]));
        // B: fired, not in force, passed, passed, fired.
        Assert.Equal((4L, 1L, 2L, 0L), Counts(totals.Coverage[b]));
        // C: not applicable (counted nowhere), passed.
        Assert.Equal((1L, 0L, 0L, 0L), Counts(totals.Coverage[c]));
        Assert.Equal(3, totals.Coverage.Count);
    }

    [Fact]
    public void The_engines_lists_count_per_rule_between_lists_of_other_kinds_and_orders()
    {
        // The engine's lists share one id array: counted straight from their status bytes while that array
        // is the one the counters were made for, and looked up again as soon as another list came between.
        var totals = new AuditTotals();
        var (a, b) = ("RULE-A", "RULE-B");
        string[] engineIds = [a, b];
        string[] anotherEngine = [a, b];

        totals.Count(Audited(Engine(engineIds, RuleStatus.Passed, RuleStatus.Fired)));
        totals.Count(Audited(Engine(engineIds, RuleStatus.Fired, RuleStatus.NotInForce)));
        totals.Count(Audited([new RuleState(b, RuleStatus.Error), new RuleState(a, RuleStatus.NotInForce)]));
        totals.Count(Audited(Engine(engineIds, RuleStatus.Error, RuleStatus.Passed)));
        totals.Count(Audited(Engine(anotherEngine, RuleStatus.Passed, RuleStatus.Error)));
        totals.Count(Audited(Engine(anotherEngine, RuleStatus.NotApplicable, RuleStatus.Fired)));

        // A: passed, fired, not in force, error, passed, not applicable (counted nowhere).
        Assert.Equal((3L, 1L, 1L, 1L), Counts(totals.Coverage[a]));
        // B: fired, not in force, error, passed, error, fired.
        Assert.Equal((3L, 1L, 2L, 2L), Counts(totals.Coverage[b]));
        Assert.Equal(2, totals.Coverage.Count);
    }

    [Fact]
    public void A_metric_id_gives_its_place_in_the_report_order_and_an_unknown_one_minus_one()
    {
        Assert.Equal(0, MonitorMetrics.IndexOf("rape-attrition"));
        Assert.Equal(1, MonitorMetrics.IndexOf("rape-cancellation"));
        Assert.Equal(2, MonitorMetrics.IndexOf("retraction-grounds"));
        Assert.Equal(3, MonitorMetrics.IndexOf("police-initiated-retraction"));
        Assert.Equal(4, MonitorMetrics.IndexOf("specialist-first"));
        Assert.Equal(5, MonitorMetrics.IndexOf("unanswered-incident"));
        Assert.Equal(-1, MonitorMetrics.IndexOf("Rape-attrition"));
        Assert.Equal(-1, MonitorMetrics.IndexOf(string.Empty));
    }

    private static (long Applicable, long NotInForce, long Fired, long Errors) Counts(RuleCoverage coverage) =>
        (coverage.Applicable, coverage.NotInForce, coverage.Fired, coverage.Errors);

    private static AuditedRecord Audited(params (string Rule, RuleStatus Status)[] states) =>
        Audited([.. states.Select(s => new RuleState(s.Rule, s.Status))]);

    private static AuditedRecord Audited(IReadOnlyList<RuleState> rules) =>
        new(Input, new RecordEvaluation(Input.Record.CrimeRecordId, null, [], [])
        {
            Rules = rules,
        });

    private static RuleStateList Engine(string[] ids, params RuleStatus[] statuses) => new(ids, [.. statuses.Select(s => (byte)s)]);
}
