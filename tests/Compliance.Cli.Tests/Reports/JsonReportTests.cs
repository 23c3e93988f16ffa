using System.Text.Json;
using Compliance.Cli.Tests.Fixtures;
using Snapshooter.Xunit;

namespace Compliance.Cli.Tests.Reports;

public sealed class JsonReportTests
{
    [Fact]
    public void The_report_matches_its_snapshot() => Snapshot.Match(Capture.Json().Report);

    [Fact]
    public void The_report_has_the_contract_keys_in_the_contract_order()
    {
        using var document = JsonDocument.Parse(Capture.Json().Report);
        var root = document.RootElement;

        Assert.Equal(["asOf", "rulePack", "summary", "records", "units", "rejected"], root.EnumerateObject().Select(p => p.Name).Take(6));
        Assert.Equal("2010-01-01T00:00:00Z", root.GetProperty("asOf").GetString());
        Assert.Equal(["id", "version", "sha256"], root.GetProperty("rulePack").EnumerateObject().Select(p => p.Name).Take(3));
        Assert.Equal("test-pack", root.GetProperty("rulePack").GetProperty("id").GetString());
        var summary = root.GetProperty("summary");
        Assert.Equal(["recordsRead", "recordsEvaluated", "recordsRejected", "findingsBySeverity"], summary.EnumerateObject().Select(p => p.Name).Take(4));
        Assert.Equal(["Critical", "High", "Medium", "Low"], summary.GetProperty("findingsBySeverity").EnumerateObject().Select(p => p.Name));
        var finding = root.GetProperty("records")[0].GetProperty("findings")[0];
        Assert.Equal(["ruleId", "severity", "message", "evidence"], finding.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["unitId", "metrics", "findings", "notAssessed"], root.GetProperty("units")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["source", "line", "error"], root.GetProperty("rejected")[0].EnumerateObject().Select(p => p.Name).Take(3));
    }

    [Fact]
    public void Counts_add_up_and_records_are_those_with_findings_in_input_order()
    {
        var (report, result) = Capture.Json();
        using var document = JsonDocument.Parse(report);
        var summary = document.RootElement.GetProperty("summary");

        Assert.Equal(62, summary.GetProperty("recordsRead").GetInt64());
        Assert.Equal(60, summary.GetProperty("recordsEvaluated").GetInt64());
        Assert.Equal(2, summary.GetProperty("recordsRejected").GetInt64());
        var ids = document.RootElement.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("crimeRecordId").GetString()).ToArray();
        var expected = AuditFixture.Records().Select(r => r.CrimeRecordId)
            .Where(id => id is "S-00" or "S-01" or "S-02" or "S-03" or "S-04" or "S-05" or "S-06" or "S-07" or "S-14" or "B-05").ToArray();
        Assert.Equal(expected, ids);
        Assert.Equal(result.Totals.RecordsWithFindings, ids.Length);
        var bySeverity = summary.GetProperty("findingsBySeverity");
        Assert.Equal(8 + 1, bySeverity.GetProperty("Critical").GetInt64());
        Assert.Equal(2, bySeverity.GetProperty("High").GetInt64());
        Assert.Equal(4, bySeverity.GetProperty("Medium").GetInt64());
        Assert.Equal(0, bySeverity.GetProperty("Low").GetInt64());
    }

    [Fact]
    public void Unit_findings_carry_their_figures_and_small_units_say_why_they_are_not_assessed()
    {
        using var document = JsonDocument.Parse(Capture.Json().Report);
        var units = document.RootElement.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("unitId").GetString()!);

        Assert.Equal(["UNIT-A", "UNIT-B", "UNIT-S"], units.Keys);
        var sapphire = units["UNIT-S"];
        Assert.Equal(["AUDIT-002", "AUDIT-003", "AUDIT-004"], sapphire.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()));
        var audit002 = sapphire.GetProperty("findings")[0].GetProperty("evidence");
        Assert.Equal(0.4, audit002.GetProperty("rate").GetDouble());
        Assert.Equal(0.05, audit002.GetProperty("baseline").GetDouble());
        Assert.Equal(20, sapphire.GetProperty("metrics").GetProperty("rapeRecords").GetInt64());
        Assert.Empty(units["UNIT-A"].GetProperty("findings").EnumerateArray());
        var notAssessed = units["UNIT-A"].GetProperty("notAssessed").EnumerateArray().Single();
        Assert.Equal("AUDIT-003", notAssessed.GetProperty("ruleId").GetString());
        Assert.Contains("1 cancellations", notAssessed.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_errors_and_rejections_are_in_the_report_with_where_they_happened()
    {
        using var document = JsonDocument.Parse(Capture.Json().Report);
        var root = document.RootElement;

        var error = root.GetProperty("ruleErrors").EnumerateArray().Single();
        Assert.Equal("B-09", error.GetProperty("crimeRecordId").GetString());
        Assert.Equal("NCRS-001", error.GetProperty("ruleId").GetString());
        Assert.Contains("NullReferenceException", error.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, root.GetProperty("summary").GetProperty("ruleErrors").GetInt64());
        Assert.Equal(
            [("force.jsonl", 4L, "Truncated"), ("force.jsonl", 62L, "InvalidRecord")],
            root.GetProperty("rejected").EnumerateArray().Select(r => (r.GetProperty("source").GetString()!, r.GetProperty("line").GetInt64(), r.GetProperty("code").GetString()!)));
    }

    [Fact]
    public void Free_text_appears_only_when_asked_for()
    {
        Assert.DoesNotContain("no further action", Capture.Json().Report, StringComparison.Ordinal);

        using var document = JsonDocument.Parse(Capture.Json(includeText: true).Report);
        var first = document.RootElement.GetProperty("records")[0];
        Assert.Equal("Victim retracted, \"no further action\"", first.GetProperty("texts").GetProperty("cancellation.rationaleText").GetString());
    }

    [Fact]
    public void The_same_input_pack_and_as_of_give_the_same_bytes()
    {
        Assert.Equal(Capture.Json().Report, Capture.Json().Report);
    }
}
