using Compliance.Rules.Auditing;
using Compliance.Rules.Auditing.Tallies;
using Compliance.Rules.Engine;
using Compliance.Rules.Packs;
using Compliance.Synthetic;

namespace Compliance.Rules.Tests.Auditing;

/// <summary>
/// Unit tallies of disjoint parts of an input merge exactly: on the generator's Sapphire force
/// (seed 1, 4 000 records, the built-in pack), two halves counted apart and merged give the unit
/// figures, findings and not-assessed reasons of the whole, to the character.
/// </summary>
public sealed class TallyMergeTests
{
    private static readonly DateTimeOffset AsOf = new(2010, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Two_halves_audited_apart_and_merged_give_the_figures_of_the_whole()
    {
        var pack = RulePack.LoadBuiltIn();
        var engine = ComplianceEngine.Create(pack);
        var records = SyntheticRecords.Generate(new GeneratorOptions { Records = 4_000, Seed = 1, Scenario = GeneratorScenario.Sapphire }).ToArray();
        var whole = new AuditAccumulator(pack, AsOf);
        var first = new AuditAccumulator(pack, AsOf);
        var second = new AuditAccumulator(pack, AsOf);
        var i = 0;
        foreach (var evaluation in engine.EvaluateMany(records, AsOf))
        {
            whole.Add(records[i], evaluation);
            (i < 1_733 ? first : second).Add(records[i], evaluation);
            i++;
        }

        first.Merge(second);

        Assert.Equal(UnitAuditorTests.Describe(UnitAuditor.Run(whole, pack)), UnitAuditorTests.Describe(UnitAuditor.Run(first, pack)));
        Assert.Contains(UnitAuditor.Run(whole, pack), u => u.Findings.Count > 0);
    }
}
