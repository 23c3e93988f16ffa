using Compliance.Cli.Tests.Fixtures;

namespace Compliance.Cli.Tests.Incidents;

/// <summary>
/// <c>compliance audit --incidents</c>: usage errors, the exit codes (<c>--fail-on</c> counts incident
/// findings; <c>--max-rejected</c> holds for records and incidents separately) and the text report,
/// on <see cref="IncidentFixture"/> (records: 1 of 5 rejected; incidents: 2 of 5 rejected; the
/// records alone have no finding).
/// </summary>
public sealed class AuditIncidentsCommandTests : IDisposable
{
    private readonly AuditFiles _files = new();

    public AuditIncidentsCommandTests()
    {
        _files.Write("records.jsonl", IncidentFixture.Records());
        _files.Write("incidents.jsonl", IncidentFixture.Incidents());
    }

    public void Dispose() => _files.Dispose();

    private string Records => _files.PathOf("records.jsonl");

    private string Incidents => _files.PathOf("incidents.jsonl");

    [Fact]
    public void A_file_given_as_records_and_as_incidents_is_a_usage_error()
    {
        var (exit, output, error) = CliRunner.Run(Records, "--incidents", Records, "--as-of", IncidentFixture.AsOf);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains($"--incidents: {Records} is also given as a crime-record input", error);
    }

    [Fact]
    public void The_same_file_under_another_name_is_a_usage_error_too()
    {
        var (exit, _, error) = CliRunner.Run(Records, "--incidents", Path.Combine(_files.Folder, ".", "records.jsonl"), "--as-of", IncidentFixture.AsOf);

        Assert.Equal(2, exit);
        Assert.Contains("is also given as a crime-record input", error);
    }

    [Fact]
    public void Standard_input_for_both_sides_is_a_usage_error()
    {
        var (exit, output, error) = CliRunner.RunWithInput(IncidentFixture.Records(), "-", "--incidents", "-", "--as-of", IncidentFixture.AsOf);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("standard input (-) is already the crime records", error);
    }

    [Fact]
    public void Standard_input_may_be_the_incident_side()
    {
        var (exit, output, error) = CliRunner.RunWithInput(IncidentFixture.Incidents(), Records, "--incidents", "-", "--as-of", IncidentFixture.AsOf, "--format", "json");

        Assert.True(exit == 0, error);
        Assert.Contains("\"incidentsRead\": 5", output);
        Assert.Contains("\"source\":\"<stdin>\",\"line\":3,", output);
    }

    [Fact]
    public void A_report_written_over_an_incident_input_is_a_usage_error()
    {
        var (exit, _, error) = CliRunner.Run(Records, "--incidents", Incidents, "--as-of", IncidentFixture.AsOf, "--format", "json", "--output", Incidents);

        Assert.Equal(2, exit);
        Assert.Contains("a report is never written over an input", error);
        Assert.Equal(IncidentFixture.Incidents(), File.ReadAllText(Incidents));
    }

    [Fact]
    public void A_missing_incident_file_is_a_usage_error()
    {
        var (exit, _, error) = CliRunner.Run(Records, "--incidents", _files.PathOf("missing.jsonl"), "--as-of", IncidentFixture.AsOf);

        Assert.Equal(2, exit);
        Assert.Contains("missing.jsonl: no such file", error);
    }

    [Theory]
    [InlineData("critical", 1)]
    [InlineData("low", 1)]
    public void Incident_findings_count_for_fail_on(string threshold, int expected)
    {
        Assert.Equal(0, CliRunner.Run(Records, "--as-of", IncidentFixture.AsOf, "--fail-on", "low").Exit);
        Assert.Equal(expected, CliRunner.Run(Records, "--incidents", Incidents, "--as-of", IncidentFixture.AsOf, "--fail-on", threshold).Exit);
    }

    [Theory]
    [InlineData("high", 0)]
    [InlineData("medium", 1)]
    public void Fail_on_is_judged_at_the_incident_finding_s_severity(string threshold, int expected)
    {
        // INC-3 alone: one Medium finding (INCIDENT-001).
        var incidents = _files.Write("inc3.jsonl", IncidentFixture.Inc3 + "\n");

        Assert.Equal(expected, CliRunner.Run(Records, "--incidents", incidents, "--as-of", IncidentFixture.AsOf, "--fail-on", threshold).Exit);
    }

    [Theory]
    [InlineData("2", 0)]
    [InlineData("1", 4)]
    [InlineData("40%", 0)]
    [InlineData("39.9%", 4)]
    public void Max_rejected_applies_to_the_incidents_on_their_own(string limit, int expected)
    {
        // Incidents: 2 of 5 rejected (40%); records: 1 of 5 (20%), under every limit here.
        var (exit, _, error) = CliRunner.Run(Records, "--incidents", Incidents, "--as-of", IncidentFixture.AsOf, "--max-rejected", limit, "--format", "json");

        Assert.Equal(expected, exit);
        Assert.Equal(expected == 4, error.Contains("2 of 5 incidents were rejected (--max-rejected)", StringComparison.Ordinal));
        Assert.DoesNotContain("records were rejected (--max-rejected)", error);
    }

    [Theory]
    [InlineData("1", 0)]
    [InlineData("0", 4)]
    [InlineData("20%", 0)]
    [InlineData("19.9%", 4)]
    public void Max_rejected_applies_to_the_records_on_their_own(string limit, int expected)
    {
        // Records: 1 of 5 rejected (20%); incidents: INC-1 and INC-3 only, none rejected.
        var incidents = _files.Write("clean.jsonl", IncidentFixture.Inc1 + "\n" + IncidentFixture.Inc3 + "\n");

        var (exit, _, error) = CliRunner.Run(Records, "--incidents", incidents, "--as-of", IncidentFixture.AsOf, "--max-rejected", limit, "--format", "json");

        Assert.Equal(expected, exit);
        Assert.Equal(expected == 4, error.Contains("1 of 5 records were rejected (--max-rejected)", StringComparison.Ordinal));
        Assert.DoesNotContain("incidents were rejected", error);
    }

    [Fact]
    public void The_text_report_shows_the_incidents_their_findings_audit_007_and_the_rejected_incidents()
    {
        var (exit, output, error) = CliRunner.Run(Records, "--incidents", Incidents, "--as-of", IncidentFixture.AsOf);

        Assert.True(exit == 0, error);
        Assert.Contains("Incidents        5 read, 3 evaluated, 2 rejected, 2 with findings; links to records: 0 stated by one side only, 1 to records not in the input", output);
        Assert.Contains($"{Incidents}:2: INC-2 (unit UNIT-W): INCIDENT-001 Medium, INCIDENT-002 Critical, INCIDENT-004 Medium", output);
        Assert.Contains($"{Incidents}:5: INC-3 (unit UNIT-T): INCIDENT-001 Medium", output);
        Assert.DoesNotContain("INC-1 (unit", output);
        Assert.Contains("Incidents with findings (2 of 3)", output);
        Assert.Contains("Rejected incidents (2): not evaluated", output);
        Assert.Contains("DuplicateIncidentId: 1, InvalidIncident: 1", output);
        Assert.Matches(@"AUDIT-007\s+1 closed crime-indicative incidents; at least 20 are needed\s+UNIT-S, UNIT-T, UNIT-W", output);
        Assert.Matches(@"INCIDENT-003\s+Offence disclosed later.*no data", output);
        Assert.Matches(@"Critical\s+0\s+1\s+0\s+1", output);
        Assert.Matches(@"Medium\s+0\s+3\s+0\s+3", output);
    }

    [Fact]
    public void Without_incidents_the_text_report_has_no_incident_section()
    {
        var (exit, output, _) = CliRunner.Run(Records, "--as-of", IncidentFixture.AsOf);

        Assert.Equal(0, exit);
        Assert.DoesNotContain("Incident", output);
        Assert.Matches(@"AUDIT-007\s+no incidents input\s+UNIT-S", output);
    }
}
