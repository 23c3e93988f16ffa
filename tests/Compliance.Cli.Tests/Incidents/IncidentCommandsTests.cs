using System.Text.Json;
using Compliance.Cli.Tests.Fixtures;
using Compliance.Rules.Records;

namespace Compliance.Cli.Tests.Incidents;

/// <summary><c>explain --incident</c>, <c>schema --incident</c> and incident cases of <c>rules test</c>, on <see cref="IncidentFixture"/> and the built-in pack.</summary>
public sealed class IncidentCommandsTests : IDisposable
{
    private readonly AuditFiles _files = new();

    public IncidentCommandsTests()
    {
        _files.Write("records.jsonl", IncidentFixture.Records());
        _files.Write("incidents.jsonl", IncidentFixture.Incidents());
    }

    public void Dispose() => _files.Dispose();

    private (int Exit, string Out, string Error) Explain(string incidentId, params string[] more) =>
        CommandRunner.Run(["explain", _files.PathOf("records.jsonl"), "--incidents", _files.PathOf("incidents.jsonl"), "--incident", incidentId, "--as-of", IncidentFixture.AsOf, .. more]);

    [Fact]
    public void Explain_gives_every_incident_rule_its_status_and_the_links_both_ways()
    {
        var (exit, output, _) = Explain("INC-1", "--format", "json");

        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(["incidentId", "unitId", "asOf", "rulePack", "rules", "links"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("INC-1", root.GetProperty("incidentId").GetString());
        Assert.Equal(
            [("INCIDENT-001", "passed"), ("INCIDENT-002", "passed"), ("INCIDENT-003", "notApplicable"), ("INCIDENT-004", "passed")],
            root.GetProperty("rules").EnumerateArray().Select(r => (r.GetProperty("ruleId").GetString(), r.GetProperty("status").GetString())));
        var link = Assert.Single(root.GetProperty("links").EnumerateArray());
        Assert.Equal(("CR-1", true, true, true, 1L), (link.GetProperty("crimeRecordId").GetString(), link.GetProperty("listedByIncident").GetBoolean(), link.GetProperty("namedByRecord").GetBoolean(), link.GetProperty("inInput").GetBoolean(), link.GetProperty("line").GetInt64()));
    }

    [Fact]
    public void Explain_shows_the_findings_and_a_listed_record_that_is_not_in_the_input()
    {
        var (exit, output, _) = Explain("INC-3", "--format", "json");

        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(output).RootElement;
        var fired = Assert.Single(root.GetProperty("rules").EnumerateArray(), r => r.GetProperty("status").GetString() == "fired");
        Assert.Equal(("INCIDENT-001", "Medium"), (fired.GetProperty("ruleId").GetString(), fired.GetProperty("severity").GetString()));
        var link = Assert.Single(root.GetProperty("links").EnumerateArray());
        Assert.Equal(("CR-MISSING", true, false, false), (link.GetProperty("crimeRecordId").GetString(), link.GetProperty("listedByIncident").GetBoolean(), link.GetProperty("namedByRecord").GetBoolean(), link.GetProperty("inInput").GetBoolean()));
        Assert.False(link.TryGetProperty("line", out _));
    }

    [Fact]
    public void Explain_as_text_names_the_walworth_finding()
    {
        var (exit, output, error) = Explain("INC-2");

        Assert.Equal(0, exit);
        Assert.Contains($"Incident INC-2 (unit UNIT-W; {_files.PathOf("incidents.jsonl")}:2) as of 2010-01-01T00:00:00Z", output);
        Assert.Matches(@"INCIDENT-002\s+fired", output);
        Assert.Contains("Critical: Disclosure 0 (RAPE, CALL) at 2008-11-01T20:00:00Z not answered within 72 h", output);
        Assert.Contains("Links: none", output);

        // The record file's broken line (line 3) is named, not hidden.
        Assert.Contains($"warning: not read: {_files.PathOf("records.jsonl")}:3:", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("INC-NONE", "no incident with incidentId \"INC-NONE\"")]
    public void Explain_of_an_unknown_incident_is_exit_2(string id, string message)
    {
        var (exit, output, error) = Explain(id);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains(message, error);
    }

    [Fact]
    public void Explain_needs_both_incident_options_and_separate_files()
    {
        var records = _files.PathOf("records.jsonl");
        Assert.Contains("--incident: give the incident-log files", CommandRunner.Run("explain", records, "--incident", "INC-1").Error);
        Assert.Contains("--incidents: name the incident to explain", CommandRunner.Run("explain", records, "--incidents", _files.PathOf("incidents.jsonl")).Error);
        var (exit, _, error) = CommandRunner.Run("explain", records, "--incidents", records, "--incident", "INC-1");
        Assert.Equal(2, exit);
        Assert.Contains("is also given as a crime-record input", error);
    }

    [Fact]
    public void Schema_incident_prints_the_incident_schema_and_schema_alone_the_record_schema()
    {
        var (exit, output, _) = CommandRunner.Run("schema", "--incident");

        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("urn:compliance:incident:1.0", root.GetProperty("$id").GetString());
        var properties = root.GetProperty("properties");
        Assert.True(properties.TryGetProperty("incidentId", out _));
        Assert.True(properties.TryGetProperty("disclosures", out _));
        Assert.Equal("date-time", properties.GetProperty("receivedAt").GetProperty("format").GetString());
        Assert.Equal("urn:compliance:crime-record:1.1", JsonDocument.Parse(CommandRunner.Run("schema").Out).RootElement.GetProperty("$id").GetString());
    }

    [Fact]
    public void Rules_test_judges_an_incident_with_the_records_given_beside_it()
    {
        var cr1 = RecordJson.Serialize(IncidentFixture.Rape("CR-1", "INC-1"));
        var file = _files.Write("incidents.ruletest.json", $$"""
            [
              { "name": "walworth", "asOf": "2010-01-01T00:00:00Z", "incident": {{IncidentFixture.Inc2}}, "records": [],
                "expect": { "fired": ["INCIDENT-001", "INCIDENT-002", "INCIDENT-004"], "severity": { "INCIDENT-002": "Critical" }, "exactly": true } },
              { "name": "answered by its record", "asOf": "2010-01-01T00:00:00Z", "incident": {{IncidentFixture.Inc1}}, "records": [{{cr1}}],
                "expect": { "notFired": ["INCIDENT-001", "INCIDENT-002", "INCIDENT-004"] } },
              { "name": "without its record", "asOf": "2010-01-01T00:00:00Z", "incident": {{IncidentFixture.Inc1}},
                "expect": { "notFired": ["INCIDENT-002"] } }
            ]
            """);

        var (exit, output, error) = CommandRunner.Run("rules", "test", file);

        Assert.True(exit == 1, error);
        Assert.Contains("  PASS  walworth\n  PASS  answered by its record\n  FAIL  without its record (incident INC-1, $[2])", output, StringComparison.Ordinal);
        Assert.Contains("3 tests: 2 passed, 1 failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_test_names_the_json_path_of_a_bad_incident_case()
    {
        var file = _files.Write("bad.ruletest.json", """
            { "name": "n", "asOf": "2010-01-01T00:00:00Z", "incident": { "schemaVersion": "incident-1.0", "incidentId": "I", "receivedAt": "2008-01-01" }, "records": [], "expect": {} }
            """);

        var (exit, _, error) = CommandRunner.Run("rules", "test", file);

        Assert.Equal(2, exit);
        Assert.Contains("$.incident.receivedAt: not a valid incident", error + "", StringComparison.Ordinal);
    }
}
