using Compliance.Rules.Auditing;
using Compliance.Rules.Auditing.Tallies;
using Compliance.Rules.Records;

namespace Compliance.Rules.Tests.BuiltInRules;

/// <summary>The built-in pack's unit rules work with the built-in audit logic: their messages name the figures it reports.</summary>
public sealed class AuditRulesTests
{
    private static readonly DateTimeOffset AsOf = new(2010, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static CrimeRecord Example =>
        RecordJson.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "example-record.json")));

    [Fact]
    public void A_Sapphire_like_unit_gets_every_unit_finding_with_its_figures_and_a_clean_unit_none()
    {
        // Unit S: 20 cancelled rapes like the example and 20 charged rapes; unit C: 20 clean rapes.
        var sapphire = Enumerable.Range(0, 20).Select(i => Example with { CrimeRecordId = $"S-{i}" })
            .Concat(Enumerable.Range(0, 20).Select(i => TestRecords.Clean with
            {
                CrimeRecordId = $"SC-{i}",
                OwningUnit = Example.OwningUnit,
                Outcomes = [TestRecords.Outcome(1)],
            }));
        var clean = Enumerable.Range(0, 20).Select(i => TestRecords.Clean with { CrimeRecordId = $"C-{i}", OwningUnit = new OwningUnit { UnitId = "CLEAN" } });
        var records = sapphire.Concat(clean).ToList();
        var accumulator = new AuditAccumulator(BuiltIn.Engine.Pack, AsOf);
        foreach (var record in records)
        {
            accumulator.Add(record, BuiltIn.Engine.Evaluate(record, AsOf));
        }

        var results = UnitAuditor.Run(accumulator, BuiltIn.Engine.Pack).ToDictionary(r => r.UnitId);

        var findings = results[Example.OwningUnit!.UnitId].Findings;
        Assert.Equal(["AUDIT-001", "AUDIT-002", "AUDIT-003", "AUDIT-004", "AUDIT-005", "AUDIT-006"], findings.Select(f => f.RuleId));
        Assert.All(findings, f => Assert.DoesNotContain('{', f.Message));
        Assert.Contains("20 of 40 sexual-offence records", findings[4].Message, StringComparison.Ordinal);
        // The 20 cancelled copies of the example rest on a retraction (CANCEL-003): 20 of 40 reports
        // lost, against 0 of the clean unit's 20.
        Assert.StartsWith("20 of 40 rape reports ended outside the count (0.5) against a baseline of 0 from allOtherUnits", findings[5].Message, StringComparison.Ordinal);
        Assert.Empty(results["CLEAN"].Findings);
    }
}
