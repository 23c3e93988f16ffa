using Compliance.Rules.Engine;
using Compliance.Synthetic;

namespace Compliance.Rules.Tests.Engine;

public sealed class RuleStateListTests
{
    [Fact]
    public void Indexing_and_enumerating_give_each_rule_its_status()
    {
        var states = new RuleStateList(["A-1", "B-2", "C-3"], [(byte)RuleStatus.Fired, (byte)RuleStatus.NotInForce, (byte)RuleStatus.Passed]);

        Assert.Equal(3, states.Count);
        Assert.Equal(new RuleState("B-2", RuleStatus.NotInForce), states[1]);
        Assert.Equal(
            [new RuleState("A-1", RuleStatus.Fired), new RuleState("B-2", RuleStatus.NotInForce), new RuleState("C-3", RuleStatus.Passed)],
            states.ToArray());
        Assert.Throws<IndexOutOfRangeException>(() => states[3]);
    }

    [Fact]
    public void A_status_per_rule_is_required() =>
        Assert.Throws<ArgumentException>(() => new RuleStateList(["A-1", "B-2"], [0]));

    [Fact]
    public void Every_record_lists_the_enabled_rules_in_pack_order_under_the_same_id_strings()
    {
        // The audit's coverage count relies on it: it reuses the previous record's counters while the
        // id strings are the same objects.
        var engine = ComplianceEngine.CreateBuiltIn();
        var records = SyntheticRecords.Generate(new GeneratorOptions { Records = 40, Seed = 11, Scenario = GeneratorScenario.Sapphire }).ToArray();
        var evaluations = engine.EvaluateMany(records, new DateTimeOffset(2010, 1, 1, 0, 0, 0, TimeSpan.Zero), 16).ToArray();
        var expected = engine.Pack.Rules.Where(r => r.Scope == Compliance.Rules.Packs.RuleScope.Record && r.Enabled).Select(r => r.Id).ToArray();

        var first = evaluations[0].Rules;
        Assert.Equal(expected, first.Select(s => s.RuleId).ToArray());
        foreach (var evaluation in evaluations)
        {
            Assert.Equal(first.Count, evaluation.Rules.Count);
            for (var i = 0; i < first.Count; i++)
            {
                Assert.Same(first[i].RuleId, evaluation.Rules[i].RuleId);
            }
        }
    }
}
