using System.Text.Json;
using Compliance.Cli.Tests.Fixtures;

namespace Compliance.Cli.Tests.Incidents;

/// <summary>
/// <c>audit --incidents --baseline</c> compares incident findings per (incidentId, ruleId). Last
/// month: <see cref="IncidentFixture"/> (INC-2: INCIDENT-001, 002, 004; INC-3: INCIDENT-001). This
/// month: INC-2 now reviewed by another officer (INCIDENT-004 gone), INC-3 not in the export, INC-4
/// new (a copy of INC-3 under another id). So: INC-2's 001 and 002 unchanged, its 004 resolved,
/// INC-3's 001 not audited again, INC-4's 001 new.
/// </summary>
public sealed class AuditIncidentsBaselineTests : IDisposable
{
    private readonly AuditFiles _files = new();

    public AuditIncidentsBaselineTests()
    {
        _files.Write("records.jsonl", IncidentFixture.Records());
        _files.Write("last.jsonl", IncidentFixture.Incidents());
        var reviewed = IncidentFixture.Inc2.Replace("\"closedByOfficerRef\":\"OFF-DS\",", "\"closedByOfficerRef\":\"OFF-DS\",\"supervisorReviewedAt\":\"2008-11-04T10:00:00Z\",\"supervisorReviewedByOfficerRef\":\"OFF-INSP\",", StringComparison.Ordinal);
        Assert.NotEqual(IncidentFixture.Inc2, reviewed);
        _files.Write("this.jsonl", string.Join("\n", IncidentFixture.Inc1, reviewed, IncidentFixture.Inc3.Replace("INC-3", "INC-4", StringComparison.Ordinal)) + "\n");
        var (exit, _, error) = CliRunner.Run(_files.PathOf("records.jsonl"), "--incidents", _files.PathOf("last.jsonl"), "--as-of", IncidentFixture.AsOf, "--format", "json", "--output", _files.PathOf("last.json"));
        Assert.True(exit == 0, error);
    }

    public void Dispose() => _files.Dispose();

    private string Audit(string format) =>
        CliRunner.Run(_files.PathOf("records.jsonl"), "--incidents", _files.PathOf("this.jsonl"), "--as-of", IncidentFixture.AsOf, "--format", format, "--baseline", _files.PathOf("last.json")).Out;

    [Fact]
    public void Json_marks_each_incident_finding_and_lists_those_resolved_and_not_reaudited()
    {
        var root = JsonDocument.Parse(Audit("json")).RootElement;

        var changes = root.GetProperty("incidents").EnumerateArray()
            .SelectMany(i => i.GetProperty("findings").EnumerateArray().Select(f => (i.GetProperty("incidentId").GetString(), f.GetProperty("ruleId").GetString(), f.GetProperty("change").GetString())))
            .ToArray();
        Assert.Equal([("INC-2", "INCIDENT-001", "unchanged"), ("INC-2", "INCIDENT-002", "unchanged"), ("INC-4", "INCIDENT-001", "new")], changes);
        var baseline = root.GetProperty("baseline");
        var resolved = Assert.Single(baseline.GetProperty("resolved").EnumerateArray());
        Assert.Equal(("INC-2", "UNIT-W", "INCIDENT-004"), (resolved.GetProperty("incidentId").GetString(), resolved.GetProperty("unitId").GetString(), resolved.GetProperty("ruleId").GetString()));
        Assert.False(resolved.TryGetProperty("crimeRecordId", out _));
        var gone = Assert.Single(baseline.GetProperty("notReaudited").EnumerateArray());
        Assert.Equal(("INC-3", "INCIDENT-001"), (gone.GetProperty("incidentId").GetString(), gone.GetProperty("ruleId").GetString()));
        var counts = baseline.GetProperty("counts");
        Assert.Equal((1, 2, 1, 1), (counts.GetProperty("new").GetInt32(), counts.GetProperty("unchanged").GetInt32(), counts.GetProperty("resolved").GetInt32(), counts.GetProperty("notReaudited").GetInt32()));
    }

    [Fact]
    public void Csv_lists_the_resolved_incident_finding_with_its_incident_id()
    {
        var rows = Audit("csv").Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(r => r.Split(',')).ToArray();

        Assert.Equal("change", rows[0][^1]);
        Assert.Contains(rows, r => r[0] == "incident" && r[3] == "INC-2" && r[4] == "INCIDENT-004" && r[^1] == "resolved");
        Assert.Contains(rows, r => r[0] == "incident" && r[3] == "INC-3" && r[4] == "INCIDENT-001" && r[^1] == "notReaudited");
        Assert.Contains(rows, r => r[0] == "incident" && r[3] == "INC-4" && r[4] == "INCIDENT-001" && r[^1] == "new");
    }
}
