using System.Text.Json;
using System.Text.Json.Nodes;
using Compliance.Cli.Tests.Fixtures;
using Compliance.Rules.Records;
using static Compliance.Cli.Tests.Fixtures.AuthorFixture;

namespace Compliance.Cli.Tests.Commands;

/// <summary>
/// <c>audit --baseline</c> with the author fixture's pack. Last month: A and D had R-CANCEL
/// (Critical), B had R-VICTIMS, C nothing. This month: A as before, B fixed, C now with two victims,
/// D not in the export. So: A unchanged, C new, B resolved, D not re-audited.
/// </summary>
public sealed class AuditBaselineTests : IDisposable
{
    private const string AsOf = "2010-01-01T00:00:00Z";
    private readonly AuditFiles _files = new();

    public AuditBaselineTests()
    {
        _files.Write("pack.json", PackJson);
        _files.Write("last.jsonl", Jsonl(Record("A", CancellationCode.C2), Record("B", victims: 2), Record("C"), Record("D", CancellationCode.C2)));
        _files.Write("this.jsonl", Jsonl(Record("A", CancellationCode.C2), Record("B"), Record("C", victims: 2)));
        var (exit, _, error) = CliRunner.Run(_files.PathOf("last.jsonl"), "--rules", _files.PathOf("pack.json"), "--as-of", AsOf, "--format", "json", "--output", _files.PathOf("last.json"));
        Assert.True(exit == 0, error);
    }

    public void Dispose() => _files.Dispose();

    private (int Exit, string Out, string Error) Audit(string format, string pack = "pack.json", string baseline = "last.json") =>
        CliRunner.Run(_files.PathOf("this.jsonl"), "--rules", _files.PathOf(pack), "--as-of", AsOf, "--format", format, "--baseline", _files.PathOf(baseline));

    [Fact]
    public void Json_marks_each_finding_and_lists_what_was_resolved_and_not_reaudited()
    {
        var (exit, output, _) = Audit("json");

        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(output).RootElement;
        var findings = root.GetProperty("records").EnumerateArray()
            .SelectMany(r => r.GetProperty("findings").EnumerateArray().Select(f => (r.GetProperty("crimeRecordId").GetString(), f.GetProperty("ruleId").GetString(), f.GetProperty("change").GetString())))
            .ToArray();
        Assert.Equal([("A", "R-CANCEL", "unchanged"), ("C", "R-VICTIMS", "new")], findings);
        Assert.False(root.GetProperty("records")[0].GetProperty("findings")[0].GetProperty("severityChanged").GetBoolean());

        var baseline = root.GetProperty("baseline");
        Assert.Equal(_files.PathOf("last.json"), baseline.GetProperty("source").GetString());
        Assert.True(baseline.GetProperty("samePack").GetBoolean());
        Assert.Equal("author-pack", baseline.GetProperty("rulePack").GetProperty("id").GetString());
        var resolved = Assert.Single(baseline.GetProperty("resolved").EnumerateArray());
        Assert.Equal(("B", "R-VICTIMS", "Medium"), (resolved.GetProperty("crimeRecordId").GetString(), resolved.GetProperty("ruleId").GetString(), resolved.GetProperty("severity").GetString()));
        var notReaudited = Assert.Single(baseline.GetProperty("notReaudited").EnumerateArray());
        Assert.Equal(("D", "R-CANCEL"), (notReaudited.GetProperty("crimeRecordId").GetString(), notReaudited.GetProperty("ruleId").GetString()));
        var counts = baseline.GetProperty("counts");
        Assert.Equal((1, 1, 0, 1, 1), (counts.GetProperty("new").GetInt32(), counts.GetProperty("unchanged").GetInt32(), counts.GetProperty("severityChanged").GetInt32(),
            counts.GetProperty("resolved").GetInt32(), counts.GetProperty("notReaudited").GetInt32()));
    }

    [Fact]
    public void A_different_pack_is_said_and_a_moved_severity_is_marked()
    {
        // The same pack with R-CANCEL no longer escalated to Critical for rapes.
        _files.Write("other-pack.json", PackJson.Replace("\"severity\": \"Critical\" } ]", "\"severity\": \"High\" } ]", StringComparison.Ordinal));

        var (exit, output, error) = Audit("json", pack: "other-pack.json");

        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.False(root.GetProperty("baseline").GetProperty("samePack").GetBoolean());
        var finding = root.GetProperty("records")[0].GetProperty("findings")[0];
        Assert.Equal(("High", "unchanged", true, "Critical"), (finding.GetProperty("severity").GetString(), finding.GetProperty("change").GetString(),
            finding.GetProperty("severityChanged").GetBoolean(), finding.GetProperty("previousSeverity").GetString()));
        Assert.Contains("a change may come from the rules, not the records", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_states_the_counts()
    {
        var (_, output, _) = Audit("text");

        Assert.Contains("1 new, 1 unchanged (0 with another severity), 1 resolved, 1 not audited again", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_states_the_counts()
    {
        var (_, output, _) = Audit("html");

        Assert.Contains("1 new, 1 unchanged (0 with another severity), 1 resolved, 1 not audited again", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_gains_a_change_column_with_rows_for_resolved_and_not_reaudited_findings()
    {
        var (_, output, _) = Audit("csv");

        var rows = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToArray();
        Assert.Equal("change", rows[0][^1]);
        var changes = rows.Skip(1).Where(r => r[0] is "record").Select(r => (r[2], r[3], r[^1])).ToArray();
        Assert.Equal([("A", "R-CANCEL", "unchanged"), ("C", "R-VICTIMS", "new"), ("B", "R-VICTIMS", "resolved"), ("D", "R-CANCEL", "notReaudited")], changes);
    }

    [Fact]
    public void Without_a_baseline_the_csv_columns_are_unchanged()
    {
        var (_, output, _) = CliRunner.Run(_files.PathOf("this.jsonl"), "--rules", _files.PathOf("pack.json"), "--as-of", AsOf, "--format", "csv");

        Assert.StartsWith("kind,unitId,crimeRecordId,ruleId,severity,message,evidence,source,line,asOf\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no reportVersion")]
    [InlineData("reportVersion 1")]
    [InlineData("records file")]
    public void A_baseline_that_is_not_a_version_2_json_report_exits_2(string what)
    {
        var report = JsonNode.Parse(File.ReadAllText(_files.PathOf("last.json")))!.AsObject();
        var path = what switch
        {
            "no reportVersion" => Write(report, r => r.Remove("reportVersion")),
            "reportVersion 1" => Write(report, r => r["reportVersion"] = 1),
            _ => "last.jsonl",
        };

        var (exit, output, error) = Audit("json", baseline: path);

        Assert.Equal((2, string.Empty), (exit, output));
        Assert.Contains("is not a version-2 JSON report", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_baseline_cannot_be_the_output()
    {
        var (exit, _, error) = CliRunner.Run(_files.PathOf("this.jsonl"), "--rules", _files.PathOf("pack.json"), "--as-of", AsOf, "--format", "json",
            "--baseline", _files.PathOf("last.json"), "--output", _files.PathOf("last.json"));

        Assert.Equal(2, exit);
        Assert.Contains("same file", error, StringComparison.Ordinal);
        Assert.Equal(2, JsonDocument.Parse(File.ReadAllText(_files.PathOf("last.json"))).RootElement.GetProperty("reportVersion").GetInt32());
    }

    private string Write(JsonObject report, Action<JsonObject> change)
    {
        change(report);
        _files.Write("changed.json", report.ToJsonString());
        return "changed.json";
    }
}
