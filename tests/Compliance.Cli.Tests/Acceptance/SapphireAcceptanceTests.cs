using Compliance.Rules.Auditing;
using Compliance.Rules.Auditing.Tallies;
using Compliance.Rules.Engine;
using Compliance.Rules.Packs;
using Compliance.Synthetic;

namespace Compliance.Cli.Tests.Acceptance;

/// <summary>
/// The issue's acceptance test: on the generator's Sapphire force (seed 1, 20 000 records) audited
/// with the built-in pack, SW-SAPPHIRE fires AUDIT-002, 003, 004 and 005 and no other unit fires any
/// of them.
/// </summary>
public sealed class SapphireAcceptanceTests
{
    private static readonly DateTimeOffset AsOf = new(2010, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] SapphireAudits = ["AUDIT-002", "AUDIT-003", "AUDIT-004", "AUDIT-005"];
    private static readonly Lazy<AuditSummary> Result = new(Audit);

    [Fact]
    public void The_Sapphire_unit_fires_the_four_unit_audits()
    {
        var sapphire = Result.Value.Units.Single(u => u.UnitId == SyntheticRecords.SapphireUnitId);

        Assert.Equal(SapphireAudits, sapphire.Findings.Select(f => f.RuleId).Where(SapphireAudits.Contains));
    }

    [Fact]
    public void No_baseline_unit_fires_any_of_them()
    {
        var others = Result.Value.Units.Where(u => u.UnitId != SyntheticRecords.SapphireUnitId).ToArray();

        Assert.True(others.Length >= 9, $"expected the baseline force's units, found {others.Length}");
        Assert.All(others, unit => Assert.DoesNotContain(unit.Findings, f => SapphireAudits.Contains(f.RuleId)));
    }

    [Fact]
    public void Every_generated_record_is_evaluated()
    {
        Assert.Equal(20_000, Result.Value.Totals.RecordsEvaluated);
        Assert.Equal(0, Result.Value.Totals.RecordsRejected);
    }

    [Fact]
    public void Two_halves_audited_apart_and_merged_give_the_figures_of_the_whole()
    {
        var pack = RulePack.LoadBuiltIn();
        var engine = ComplianceEngine.Create(pack);
        var records = Generate(4_000).ToArray();
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

        Assert.Equal(Describe(UnitAuditor.Run(whole, pack)), Describe(UnitAuditor.Run(first, pack)));
    }

    private static AuditSummary Audit() =>
        ComplianceAudit.Run(ComplianceEngine.Create(RulePack.LoadBuiltIn()), AsOf, Generate(20_000), "sapphire");

    private static IEnumerable<Rules.Records.CrimeRecord> Generate(int records) =>
        SyntheticRecords.Generate(new GeneratorOptions { Records = records, Seed = 1, Scenario = GeneratorScenario.Sapphire });

    private static string Describe(IEnumerable<UnitAuditResult> results) => string.Join("\n", results.Select(r =>
        $"{r.UnitId}: {string.Join(",", r.Metrics.Select(m => $"{m.Key}={m.Value}"))} | {string.Join(",", r.Findings.Select(f => f.Message))} | {string.Join(",", r.NotAssessed.Select(n => n.Reason))}"));
}
