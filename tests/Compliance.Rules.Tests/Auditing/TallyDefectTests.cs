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
}
