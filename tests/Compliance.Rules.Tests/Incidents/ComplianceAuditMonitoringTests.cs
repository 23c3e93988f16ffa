using System.Text;
using Compliance.Rules.Auditing;
using Compliance.Rules.Auditing.Monitoring;
using Compliance.Rules.Incidents;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;
using Compliance.Rules.Tests.BuiltInRules;
using static Compliance.Rules.Tests.Incidents.TestIncidents;

namespace Compliance.Rules.Tests.Incidents;

/// <summary>The audit with incident logs feeds <c>unanswered-incident</c>: one event per closed crime-indicative incident, for its unit.</summary>
public sealed class ComplianceAuditMonitoringTests
{
    // 25 incidents of U-A (the first 10 list the rape record decided 10 hours after the call, the
    // other 15 nothing: unanswered rape disclosures) and 20 of U-B (all list it), every one closed
    // 2016-03-02T12:00Z and so judged at 2016-03-03T12:00Z, long before the as-of: U-A has 25 events
    // in 2016-03, 15 counted; U-B 20, none counted. Every event falls at one instant, so no peer event
    // is strictly earlier than another: no baseline, no threshold. The record's own unit keeps its series.
    [Fact]
    public void Every_closed_crime_indicative_incident_is_an_event_of_its_unit()
    {
        var incidents = Enumerable.Range(0, 25).Select(i => Clean with { IncidentId = $"A-{i}", OwningUnit = new IncidentUnit { UnitId = "U-A" }, LinkedCrimeRecordIds = i < 10 ? ["CR-TEST-1"] : [] })
            .Concat(Enumerable.Range(0, 20).Select(i => Clean with { IncidentId = $"B-{i}", OwningUnit = new IncidentUnit { UnitId = "U-B" } }))
            .Select(IncidentJson.Serialize);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', incidents)));

        var summary = ComplianceAudit.Run(Rules.Tests.BuiltInRules.BuiltIn.Engine, TestRecords.AsOf, [new ParsedRecord(TestRecords.Clean, "r.jsonl", 1)], new IncidentReader().Read(stream, "i.jsonl", RecordInputFormat.JsonLines).ToArray());

        var series = summary.Monitoring.Series.Where(s => s.Metric == MonitorMetrics.UnansweredIncident)
            .Select(s => (s.UnitId, Assert.Single(s.Points).Period, s.Points[0].Events, s.Points[0].Count, s.Points[0].Baseline));
        Assert.Equal([("U-A", "2016-03", 25L, 15L, (double?)null), ("U-B", "2016-03", 20L, 0L, (double?)null)], series);
        Assert.All(summary.Monitoring.Detectors.Where(d => d.Metric == MonitorMetrics.UnansweredIncident), d => Assert.Null(d.Threshold));
        Assert.Contains(summary.Monitoring.Series, s => s.UnitId == TestRecords.OwningUnitId && s.Metric == MonitorMetrics.RapeAttrition);
    }
}
