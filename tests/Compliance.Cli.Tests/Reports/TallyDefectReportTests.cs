using System.Text.Json;
using Compliance.Cli.Tests.Fixtures;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;

namespace Compliance.Cli.Tests.Reports;

/// <summary>
/// A record the unit tallies cannot count is listed in every report format among the rule errors
/// (rule id <c>unitTally</c>), beside the fixture's one rule error (B-09, NCRS-001), and counted
/// with them, as <c>--fail-on-rule-errors</c> counts it.
/// </summary>
public sealed class TallyDefectReportTests
{
    private const string Defect = "NullReferenceException while counting the record for the unit audits";

    /// <summary>
    /// The fixture's input and one record more, made in code with what the reader would refuse: a null
    /// outcome on a recorded crime (the sanction count reads it; no rule of the fixture pack does).
    /// </summary>
    private static IEnumerable<ReadResult> Input() => AuditFixture.Input().Append(new ParsedRecord(
        AuditFixture.Records().First(r => r.CrimeRecordId == "A-01") with { CrimeRecordId = "T-BROKEN", Outcomes = [null!] },
        "force.jsonl",
        99));

    [Fact]
    public void Json_lists_it_after_the_rule_errors_and_counts_it()
    {
        var (report, result) = Capture.Json(input: Input());
        var root = JsonDocument.Parse(report).RootElement;

        Assert.Single(result.TallyDefects);
        var summary = root.GetProperty("summary");
        Assert.Equal(2, summary.GetProperty("ruleErrors").GetInt64());
        Assert.Equal([("NCRS-001", 1L), ("unitTally", 1L)], summary.GetProperty("ruleErrorsByRule").EnumerateObject().Select(p => (p.Name, p.Value.GetInt64())));
        var errors = root.GetProperty("ruleErrors").EnumerateArray().ToArray();
        Assert.Equal(["B-09", "T-BROKEN"], errors.Select(e => e.GetProperty("crimeRecordId").GetString()));
        Assert.Equal(
            """{"crimeRecordId":"T-BROKEN","unitId":"UNIT-A","ruleId":"unitTally","error":"NullReferenceException while counting the record for the unit audits"}""",
            JsonSerializer.Serialize(errors[1]));

        // Evaluated and reported as usual: only the unit figures leave it out (UNIT-A keeps its 20 records).
        Assert.Equal(61, summary.GetProperty("recordsEvaluated").GetInt64());
        var unitA = root.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unitId").GetString() == "UNIT-A");
        Assert.Equal(20, unitA.GetProperty("metrics").GetProperty("records").GetInt64());
    }

    [Fact]
    public void Csv_has_a_rule_error_row_for_it()
    {
        var rows = Capture.Csv(input: Input()).Split("\r\n");

        Assert.Contains($"ruleError,UNIT-A,T-BROKEN,unitTally,,{Defect},,,,2010-01-01T00:00:00Z", rows);
    }

    [Fact]
    public void Text_counts_it_with_the_rule_errors_and_lists_it()
    {
        var report = Capture.Text(Input());

        Assert.Contains("Rule errors (2)", report, StringComparison.Ordinal);
        Assert.Contains("NCRS-001: 1, unitTally: 1", report, StringComparison.Ordinal);
        Assert.Contains($"T-BROKEN unitTally: {Defect} (unit UNIT-A)", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_counts_it_with_the_rule_errors_and_lists_it()
    {
        var report = Capture.Html(input: Input());

        Assert.Contains("<h2>Rule errors (2)</h2>", report, StringComparison.Ordinal);
        Assert.Contains($"<tr><td class=\"id\">T-BROKEN</td><td class=\"id\">UNIT-A</td><td class=\"id\">unitTally</td><td>{Defect}</td>", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_defect_the_reports_show_the_rule_errors_alone()
    {
        var root = JsonDocument.Parse(Capture.Json().Report).RootElement;

        Assert.Equal(1, root.GetProperty("summary").GetProperty("ruleErrors").GetInt64());
        Assert.Equal(["NCRS-001"], root.GetProperty("ruleErrors").EnumerateArray().Select(e => e.GetProperty("ruleId").GetString()));
        Assert.DoesNotContain("unitTally", Capture.Text(), StringComparison.Ordinal);
    }
}
