using System.Text;
using System.Text.Json.Nodes;
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
/// An incident linked to a crime record the reader rejected, through the whole audit (reader, join,
/// evaluation). <see cref="TestIncidents.Clean"/> discloses a rape on 2016-03-01T10:00Z (24-hour
/// limit), is closed and reviewed, and lists CR-TEST-1: with that record accepted nothing fires;
/// with no record at all INCIDENT-001 (closed, disclosure unanswered) and INCIDENT-002 (rape not
/// answered within 24 hours) fire. With the record rejected neither can be judged: both report the
/// error "linked record CR-TEST-1 rejected"; INCIDENT-003 stays not applicable (person references
/// are not shared by default) and INCIDENT-004 passes (reviewed the next day by another officer):
/// neither asks about linked records.
/// </summary>
public sealed class RejectedRecordLinkTests
{
    private static IComplianceEngine Engine => Rules.Tests.BuiltInRules.BuiltIn.Engine;

    private static string Accepted(string id = "CR-TEST-1", string? incidentId = null) =>
        RecordJson.Serialize(TestRecords.Clean with { CrimeRecordId = id, Incident = TestRecords.Clean.Incident with { IncidentId = incidentId } });

    /// <summary>The record with its report time written without an offset: rejected at <c>$.incident.reportReceivedAt</c>.</summary>
    private static string BadTimestamp(string id = "CR-TEST-1", string? incidentId = null)
    {
        var node = JsonNode.Parse(Accepted(id, incidentId))!;
        node["incident"]!["reportReceivedAt"] = "2016-03-01T10:00:00";
        return node.ToJsonString();
    }

    private static (AuditSummary Summary, Recording Told) Audit(IEnumerable<string> recordLines, params IncidentLog[] incidents)
    {
        var told = new Recording();
        using var records = new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', recordLines)));
        using var logs = new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', incidents.Select(IncidentJson.Serialize))));
        var summary = ComplianceAudit.Run(
            Engine,
            TestRecords.AsOf,
            new RecordReader().Read(records, "r.jsonl", RecordInputFormat.JsonLines).ToArray(),
            new IncidentReader().Read(logs, "i.jsonl", RecordInputFormat.JsonLines).ToArray(),
            told);
        return (summary, told);
    }

    [Fact]
    public void A_linked_record_rejected_for_its_timestamp_gives_errors_for_incident_001_and_002_and_is_not_unresolved()
    {
        var (summary, told) = Audit([BadTimestamp()], Clean);

        var evaluation = Assert.Single(told.Incidents);
        Assert.Equal(RejectionCode.InvalidRecord, Assert.Single(told.Rejections).Code);
        Assert.Empty(evaluation.Findings);
        Assert.Equal(
            [("INCIDENT-001", "linked record CR-TEST-1 rejected"), ("INCIDENT-002", "linked record CR-TEST-1 rejected")],
            evaluation.Errors.Select(e => (e.RuleId, e.Message)));
        Assert.Equal(RuleStatus.NotApplicable, Status(evaluation, "INCIDENT-003"));
        Assert.Equal(RuleStatus.Passed, Status(evaluation, "INCIDENT-004"));
        Assert.Equal(0, summary.Incidents!.UnresolvedIncidentLinks);
        Assert.Empty(summary.Incidents.Unresolved);
        Assert.Equal(1, summary.Incidents.Rules["INCIDENT-002"][RuleStatus.Error]);
        Assert.All(Enum.GetValues<Severity>(), severity => Assert.Equal(0, summary.IncidentFindings(severity)));
    }

    [Fact]
    public void Without_the_record_line_the_same_incident_fires_and_its_link_is_unresolved()
    {
        // The near miss of the test above: what the errors stand in for.
        var (summary, told) = Audit([Accepted("CR-OTHER")], Clean);

        var evaluation = Assert.Single(told.Incidents);
        Assert.Empty(evaluation.Errors);
        Assert.Equal(["INCIDENT-001", "INCIDENT-002"], evaluation.Findings.Select(f => f.RuleId));
        Assert.Equal(1, summary.Incidents!.UnresolvedIncidentLinks);
    }

    [Fact]
    public void A_rejected_line_without_an_id_is_no_link_and_the_link_stays_unresolved()
    {
        var node = JsonNode.Parse(BadTimestamp())!.AsObject();
        node.Remove("crimeRecordId");

        var (summary, told) = Audit([node.ToJsonString()], Clean);

        var evaluation = Assert.Single(told.Incidents);
        Assert.Empty(evaluation.Errors);
        Assert.Equal(["INCIDENT-001", "INCIDENT-002"], evaluation.Findings.Select(f => f.RuleId));
        Assert.Equal(1, summary.Incidents!.UnresolvedIncidentLinks);
    }

    [Fact]
    public void A_repeated_id_rejected_after_the_accepted_copy_links_the_accepted_record()
    {
        var (summary, told) = Audit([Accepted(), Accepted()], Clean);

        Assert.Equal(RejectionCode.DuplicateCrimeRecordId, Assert.Single(told.Rejections).Code);
        var evaluation = Assert.Single(told.Incidents);
        Assert.Empty(evaluation.Errors);
        Assert.Empty(evaluation.Findings);
        Assert.Equal(0, summary.Incidents!.UnresolvedIncidentLinks);
    }

    [Fact]
    public void A_broken_line_before_an_accepted_record_of_the_same_id_does_not_hide_that_record()
    {
        // The reader keeps the first *accepted* record of an id, so the second line is CR-TEST-1.
        var (summary, told) = Audit([BadTimestamp(), Accepted()], Clean);

        var evaluation = Assert.Single(told.Incidents);
        Assert.Empty(evaluation.Errors);
        Assert.Empty(evaluation.Findings);
    }

    [Fact]
    public void A_rejected_record_that_names_the_incident_is_a_link_too()
    {
        var incident = Clean with { IncidentId = "INC-9", LinkedCrimeRecordIds = [] };

        var (summary, told) = Audit([BadTimestamp("CR-NAMING", "INC-9")], incident);

        var evaluation = Assert.Single(told.Incidents);
        Assert.Empty(evaluation.Findings);
        Assert.Equal(["INCIDENT-001", "INCIDENT-002"], evaluation.Errors.Select(e => e.RuleId));
        Assert.All(evaluation.Errors, e => Assert.Equal("linked record CR-NAMING rejected", e.Message));
        Assert.Equal(0, summary.Incidents!.OneSidedLinks);
    }

    [Fact]
    public void A_rule_that_passes_with_the_accepted_records_passes_whatever_a_rejected_one_held()
    {
        // CR-TEST-1 answers the rape in 10 hours; CR-2 is rejected. A record can only answer more,
        // so no verdict could turn into a finding with CR-2 read: nothing to report as an error.
        var (summary, told) = Audit([Accepted(), BadTimestamp("CR-2")], Clean with { LinkedCrimeRecordIds = ["CR-TEST-1", "CR-2"] });

        var evaluation = Assert.Single(told.Incidents);
        Assert.Empty(evaluation.Errors);
        Assert.Empty(evaluation.Findings);
        Assert.Equal(RuleStatus.Passed, Status(evaluation, "INCIDENT-002"));
        Assert.Equal(0, summary.Incidents!.UnresolvedIncidentLinks);
    }

    [Fact]
    public void An_incident_that_indicates_no_crime_gets_no_error_from_a_rejected_link()
    {
        var incident = Clean with { Disclosures = [], OpeningCode = null, CodeScheme = null, Qualifiers = [] };

        var (summary, told) = Audit([BadTimestamp()], incident);

        var evaluation = Assert.Single(told.Incidents);
        Assert.Empty(evaluation.Errors);
        Assert.Empty(evaluation.Findings);
        Assert.All(evaluation.Rules, r => Assert.Equal(RuleStatus.NotApplicable, r.Status));
    }

    [Fact]
    public void Incident_003_reports_the_error_where_it_applies()
    {
        // Person references shared: an assault disclosed in a statement, naming P-1, that nothing
        // answers. INCIDENT-003 and 001 would fire; with a rejected linked record each is an error.
        var incident = Clean with { Disclosures = [Disclose(TestIncidents.Received.AddHours(1), DisclosureSource.Statement, AllegationType.Violence)] };

        var rejected = SharedRefs.Evaluate(incident, [Rules.Incidents.Evaluation.RecordLink.RejectedRecord("CR-X")], TestRecords.AsOf);
        var missing = SharedRefs.Evaluate(incident, [], TestRecords.AsOf);

        Assert.Equal(["INCIDENT-001", "INCIDENT-003"], missing.Findings.Select(f => f.RuleId));
        Assert.Equal(["INCIDENT-001", "INCIDENT-003"], rejected.Errors.Select(e => e.RuleId));
        Assert.Empty(rejected.Findings);
        Assert.Equal(RuleStatus.NotApplicable, Status(rejected, "INCIDENT-002"));
    }

    [Fact]
    public void The_library_evaluates_one_incident_with_the_rejections_a_host_read()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(BadTimestamp()));
        var rejection = Assert.IsType<Rejection>(Assert.Single(new RecordReader().Read(stream, "r.jsonl", RecordInputFormat.JsonLines)));

        var evaluation = TestIncidents.BuiltIn.EvaluateIncident(Clean, [], [rejection], TestRecords.AsOf);
        var withRecord = TestIncidents.BuiltIn.EvaluateIncident(Clean, [TestRecords.Clean], [rejection], TestRecords.AsOf);

        Assert.Equal(["INCIDENT-001", "INCIDENT-002"], evaluation.Errors.Select(e => e.RuleId));
        Assert.Empty(evaluation.Findings);
        Assert.Empty(withRecord.Errors);
        Assert.Empty(withRecord.Findings);
    }

    /// <summary>Keeps what the audit told: the rejected records and each incident's evaluation.</summary>
    private sealed class Recording : IAuditObserver
    {
        public List<Rejection> Rejections { get; } = [];

        public List<IncidentEvaluation> Incidents { get; } = [];

        public void Evaluated(AuditedRecord record)
        {
        }

        public void Rejected(Rejection rejection) => Rejections.Add(rejection);

        public void IncidentEvaluated(AuditedIncident incident) => Incidents.Add(incident.Evaluation);

        public void IncidentRejected(Rejection rejection)
        {
        }
    }
}
