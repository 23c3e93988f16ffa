using System.Text.Json;
using Compliance.Cli.Tests.Fixtures;

namespace Compliance.Cli.Tests.Incidents;

/// <summary><c>compliance audit &lt;records&gt; --incidents &lt;incidents&gt; --format json</c> on <see cref="IncidentFixture"/>.</summary>
public sealed class AuditIncidentsJsonTests : IDisposable
{
    private readonly AuditFiles _files = new();

    public AuditIncidentsJsonTests()
    {
        _files.Write("records.jsonl", IncidentFixture.Records());
        _files.Write("incidents.jsonl", IncidentFixture.Incidents());
    }

    public void Dispose() => _files.Dispose();

    private JsonElement Audit(bool incidents = true)
    {
        string[] args = incidents
            ? [_files.PathOf("records.jsonl"), "--incidents", _files.PathOf("incidents.jsonl"), "--as-of", IncidentFixture.AsOf, "--format", "json"]
            : [_files.PathOf("records.jsonl"), "--as-of", IncidentFixture.AsOf, "--format", "json"];
        var (exit, output, error) = CliRunner.Run(args);
        Assert.True(exit == 0, error);
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    [Fact]
    public void Incidents_with_findings_are_listed_in_input_order_with_their_unit_and_rules()
    {
        var incidents = Audit().GetProperty("incidents").EnumerateArray().ToArray();

        Assert.Equal(["INC-2", "INC-3"], incidents.Select(i => i.GetProperty("incidentId").GetString()));
        Assert.Equal(["UNIT-W", "UNIT-T"], incidents.Select(i => i.GetProperty("unitId").GetString()));
        Assert.Equal(
            [("INCIDENT-001", "Medium"), ("INCIDENT-002", "Critical"), ("INCIDENT-004", "Medium")],
            incidents[0].GetProperty("findings").EnumerateArray().Select(f => (f.GetProperty("ruleId").GetString(), f.GetProperty("severity").GetString())));
        Assert.Equal([("INCIDENT-001", "Medium")], incidents[1].GetProperty("findings").EnumerateArray().Select(f => (f.GetProperty("ruleId").GetString(), f.GetProperty("severity").GetString())));
        Assert.Equal(["incidentId", "unitId", "findings"], incidents[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Incidents_read_are_evaluated_plus_rejected_and_rejections_say_their_kind()
    {
        var root = Audit();
        var summary = root.GetProperty("summary");

        Assert.Equal(5, summary.GetProperty("incidentsRead").GetInt64());
        Assert.Equal(3, summary.GetProperty("incidentsEvaluated").GetInt64());
        Assert.Equal(2, summary.GetProperty("incidentsRejected").GetInt64());
        Assert.Equal(2, summary.GetProperty("incidentsWithFindings").GetInt64());
        Assert.Equal(5, summary.GetProperty("recordsRead").GetInt64());
        Assert.Equal(1, summary.GetProperty("recordsRejected").GetInt64());
        var rejected = root.GetProperty("rejected").EnumerateArray()
            .Select(r => (r.GetProperty("kind").GetString(), r.GetProperty("line").GetInt64(), r.GetProperty("code").GetString()))
            .ToArray();
        Assert.Equal([("record", 3L, "InvalidRecord"), ("incident", 3L, "DuplicateIncidentId"), ("incident", 4L, "InvalidIncident")], rejected);
        Assert.Contains("$.receivedAt", root.GetProperty("rejected")[2].GetProperty("error").GetString());
        var unresolved = Assert.Single(summary.GetProperty("unresolvedIncidentLinks").EnumerateArray());
        Assert.Equal(("INC-3", "CR-MISSING"), (unresolved.GetProperty("incidentId").GetString(), unresolved.GetProperty("crimeRecordId").GetString()));
        Assert.Equal(1, summary.GetProperty("unresolvedIncidentLinkCount").GetInt64());
        Assert.Equal(0, summary.GetProperty("oneSidedLinks").GetInt64());
    }

    [Fact]
    public void Incident_findings_count_in_the_findings_by_severity_and_by_rule()
    {
        var with = Audit().GetProperty("summary");
        var without = Audit(incidents: false).GetProperty("summary");

        // INC-2: Critical + 2 Medium; INC-3: Medium. No AUDIT-007 finding (too few incidents per unit).
        long Delta(string severity) => with.GetProperty("findingsBySeverity").GetProperty(severity).GetInt64() - without.GetProperty("findingsBySeverity").GetProperty(severity).GetInt64();
        Assert.Equal([1L, 0L, 3L, 0L], new[] { "Critical", "High", "Medium", "Low" }.Select(Delta));
        var byRule = with.GetProperty("findingsByRule");
        Assert.Equal(2, byRule.GetProperty("INCIDENT-001").GetInt64());
        Assert.Equal(1, byRule.GetProperty("INCIDENT-002").GetInt64());
        Assert.Equal(1, byRule.GetProperty("INCIDENT-004").GetInt64());
        Assert.False(byRule.TryGetProperty("INCIDENT-003", out _));
    }

    [Fact]
    public void The_rules_coverage_lists_the_incident_rules_with_their_scope_and_no_data_without_incidents()
    {
        static Dictionary<string, (long Applicable, long Fired)> Incident(JsonElement root) => root.GetProperty("rules").EnumerateArray()
            .Where(r => r.TryGetProperty("scope", out var scope) && scope.GetString() == "incident")
            .ToDictionary(r => r.GetProperty("ruleId").GetString()!, r => (r.GetProperty("applicable").GetInt64(), r.GetProperty("fired").GetInt64()));

        // INCIDENT-001 judges the three crime-indicative incidents; 002 the two rape disclosures; 003 none
        // (no statement or interview, and person references are record-local); 004 the three closures.
        Assert.Equal(
            new Dictionary<string, (long, long)> { ["INCIDENT-001"] = (3, 2), ["INCIDENT-002"] = (2, 1), ["INCIDENT-003"] = (0, 0), ["INCIDENT-004"] = (3, 1) },
            Incident(Audit()));
        Assert.Equal(
            new Dictionary<string, (long, long)> { ["INCIDENT-001"] = (0, 0), ["INCIDENT-002"] = (0, 0), ["INCIDENT-003"] = (0, 0), ["INCIDENT-004"] = (0, 0) },
            Incident(Audit(incidents: false)));
        Assert.DoesNotContain(Audit().GetProperty("rules").EnumerateArray(), r => r.GetProperty("ruleId").GetString()!.StartsWith("NCRS-", StringComparison.Ordinal) && r.TryGetProperty("scope", out _));
    }

    [Fact]
    public void Audit_007_is_judged_per_incident_unit_beside_the_record_audits()
    {
        static Dictionary<string, JsonElement> Units(JsonElement root) => root.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("unitId").GetString()!);
        static string? Reason(JsonElement unit) => unit.GetProperty("notAssessed").EnumerateArray().Where(n => n.GetProperty("ruleId").GetString() == "AUDIT-007").Select(n => n.GetProperty("reason").GetString()).SingleOrDefault();

        var with = Units(Audit());
        Assert.Equal(["UNIT-S", "UNIT-T", "UNIT-W"], with.Keys);
        Assert.Equal("1 closed crime-indicative incidents; at least 20 are needed", Reason(with["UNIT-W"]));
        Assert.Equal(1, with["UNIT-W"].GetProperty("metrics").GetProperty("unansweredIncidents").GetInt64());
        Assert.Equal(0, with["UNIT-S"].GetProperty("metrics").GetProperty("unansweredIncidents").GetInt64());
        Assert.Equal(4, with["UNIT-S"].GetProperty("metrics").GetProperty("records").GetInt64());
        Assert.False(with["UNIT-W"].GetProperty("metrics").TryGetProperty("records", out _));

        var without = Units(Audit(incidents: false));
        Assert.Equal(["UNIT-S"], without.Keys);
        Assert.Equal("no incidents input", Reason(without["UNIT-S"]));
        Assert.False(without["UNIT-S"].GetProperty("metrics").TryGetProperty("incidents", out _));
    }

    [Fact]
    public void Without_incidents_the_report_has_no_incident_keys()
    {
        var root = Audit(incidents: false);

        Assert.False(root.TryGetProperty("incidents", out _));
        Assert.False(root.TryGetProperty("incidentInputs", out _));
        Assert.False(root.GetProperty("summary").TryGetProperty("incidentsRead", out _));
        Assert.Equal("record", Assert.Single(root.GetProperty("rejected").EnumerateArray()).GetProperty("kind").GetString());
    }
}
