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

/// <summary>
/// The one audit entry point with incident logs: the records first, then the incidents, joined,
/// told to the observer in input order, counted in the summary's findings, with AUDIT-007 beside the
/// record audits of each unit.
/// </summary>
public sealed class ComplianceAuditIncidentTests
{
    private static IComplianceEngine Engine => Rules.Tests.BuiltInRules.BuiltIn.Engine;

    /// <summary>
    /// 25 incidents of U-A (the first 10 list the rape record, the other 15 nothing: unanswered rape
    /// disclosures), 20 of U-B (all list it), then a line that is not an incident (line 46).
    /// </summary>
    private static IEnumerable<ReadResult> Incidents()
    {
        var lines = Enumerable.Range(0, 25).Select(i => Clean with { IncidentId = $"A-{i}", OwningUnit = new IncidentUnit { UnitId = "U-A" }, LinkedCrimeRecordIds = i < 10 ? ["CR-TEST-1"] : [] })
            .Concat(Enumerable.Range(0, 20).Select(i => Clean with { IncidentId = $"B-{i}", OwningUnit = new IncidentUnit { UnitId = "U-B" } }))
            .Select(IncidentJson.Serialize)
            .Append("{\"schemaVersion\":\"incident-1.0\",\"incidentId\":\"X\"}");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines)));
        return new IncidentReader().Read(stream, "i.jsonl", RecordInputFormat.JsonLines).ToArray();
    }

    private static IEnumerable<ReadResult> Records() => [new ParsedRecord(TestRecords.Clean, "r.jsonl", 1)];

    [Fact]
    public void The_observer_hears_the_records_then_every_incident_in_input_order()
    {
        var observer = new Recording();

        var summary = ComplianceAudit.Run(Engine, TestRecords.AsOf, Records(), Incidents(), observer);

        // Rejections are told as the incident input is read, before the first incident is judged (every
        // incident needs the whole input read before the join can start).
        Assert.Equal(["record CR-TEST-1", "incident rejected 46", .. Enumerable.Range(0, 25).Select(i => $"incident A-{i}"), .. Enumerable.Range(0, 20).Select(i => $"incident B-{i}")], observer.Events);
        Assert.Equal(46, summary.Incidents!.IncidentsRead);
        Assert.Equal(45, summary.Incidents.IncidentsEvaluated);
        Assert.Equal(1, summary.Incidents.IncidentsRejected);
        Assert.Equal(15, summary.Incidents.IncidentsWithFindings);
        Assert.Equal(1, summary.Totals.RecordsRead);
    }

    [Fact]
    public void Incident_and_audit_007_findings_count_in_the_summary()
    {
        var summary = ComplianceAudit.Run(Engine, TestRecords.AsOf, Records(), Incidents());

        // 15 unanswered rape disclosures: INCIDENT-001 (Medium) and INCIDENT-002 (Critical) each; the
        // record itself has none. AUDIT-007 (High) on U-A: 15 of 25 against U-B's 0 of 20.
        Assert.Empty(Assert.Single(summary.Units, u => u.UnitId == TestRecords.OwningUnitId).Findings);
        Assert.Equal(0, summary.Totals.RecordFindings(Severity.Critical) + summary.Totals.RecordFindings(Severity.High) + summary.Totals.RecordFindings(Severity.Medium));
        Assert.Equal(15, summary.Findings(Severity.Critical));
        Assert.Equal(1, summary.Findings(Severity.High));
        Assert.Equal(15, summary.Findings(Severity.Medium));
        Assert.Equal(15, summary.IncidentFindings(Severity.Critical));
        Assert.Equal(0, summary.IncidentFindings(Severity.High));
        Assert.Equal(Severity.Critical, summary.HighestSeverity);
        Assert.Equal(15, summary.FindingsByRule[IncidentRules.SexualDisclosure]);
        Assert.Equal(15, summary.FindingsByRule[IncidentRules.Unanswered]);
        Assert.Equal(1, summary.FindingsByRule["AUDIT-007"]);
        Assert.Equal(1, summary.UnitFindings);
    }

    [Fact]
    public void Audit_007_stands_beside_the_record_audits_of_each_unit()
    {
        var summary = ComplianceAudit.Run(Engine, TestRecords.AsOf, Records(), Incidents());

        Assert.Equal(["U-A", "U-B", TestRecords.OwningUnitId], summary.Units.Select(u => u.UnitId));
        var recordUnit = Assert.Single(summary.Units, u => u.UnitId == TestRecords.OwningUnitId);
        Assert.Equal("no incidents of this unit in the incidents input", Assert.Single(recordUnit.NotAssessed, n => n.RuleId == "AUDIT-007").Reason);
        Assert.Equal(1L, recordUnit.Metrics["records"]);
        var unitA = Assert.Single(summary.Units, u => u.UnitId == "U-A");
        Assert.Equal("AUDIT-007", Assert.Single(unitA.Findings).RuleId);
        Assert.DoesNotContain(unitA.NotAssessed, n => n.RuleId == "AUDIT-007");
        Assert.Equal(25L, unitA.Metrics["closedCrimeIndicativeIncidents"]);
        Assert.False(unitA.Metrics.ContainsKey("records"));
    }

    [Fact]
    public void Without_incidents_audit_007_is_not_assessed_and_there_is_no_incident_summary()
    {
        var summary = ComplianceAudit.Run(Engine, TestRecords.AsOf, Records());

        Assert.Null(summary.Incidents);
        Assert.Equal(IncidentUnitAudit.NoIncidentsInput, Assert.Single(Assert.Single(summary.Units).NotAssessed, n => n.RuleId == "AUDIT-007").Reason);
        Assert.Equal(0, summary.IncidentFindings(Severity.Critical));
    }

    [Fact]
    public void Incidents_need_an_audit_started_for_them_and_come_once_after_every_record()
    {
        using (var plain = new ComplianceAudit(Engine, TestRecords.AsOf))
        {
            plain.Add([.. Records()]);
            Assert.Throws<InvalidOperationException>(() => plain.AddIncidents(Incidents()));
        }

        using var audit = new ComplianceAudit(Engine, TestRecords.AsOf) { IncludesIncidents = true };
        audit.Add([.. Records()]);
        audit.AddIncidents(Incidents());
        Assert.Throws<InvalidOperationException>(() => audit.AddIncidents(Incidents()));
        Assert.Throws<InvalidOperationException>(() => audit.Add([.. Records()]));
        Assert.Equal(45, audit.Complete().Incidents!.IncidentsEvaluated);
        Assert.Throws<InvalidOperationException>(() => audit.AddIncidents(Incidents()));
    }

    [Fact]
    public void An_audit_with_no_incident_read_says_so_for_every_incident_rule()
    {
        using var audit = new ComplianceAudit(Engine, TestRecords.AsOf) { IncludesIncidents = true };
        audit.Add([.. Records()]);
        audit.AddIncidents([]);
        var summary = audit.Complete();

        Assert.Equal(0, summary.Incidents!.IncidentsRead);
        Assert.Empty(summary.Incidents.Rules);
        Assert.Equal("no incidents of this unit in the incidents input", Assert.Single(Assert.Single(summary.Units).NotAssessed, n => n.RuleId == "AUDIT-007").Reason);
    }

    private sealed class Recording : IAuditObserver
    {
        public List<string> Events { get; } = [];

        public void Evaluated(AuditedRecord record) => Events.Add($"record {record.Record.CrimeRecordId}");

        public void Rejected(Rejection rejection) => Events.Add($"record rejected {rejection.Line}");

        public void IncidentEvaluated(AuditedIncident incident) => Events.Add($"incident {incident.Incident.IncidentId}");

        public void IncidentRejected(Rejection rejection) => Events.Add($"incident rejected {rejection.Line}");
    }
}
