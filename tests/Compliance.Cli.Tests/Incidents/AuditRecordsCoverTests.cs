using System.Text.Json;
using Compliance.Cli.Tests.Fixtures;
using Compliance.Rules.Records;

namespace Compliance.Cli.Tests.Incidents;

/// <summary>
/// <c>compliance audit --incidents … --records-cover &lt;from&gt;/&lt;to&gt;</c>: an unresolved link
/// from an incident received on a covered day (Europe/London, from inclusive, to exclusive) trips the
/// data-quality gate (exit 4), and the report is written all the same. The range
/// 2009-04-01/2009-11-01 starts in summer time (00:00 London = 2009-03-31T23:00Z) and ends after the
/// clocks went back on 25 October (00:00 London on 1 November = 2009-11-01T00:00Z).
/// </summary>
public sealed class AuditRecordsCoverTests : IDisposable
{
    private const string Cover = "2009-04-01/2009-11-01";

    private readonly AuditFiles _files = new();

    public AuditRecordsCoverTests() => _files.Write("records.jsonl", RecordJson.Serialize(IncidentFixture.Rape("CR-1", null)) + "\n");

    public void Dispose() => _files.Dispose();

    /// <summary>One incident, received at <paramref name="receivedAt"/>, listing <paramref name="linked"/>; no crime indicated, so no finding.</summary>
    private (int Exit, string Out, string Error) Audit(string receivedAt, string linked, params string[] more)
    {
        _files.Write("incidents.jsonl", $$"""{"schemaVersion":"incident-1.0","incidentId":"INC-1","receivedAt":"{{receivedAt}}","linkedCrimeRecordIds":["{{linked}}"]}""" + "\n");
        return CliRunner.Run([_files.PathOf("records.jsonl"), "--incidents", _files.PathOf("incidents.jsonl"), "--as-of", IncidentFixture.AsOf, "--records-cover", Cover, .. more]);
    }

    [Theory]
    [InlineData("2009-03-31T22:59:00Z", 0)] // 23:59 on 31 March, London time: a minute before the range
    [InlineData("2009-03-31T23:00:00Z", 4)] // 00:00 on 1 April, London time (BST)
    [InlineData("2009-04-01T00:00:00+01:00", 4)] // the same instant written with its offset
    [InlineData("2009-10-25T00:59:00Z", 4)] // 01:59 BST, the last minute before the clocks went back
    [InlineData("2009-10-31T23:59:00Z", 4)] // 23:59 on 31 October (GMT): the last minute covered
    [InlineData("2009-11-01T00:00:00Z", 0)] // 00:00 on 1 November (GMT): the end of the range, not in it
    public void An_unresolved_link_trips_the_gate_only_from_an_incident_received_on_a_covered_day(string receivedAt, int expected)
    {
        var (exit, _, error) = Audit(receivedAt, "CR-MISSING");

        Assert.True(expected == exit, error);
        if (expected == 4)
        {
            Assert.Contains("data quality: 1 unresolved incident links from incidents received in 2009-04-01/2009-11-01", error);
            Assert.Contains("(--records-cover)", error);
        }
        else
        {
            Assert.DoesNotContain("--records-cover", error);
        }
    }

    [Fact]
    public void A_resolved_link_from_a_covered_day_passes()
    {
        var (exit, _, error) = Audit("2009-06-01T12:00:00Z", "CR-1");

        Assert.True(exit == 0, error);
    }

    [Fact]
    public void The_report_is_written_complete_when_the_gate_trips()
    {
        var report = _files.PathOf("report.json");

        var (exit, output, error) = Audit("2009-06-01T12:00:00Z", "CR-MISSING", "--format", "json", "--output", report);

        Assert.True(exit == 4, error);
        Assert.Empty(output);
        var summary = JsonDocument.Parse(File.ReadAllText(report)).RootElement.GetProperty("summary");
        Assert.Equal(1, summary.GetProperty("incidentsRead").GetInt64());
        Assert.Equal(1, summary.GetProperty("unresolvedIncidentLinkCount").GetInt64());
        var link = Assert.Single(summary.GetProperty("unresolvedIncidentLinks").EnumerateArray());
        Assert.Equal("CR-MISSING", link.GetProperty("crimeRecordId").GetString());
    }

    [Fact]
    public void Without_the_option_an_unresolved_link_is_only_listed()
    {
        _files.Write("incidents.jsonl", """{"schemaVersion":"incident-1.0","incidentId":"INC-1","receivedAt":"2009-06-01T12:00:00Z","linkedCrimeRecordIds":["CR-MISSING"]}""" + "\n");

        var (exit, _, error) = CliRunner.Run(_files.PathOf("records.jsonl"), "--incidents", _files.PathOf("incidents.jsonl"), "--as-of", IncidentFixture.AsOf);

        Assert.True(exit == 0, error);
    }

    [Theory]
    [InlineData("2009-04-01", "is not two days written yyyy-MM-dd/yyyy-MM-dd")]
    [InlineData("2009-04-01/2009-13-01", "is not two days written yyyy-MM-dd/yyyy-MM-dd")]
    [InlineData("2009-04-01T00:00:00Z/2009-11-01", "is not two days written yyyy-MM-dd/yyyy-MM-dd")]
    [InlineData("2009-04-01/2009-11-01/2009-12-01", "is not two days written yyyy-MM-dd/yyyy-MM-dd")]
    [InlineData("2009-11-01/2009-04-01", "covers no day")]
    [InlineData("2009-04-01/2009-04-01", "covers no day")]
    public void A_bad_range_is_a_usage_error_naming_the_option(string value, string message)
    {
        _files.Write("incidents.jsonl", """{"schemaVersion":"incident-1.0","incidentId":"INC-1","receivedAt":"2009-06-01T12:00:00Z"}""" + "\n");

        var (exit, output, error) = CliRunner.Run(_files.PathOf("records.jsonl"), "--incidents", _files.PathOf("incidents.jsonl"), "--as-of", IncidentFixture.AsOf, "--records-cover", value);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains($"--records-cover: '{value}' {message}", error);
    }

    [Fact]
    public void The_option_without_incident_logs_is_a_usage_error()
    {
        var (exit, _, error) = CliRunner.Run(_files.PathOf("records.jsonl"), "--as-of", IncidentFixture.AsOf, "--records-cover", Cover);

        Assert.Equal(2, exit);
        Assert.Contains("--records-cover: it gates the links of incident logs to crime records; give the incident logs with --incidents", error);
    }
}
