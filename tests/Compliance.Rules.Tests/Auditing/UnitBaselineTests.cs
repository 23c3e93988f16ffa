using Compliance.Rules.Auditing;
using Compliance.Rules.Auditing.Tallies;
using Compliance.Rules.Packs;

namespace Compliance.Rules.Tests.Auditing;

/// <summary>
/// The shared baseline of the rate audits: a unit is compared with the other units of its type when
/// at least two of them hold at least ten rape records, else with every other unit.
/// </summary>
public sealed class UnitBaselineTests
{
    private static readonly RulePack Pack = RulePack.LoadBuiltIn();

    private static UnitTally Unit(string id, string? type, int rapeRecords, int lost, int typedRecords = 1)
    {
        var tally = new UnitTally(id) { RapeRecords = rapeRecords, RapeReports = rapeRecords, RapeReportsEndedOutsideCount = lost };
        if (type is not null)
        {
            tally.CountUnitType(type, typedRecords);
        }

        return tally;
    }

    private static IReadOnlyDictionary<string, object?> Audit006Evidence(params UnitTally[] units) =>
        UnitAuditor.Run(units, Pack).Single(r => r.UnitId == "S").Findings.Single(f => f.RuleId == "AUDIT-006").Evidence;

    // S loses 10 of 20. Peers of type SAPPHIRE: A 0 of 5, B 1 of 5 → 1/10 = 0.1 (10 rape records: enough).
    // The response unit R (5 of 100) is not a peer. 0.5 > 2 × 0.1 and P(X ≥ 10 | 20, 0.1) ≈ 7e-6 → fires.
    [Fact]
    public void Two_units_of_the_same_type_with_ten_rape_records_are_the_peers()
    {
        var evidence = Audit006Evidence(Unit("S", "SAPPHIRE", 20, 10), Unit("A", "SAPPHIRE", 5, 0), Unit("B", "SAPPHIRE", 5, 1), Unit("R", "RESPONSE", 100, 5));

        Assert.Equal("unitType:SAPPHIRE", evidence["baselineSource"]);
        Assert.Equal(0.1, evidence["baseline"]);
        Assert.Equal((1L, 10L), ((long)evidence["baselineEvents"]!, (long)evidence["baselineTotal"]!));
    }

    // B holds 4 rape records: the type's peers hold 9 (< 10) → every other unit: (0 + 1 + 5) / (5 + 4 + 100) = 6/109 = 0.055.
    [Fact]
    public void Peers_of_the_type_with_fewer_than_ten_rape_records_give_way_to_all_other_units()
    {
        var evidence = Audit006Evidence(Unit("S", "SAPPHIRE", 20, 10), Unit("A", "SAPPHIRE", 5, 0), Unit("B", "SAPPHIRE", 4, 1), Unit("R", "RESPONSE", 100, 5));

        Assert.Equal("allOtherUnits", evidence["baselineSource"]);
        Assert.Equal((6L, 109L), ((long)evidence["baselineEvents"]!, (long)evidence["baselineTotal"]!));
        Assert.Equal(0.055, evidence["baseline"]);
    }

    // One other unit of the type (A, 20 rape records) is not enough: every other unit, (0 + 5) / (20 + 100) = 5/120.
    [Fact]
    public void One_unit_of_the_same_type_is_not_a_peer_group()
    {
        var evidence = Audit006Evidence(Unit("S", "SAPPHIRE", 20, 10), Unit("A", "SAPPHIRE", 20, 0), Unit("R", "RESPONSE", 100, 5));

        Assert.Equal("allOtherUnits", evidence["baselineSource"]);
        Assert.Equal((5L, 120L), ((long)evidence["baselineEvents"]!, (long)evidence["baselineTotal"]!));
    }

    // A unit's type is its most frequent unitType; a tie goes to the ordinal first ("ALPHA" before "BETA").
    [Fact]
    public void The_unit_type_is_the_most_frequent_and_ties_go_to_the_ordinal_first()
    {
        var tied = Unit("S", "BETA", 1, 0, typedRecords: 3);
        tied.CountUnitType("ALPHA", 3);
        var clear = Unit("T", "BETA", 1, 0, typedRecords: 4);
        clear.CountUnitType("ALPHA", 3);

        Assert.Equal("ALPHA", tied.UnitType);
        Assert.Equal("BETA", clear.UnitType);
        Assert.Null(new UnitTally("X").UnitType);
    }

    // A benchmark wins over peers: 10 of 20 against 0.3 is not more than 0.6 → no finding, though the
    // type's peers (0.1) would make it fire.
    [Fact]
    public void A_policy_benchmark_replaces_the_peers()
    {
        var policy = RulePolicy.Load(new MemoryStream("""{ "kind": "policy", "extends": "compliance-builtin", "parameters": { "rapeAttritionBenchmark": 0.3 } }"""u8.ToArray()), "p.json");
        var results = UnitAuditor.Run([Unit("S", "SAPPHIRE", 20, 10), Unit("A", "SAPPHIRE", 5, 0), Unit("B", "SAPPHIRE", 5, 1)], Pack.WithPolicy(policy));

        Assert.DoesNotContain(results.Single(r => r.UnitId == "S").Findings, f => f.RuleId == "AUDIT-006");
    }
}
