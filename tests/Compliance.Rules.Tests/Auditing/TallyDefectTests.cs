using Compliance.Rules.Auditing;
using Compliance.Rules.Auditing.Tallies;
using Compliance.Rules.Engine;
using Compliance.Rules.Records;
using static Compliance.Rules.Tests.Packs.TestPacks;

namespace Compliance.Rules.Tests.Auditing;

/// <summary>A record the unit tallies cannot count is listed, adds nothing to its unit, and the records after it are counted.</summary>
public sealed class TallyDefectTests
{
    private static readonly DateTimeOffset AsOf = new(2010, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_record_that_breaks_the_tally_is_listed_and_the_rest_are_counted()
    {
        var pack = Load(Pack(Rule("R-001", "Record.Victims.Count == 0", severity: "Low")));
        var engine = ComplianceEngine.Create(pack);
        // Made in code, a record can hold what the reader refuses: a null statement.
        var broken = Record("CR-2") with { Statements = [null!] };
        var records = new[] { Record("CR-1"), broken, Record("CR-3") };
        var accumulator = new AuditAccumulator(pack, AsOf);

        foreach (var (record, evaluation) in records.Zip(engine.EvaluateMany(records, AsOf)))
        {
            accumulator.Add(record, evaluation);
        }

        var defect = Assert.Single(accumulator.Defects);
        Assert.Equal(("CR-2", "UNIT-A", "NullReferenceException while counting the record for the unit audits"), (defect.CrimeRecordId, defect.UnitId, defect.Message));
        var unit = Assert.Single(accumulator.Units);
        Assert.Equal((2L, 2L), (unit.Records, unit.RapeRecords));
        Assert.Equal(2L, unit.FindingsByRule["R-001"]);
    }
    [Theory]
    [InlineData((Severity)4, "R-X")]
    [InlineData((Severity)(-1), "R-X")]
    [InlineData(Severity.High, null)]
    public void A_finding_the_tally_cannot_count_makes_its_record_a_defect(Severity severity, string? ruleId)
    {
        // Another engine behind the audit could hand over such a finding; the audit counts the
        // record as nothing and lists it, and goes on.
        var pack = Load(Pack(Rule("R-001", "Record.Victims.Count == 0", severity: "Low")));
        var accumulator = new AuditAccumulator(pack, AsOf);
        var odd = new Finding(ruleId!, severity, "m", "c", new Dictionary<string, object?>());
        var good = new Finding("R-001", Severity.Low, "m", "c", new Dictionary<string, object?>());

        accumulator.Add(Record("CR-1"), new RecordEvaluation("CR-1", "UNIT-A", [good], []));
        accumulator.Add(Record("CR-2"), new RecordEvaluation("CR-2", "UNIT-A", [good, odd], []));
        accumulator.Add(Record("CR-3"), new RecordEvaluation("CR-3", "UNIT-A", [], []));

        var defect = Assert.Single(accumulator.Defects);
        Assert.Equal("CR-2", defect.CrimeRecordId);
        var unit = Assert.Single(accumulator.Units);
        Assert.Equal(2L, unit.Records);
        Assert.Equal(1L, unit.FindingsByRule["R-001"]);
        Assert.Equal([1L, 0L, 0L, 0L], unit.FindingsBySeverity);
    }
}
