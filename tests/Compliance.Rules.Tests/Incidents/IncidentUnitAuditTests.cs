using Compliance.Rules.Auditing;
using Compliance.Rules.Auditing.Tallies;
using Compliance.Rules.Incidents.Evaluation;
using Compliance.Rules.Packs;
using Compliance.Rules.Records;

namespace Compliance.Rules.Tests.Incidents;

/// <summary>
/// AUDIT-007 at its thresholds. Three response units of 20 closed crime-indicative incidents; the
/// two peers leave 2 each unanswered, so the baseline is 4/40 = 0.1 and a unit fires above 0.2 with
/// P(X ≥ k | n = 20, p = 0.1) below 0.01: k = 6 gives 0.0113 (no), k = 7 gives 0.0024 (fires).
/// </summary>
public sealed class IncidentUnitAuditTests
{
    private static readonly RulePack Pack = RulePack.LoadBuiltIn();

    [Fact]
    public void Seven_of_twenty_against_a_baseline_of_one_in_ten_fires_and_six_does_not()
    {
        var fired = Assert.Single(Result(Audit(unanswered: 7), "U-A").Findings);
        Assert.Equal("AUDIT-007", fired.RuleId);
        Assert.Equal(Severity.High, fired.Severity);
        Assert.Equal(20L, fired.Evidence["incidents"]);
        Assert.Equal(7L, fired.Evidence["unanswered"]);
        Assert.Equal(0.1, fired.Evidence["baseline"]);
        Assert.Equal("unitType:RESPONSE", fired.Evidence["baselineSource"]);
        Assert.Equal(0.002386, fired.Evidence["pValue"]);

        var six = Result(Audit(unanswered: 6), "U-A");
        Assert.Empty(six.Findings);
        Assert.Empty(six.NotAssessed);
        Assert.Equal(0.3, six.Metrics["unansweredIncidentRate"]);
    }

    [Fact]
    public void Nineteen_closed_crime_indicative_incidents_are_too_few()
    {
        var result = Result(Audit(unanswered: 19, size: 19), "U-A");

        Assert.Empty(result.Findings);
        Assert.Equal("19 closed crime-indicative incidents; at least 20 are needed", Assert.Single(result.NotAssessed).Reason);
    }

    [Fact]
    public void Open_and_not_crime_indicative_incidents_are_not_counted()
    {
        var audit = Audit(unanswered: 7);
        for (var i = 0; i < 30; i++)
        {
            audit.Add(Incident("U-A", "RESPONSE", closed: false, unanswered: true));
            audit.Add(Incident("U-A", "RESPONSE", closed: true, unanswered: false) with { IsCrimeIndicative = false });
        }

        var result = Result(audit, "U-A");
        Assert.Equal(80L, result.Metrics["incidents"]);
        Assert.Equal(20L, result.Metrics["closedCrimeIndicativeIncidents"]);
        Assert.Equal("AUDIT-007", Assert.Single(result.Findings).RuleId);
    }

    [Fact]
    public void Without_two_peers_of_its_type_a_unit_is_compared_with_all_other_units_and_a_benchmark_wins()
    {
        var audit = new IncidentUnitAudit();
        Add(audit, "U-A", "SAPPHIRE", 20, 7);
        Add(audit, "U-B", "RESPONSE", 20, 2);
        Add(audit, "U-C", "RESPONSE", 20, 2);

        Assert.Equal("allOtherUnits", Assert.Single(Result(audit, "U-A").Findings).Evidence["baselineSource"]);

        var benchmark = Pack.WithPolicy(RulePolicy.Load(new MemoryStream("""{ "kind": "policy", "extends": "compliance-builtin", "parameters": { "incidentBenchmark": 0.3 } }"""u8.ToArray()), "p.json"));
        Assert.Empty(Assert.Single(audit.Run(benchmark), r => r.UnitId == "U-A").Findings);
    }

    [Fact]
    public void A_crime_record_audit_says_AUDIT_007_was_not_assessed_without_incidents()
    {
        var tally = new UnitTally("U-A") { Records = 30 };
        var result = Assert.Single(UnitAuditor.Run([tally], Pack));

        Assert.Equal("no incidents input", Assert.Single(result.NotAssessed, n => n.RuleId == "AUDIT-007").Reason);
    }

    private static IncidentUnitAudit Audit(int unanswered, int size = 20)
    {
        var audit = new IncidentUnitAudit();
        Add(audit, "U-A", "RESPONSE", size, unanswered);
        Add(audit, "U-B", "RESPONSE", 20, 2);
        Add(audit, "U-C", "RESPONSE", 20, 2);
        return audit;
    }

    private static void Add(IncidentUnitAudit audit, string unit, string type, int closed, int unanswered)
    {
        for (var i = 0; i < closed; i++)
        {
            audit.Add(Incident(unit, type, closed: true, unanswered: i < unanswered));
        }
    }

    private static IncidentEvaluation Incident(string unit, string type, bool closed, bool unanswered) =>
        new("INC", unit, [], []) { UnitType = type, IsClosed = closed, IsCrimeIndicative = true, IsUnanswered = unanswered };

    private static UnitAuditResult Result(IncidentUnitAudit audit, string unit) => Assert.Single(audit.Run(Pack), r => r.UnitId == unit);
}
