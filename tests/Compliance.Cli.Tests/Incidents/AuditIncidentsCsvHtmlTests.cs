using Compliance.Cli.Reports.Csv;
using Compliance.Cli.Tests.Fixtures;

namespace Compliance.Cli.Tests.Incidents;

/// <summary>The CSV and HTML reports of <c>compliance audit --incidents</c> on <see cref="IncidentFixture"/>.</summary>
public sealed class AuditIncidentsCsvHtmlTests : IDisposable
{
    private readonly AuditFiles _files = new();

    public AuditIncidentsCsvHtmlTests()
    {
        _files.Write("records.jsonl", IncidentFixture.Records());
        _files.Write("incidents.jsonl", IncidentFixture.Incidents());
    }

    public void Dispose() => _files.Dispose();

    private string Audit(string format, bool incidents = true)
    {
        string[] args = incidents
            ? [_files.PathOf("records.jsonl"), "--incidents", _files.PathOf("incidents.jsonl"), "--as-of", IncidentFixture.AsOf, "--format", format]
            : [_files.PathOf("records.jsonl"), "--as-of", IncidentFixture.AsOf, "--format", format];
        var (exit, output, error) = CliRunner.Run(args);
        Assert.True(exit == 0, error);
        return output;
    }

    [Fact]
    public void Csv_rows_carry_the_kind_and_the_incident_id()
    {
        var rows = Audit("csv").Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("kind,unitId,crimeRecordId,incidentId,ruleId,severity,message,evidence,source,line,asOf", rows[0]);
        var cells = rows.Skip(1).Select(r => r.Split(',')).ToArray();
        Assert.Equal(
            [("rejected", ""), ("rejectedIncident", ""), ("rejectedIncident", ""), ("incident", "INC-2"), ("incident", "INC-2"), ("incident", "INC-2"), ("incident", "INC-3")],
            cells.Select(c => (c[0], c[3])));
        Assert.Equal(
            [("UNIT-W", "INCIDENT-001", "Medium"), ("UNIT-W", "INCIDENT-002", "Critical"), ("UNIT-W", "INCIDENT-004", "Medium"), ("UNIT-T", "INCIDENT-001", "Medium")],
            cells.Where(c => c[0] == "incident").Select(c => (c[1], c[4], c[5])));
        Assert.All(cells.Where(c => c[0] == "incident"), c => Assert.Equal(string.Empty, c[2]));
    }

    [Fact]
    public void Without_incidents_the_csv_has_no_incident_column()
    {
        var header = Audit("csv", incidents: false).Split("\r\n")[0];

        Assert.Equal("kind,unitId,crimeRecordId,ruleId,severity,message,evidence,source,line,asOf", header);
    }

    [Fact]
    public void Html_shows_the_incident_findings_coverage_units_and_rejections()
    {
        var page = Audit("html");

        Assert.Contains($"<p>Incident inputs: {_files.PathOf("incidents.jsonl")}</p>", page);
        Assert.Contains("<div class=\"value\">5</div><div class=\"label\">incidents read</div>", page);
        Assert.Contains("<div class=\"value\">2</div><div class=\"label\">incidents rejected</div>", page);
        Assert.Contains("<th class=\"num\">Incident findings</th>", page);
        Assert.Contains("<tr><td><span class=\"sev sev-Critical\">Critical</span></td><td class=\"num\">0</td><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">1</td></tr>", page);
        Assert.Contains("<tr><td class=\"id\">INC-2</td><td class=\"id\">UNIT-W</td><td class=\"id\">INCIDENT-002</td><td><span class=\"sev sev-Critical\">Critical</span></td>", page);
        Assert.Contains("<tr><td class=\"id\">INC-3</td><td class=\"id\">UNIT-T</td><td class=\"id\">INCIDENT-001</td>", page);
        Assert.DoesNotContain("<td class=\"id\">INC-1</td>", page);
        Assert.Contains("<tr><td class=\"id\">INCIDENT-003</td>", page);
        Assert.Matches("<tr><td class=\"id\">INCIDENT-003</td><td>[^<]*</td><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">0</td><td>no data</td></tr>", page);
        Assert.Contains("<td class=\"num\">1/1 (100.0%)</td>", page);
        Assert.Contains("<tr><td class=\"id\">AUDIT-007</td><td>1 closed crime-indicative incidents; at least 20 are needed</td><td>UNIT-S, UNIT-T, UNIT-W</td></tr>", page);
        Assert.Contains("<h2>Rejected incidents (2)</h2>", page);
        Assert.Contains("DuplicateIncidentId: 1, InvalidIncident: 1", page);
    }

    [Fact]
    public void Without_incidents_the_html_has_no_incident_section()
    {
        var page = Audit("html", incidents: false);

        Assert.DoesNotContain("incident-", page);
        Assert.DoesNotContain("Incident", page);
        Assert.Contains("<tr><td class=\"id\">AUDIT-007</td><td>no incidents input</td><td>UNIT-S</td></tr>", page);
    }
}
