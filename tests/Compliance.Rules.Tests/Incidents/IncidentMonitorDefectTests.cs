using Compliance.Rules.Auditing;
using Compliance.Rules.Engine;
using Compliance.Rules.Incidents;
using Compliance.Rules.Packs;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;
using Compliance.Rules.Tests.BuiltInRules;
using Compliance.Rules.Timelines;
using static Compliance.Rules.Tests.Incidents.TestIncidents;

namespace Compliance.Rules.Tests.Incidents;

/// <summary>
/// An incident whose monitoring event cannot be made must not end the audit, as a record's cannot:
/// it is listed among the tally defects (rule id <c>unitTally</c> in reports), adds no event, and
/// the incidents after it are judged as usual.
/// </summary>
public sealed class IncidentMonitorDefectTests
{
    [Fact]
    public void An_incident_whose_judging_instant_cannot_be_computed_is_listed_and_the_audit_goes_on()
    {
        // A pack made in code with a recording limit no file may declare (int.MaxValue hours, about
        // 245 000 years): the unanswered-incident event is judged at closure plus the limit, past
        // the calendar's end. The incidents are judged at the as-of without that sum (no disclosure:
        // INCIDENT-002 and 003 do not apply), so only the event fails.
        var builtIn = RulePack.LoadBuiltIn();
        var timelines = new TimelineSet(
            new Timeline<CountingRulesEntry>(TimelineSet.CountingRulesName, builtIn.Timelines.CountingRules.Entries.Select(e => e with { RecordingLimitHours = int.MaxValue })),
            builtIn.Timelines.Outcomes,
            builtIn.Timelines.VictimsCode,
            builtIn.Timelines.RightToReview);
        var pack = new RulePack(builtIn.Id, builtIn.Version, builtIn.Title, builtIn.Sha256, builtIn.Source, timelines, builtIn.TimelineNodes, builtIn.OffenceGroups, builtIn.Parameters, builtIn.Declarations, builtIn.Rules, builtIn.Expressions, null);
        var sexual = Clean with { Disclosures = [], Qualifiers = [IncidentQualifier.Sexual], LinkedCrimeRecordIds = [] };
        ReadResult[] incidents =
        [
            new ParsedIncident(sexual with { IncidentId = "INC-A" }, "i.jsonl", 1),
            new ParsedIncident(sexual with { IncidentId = "INC-B", OwningUnit = new IncidentUnit { UnitId = "U-OTHER" } }, "i.jsonl", 2),
        ];

        var summary = ComplianceAudit.Run(ComplianceEngine.Create(pack), TestRecords.AsOf, [], incidents);

        Assert.Equal(2, summary.Incidents!.IncidentsEvaluated);
        Assert.Equal(
            [
                ("INC-A", string.Empty, "U-RESPONSE", "ArgumentOutOfRangeException while collecting the incident's monitoring events"),
                ("INC-B", string.Empty, "U-OTHER", "ArgumentOutOfRangeException while collecting the incident's monitoring events"),
            ],
            summary.TallyDefects.Select(d => (d.IncidentId, d.CrimeRecordId, d.UnitId, d.Message)));

        // Both were still judged: INCIDENT-001 fires on each (a sexual qualifier nothing answers).
        Assert.Equal(2, summary.FindingsByRule["INCIDENT-001"]);
    }
}
