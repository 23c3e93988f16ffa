using System.Text.Json;
using System.Text.Json.Nodes;
using Compliance.Cli.Tests.Fixtures;
using Compliance.Rules.Records;

namespace Compliance.Cli.Tests.Incidents;

/// <summary>
/// An incident linked to a crime record the reader rejected, in every report and in
/// <c>explain --incident</c>. INC-1 of <see cref="IncidentFixture"/> discloses a rape on a call
/// (2008: 72-hour limit) and is answered only by CR-1, which here is rejected: its decision time has
/// no offset. Without CR-1 INCIDENT-001 and 002 would fire; with it rejected each reports the rule
/// error "linked record CR-1 rejected" instead, no finding, and the link is not unresolved.
/// INCIDENT-003 does not apply (person references are not shared) and INCIDENT-004 passes (reviewed
/// the next day by another officer).
/// </summary>
public sealed class RejectedLinkReportTests : IDisposable
{
    private const string Error = "linked record CR-1 rejected";

    private readonly AuditFiles _files = new();

    public RejectedLinkReportTests()
    {
        var record = JsonNode.Parse(RecordJson.Serialize(IncidentFixture.Rape("CR-1", "INC-1")))!;
        record["recordingDecision"]!["decidedAt"] = "2008-11-05T09:00:00";
        _files.Write("records.jsonl", record.ToJsonString() + "\n" + RecordJson.Serialize(IncidentFixture.Rape("CR-2", null)) + "\n");
        _files.Write("incidents.jsonl", IncidentFixture.Inc1 + "\n");
    }

    public void Dispose() => _files.Dispose();

    private (int Exit, string Out, string Error) Audit(params string[] more) =>
        CliRunner.Run([_files.PathOf("records.jsonl"), "--incidents", _files.PathOf("incidents.jsonl"), "--as-of", IncidentFixture.AsOf, .. more]);

    private (int Exit, string Out, string Error) Explain(params string[] more) =>
        CommandRunner.Run(["explain", _files.PathOf("records.jsonl"), "--incidents", _files.PathOf("incidents.jsonl"), "--incident", "INC-1", "--as-of", IncidentFixture.AsOf, .. more]);

    [Fact]
    public void Json_lists_the_rule_errors_of_the_incident_and_no_finding_or_unresolved_link()
    {
        var (exit, output, error) = Audit("--format", "json");

        Assert.True(exit == 0, error);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Empty(root.GetProperty("incidents").EnumerateArray());
        var errors = root.GetProperty("ruleErrors").EnumerateArray()
            .Select(e => (e.GetProperty("incidentId").GetString(), e.GetProperty("ruleId").GetString(), e.GetProperty("error").GetString(), e.GetProperty("line").GetInt64()))
            .ToArray();
        Assert.Equal([("INC-1", "INCIDENT-001", Error, 1L), ("INC-1", "INCIDENT-002", Error, 1L)], errors);
        var summary = root.GetProperty("summary");
        Assert.Equal(0, summary.GetProperty("unresolvedIncidentLinkCount").GetInt64());
        Assert.Equal(0, summary.GetProperty("incidentsWithFindings").GetInt64());
        Assert.Equal(1, summary.GetProperty("recordsRejected").GetInt64());
    }

    [Fact]
    public void Csv_has_an_incident_rule_error_row_per_rule()
    {
        var (exit, output, error) = Audit("--format", "csv");

        Assert.True(exit == 0, error);
        var rows = output.Split('\n').Where(r => r.StartsWith("incidentRuleError,", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, rows.Length);
        Assert.All(rows, row => Assert.Contains($",INC-1,", row));
        Assert.Contains(rows, row => row.Contains($",INCIDENT-001,,{Error},", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.Contains($",INCIDENT-002,,{Error},", StringComparison.Ordinal));
        Assert.DoesNotContain(output.Split('\n'), r => r.StartsWith("incident,", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_and_html_list_the_rule_errors()
    {
        var (textExit, text, textError) = Audit();
        var (htmlExit, html, htmlError) = Audit("--format", "html");

        Assert.True(textExit == 0, textError);
        Assert.True(htmlExit == 0, htmlError);
        Assert.Contains($"incident INC-1 INCIDENT-002: {Error}", text);
        Assert.Contains($"<td class=\"id\">incident INC-1</td><td class=\"id\">UNIT-S</td><td class=\"id\">INCIDENT-002</td><td>{Error}</td>", html);
    }

    [Fact]
    public void The_rule_errors_trip_fail_on_rule_errors()
    {
        var (exit, _, error) = Audit("--fail-on-rule-errors");

        Assert.Equal(4, exit);
        Assert.Contains("2 rule errors (--fail-on-rule-errors)", error);
    }

    [Fact]
    public void Explain_shows_the_errors_and_the_rejected_record_among_the_links()
    {
        var (exit, output, error) = Explain("--format", "json");

        Assert.True(exit == 0, error);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(
            [("INCIDENT-001", "error"), ("INCIDENT-002", "error"), ("INCIDENT-003", "notApplicable"), ("INCIDENT-004", "passed")],
            root.GetProperty("rules").EnumerateArray().Select(r => (r.GetProperty("ruleId").GetString(), r.GetProperty("status").GetString())));
        Assert.Equal(Error, root.GetProperty("rules")[1].GetProperty("error").GetString());
        var link = Assert.Single(root.GetProperty("links").EnumerateArray());
        Assert.Equal(
            ("CR-1", true, true, true, true, 1L),
            (link.GetProperty("crimeRecordId").GetString(), link.GetProperty("listedByIncident").GetBoolean(), link.GetProperty("namedByRecord").GetBoolean(),
                link.GetProperty("inInput").GetBoolean(), link.GetProperty("rejected").GetBoolean(), link.GetProperty("line").GetInt64()));
    }

    [Fact]
    public void Explain_as_text_says_where_the_rejected_record_is()
    {
        var (exit, output, error) = Explain();

        Assert.True(exit == 0, error);
        Assert.Contains($"error: {Error}", output);
        Assert.Contains($"CR-1: both ways; rejected at {_files.PathOf("records.jsonl")}:1", output);
    }
}
