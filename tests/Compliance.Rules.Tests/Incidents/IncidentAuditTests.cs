using System.Text;
using Compliance.Rules.Auditing;
using Compliance.Rules.Engine;
using Compliance.Rules.Incidents;
using Compliance.Rules.Incidents.Evaluation;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;
using Compliance.Rules.Tests.BuiltInRules;
using static Compliance.Rules.Tests.Incidents.TestIncidents;

namespace Compliance.Rules.Tests.Incidents;

/// <summary>The incident side of an audit, from reader results to the summary.</summary>
public sealed class IncidentAuditTests
{
    [Fact]
    public void Every_incident_read_is_evaluated_or_rejected_and_counted()
    {
        // 25 unit-A incidents: the first 10 linked to the rape record, the rest unlinked (unanswered);
        // 20 unit-B incidents, all linked; and one line that is not an incident.
        var lines = Enumerable.Range(0, 25).Select(i => Clean with { IncidentId = $"A-{i}", OwningUnit = new IncidentUnit { UnitId = "U-A" }, LinkedCrimeRecordIds = i < 10 ? ["CR-TEST-1"] : [] })
            .Concat(Enumerable.Range(0, 20).Select(i => Clean with { IncidentId = $"B-{i}", OwningUnit = new IncidentUnit { UnitId = "U-B" } }))
            .Select(IncidentJson.Serialize)
            .Append("{\"schemaVersion\":\"incident-1.0\",\"incidentId\":\"X\"}");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines)));
        var engine = Rules.Tests.BuiltInRules.BuiltIn.Engine;
        using var audit = new IncidentAudit(engine, TestRecords.AsOf, memoryBudget: 4);
        audit.AddRecord(TestRecords.Clean, engine.Evaluate(TestRecords.Clean, TestRecords.AsOf));
        var order = new List<string>();
        var rejected = new List<Rejection>();

        var summary = audit.Run(new IncidentReader().Read(stream, "i.jsonl", RecordInputFormat.JsonLines), (incident, _) => order.Add(incident.Incident.IncidentId), rejected.Add);

        Assert.Equal(46, summary.IncidentsRead);
        Assert.Equal(45, summary.IncidentsEvaluated);
        Assert.Equal(1, summary.IncidentsRejected);
        Assert.Equal(46, Assert.Single(rejected).Line);
        Assert.Equal(["A-0", "A-1"], order.Take(2));
        Assert.Equal("B-19", order[^1]);

        // 15 unanswered rape disclosures of unit A: INCIDENT-001 and INCIDENT-002 (Critical) on each.
        Assert.Equal(15, summary.FindingsBySeverity[Severity.Critical]);
        Assert.Equal(15, summary.FindingsBySeverity[Severity.Medium]);
        Assert.Equal(15, summary.Rules[IncidentRules.SexualDisclosure][RuleStatus.Fired]);
        Assert.Equal(30, summary.Rules[IncidentRules.SexualDisclosure][RuleStatus.Passed]);
        Assert.Equal(45, summary.Rules[IncidentRules.LaterDisclosure][RuleStatus.NotApplicable]);

        // AUDIT-007: 15 of 25 against unit B's 0 of 20 (p = 0 under a zero baseline).
        var unitA = Assert.Single(summary.Units, u => u.UnitId == "U-A");
        Assert.Equal(15L, Assert.Single(unitA.Findings).Evidence["unanswered"]);
        Assert.Empty(Assert.Single(summary.Units, u => u.UnitId == "U-B").Findings);
        Assert.Equal(30, summary.OneSidedLinks); // 10 of unit A and 20 of unit B list the record; it names none of them.
        Assert.Equal(0, summary.UnresolvedIncidentLinks);
    }
}
