using System.Text.Json;
using Compliance.Cli.Tests.Fixtures;
using Compliance.Rules.Records;

namespace Compliance.Cli.Tests.Commands;

public sealed class AuditCommandTests : IDisposable
{
    private readonly AuditFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void The_default_report_is_the_terminal_summary_and_the_exit_code_is_0()
    {
        var (exit, output, error) = Audit();

        Assert.Equal(0, exit);
        Assert.Contains("Compliance audit as of 2010-01-01T00:00:00Z", output, StringComparison.Ordinal);
        Assert.Contains("62 read, 60 evaluated, 2 rejected", output, StringComparison.Ordinal);
        Assert.Empty(error);
    }

    [Theory]
    [InlineData("critical", 1)]
    [InlineData("High", 1)]
    [InlineData("low", 1)]
    public void Findings_at_or_above_fail_on_exit_1(string threshold, int expected) =>
        Assert.Equal(expected, Audit("--fail-on", threshold).Exit);

    [Fact]
    public void Findings_below_fail_on_exit_0()
    {
        // Units A and B alone: one Medium record finding (B-05), no unit finding fires.
        var lines = AuditFixture.Records().Where(r => !r.CrimeRecordId.StartsWith('S')).Select(RecordJson.Serialize);
        var path = _files.Write("ab.jsonl", string.Join("\n", lines));

        Assert.Equal(0, CliRunner.Run(path, "--rules", _files.PackPath, "--as-of", "2010-01-01T00:00:00Z", "--fail-on", "high").Exit);
        Assert.Equal(1, CliRunner.Run(path, "--rules", _files.PackPath, "--as-of", "2010-01-01T00:00:00Z", "--fail-on", "medium").Exit);
    }

    [Theory]
    [InlineData("--as-of", "2010-01-01T00:00:00", "--as-of: '2010-01-01T00:00:00' is not an ISO 8601 timestamp with an offset")]
    [InlineData("--format", "pdf", "--format: 'pdf' is not one of text, json, csv, html")]
    [InlineData("--fail-on", "severe", "--fail-on: 'severe' is not one of critical, high, medium, low")]
    [InlineData("--unknown", "x", "--unknown")]
    public void Bad_options_are_usage_errors_with_exit_2(string option, string value, string message)
    {
        var (exit, output, error) = CliRunner.Run(_files.RecordsPath, "--rules", _files.PackPath, option, value);

        Assert.Equal(2, exit);
        Assert.Contains(message, error + output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_input_file_is_exit_2_and_no_report_is_written()
    {
        var report = _files.PathOf("report.json");

        var (exit, _, error) = CliRunner.Run(_files.PathOf("missing.jsonl"), "--rules", _files.PackPath, "--format", "json", "--output", report);

        Assert.Equal(2, exit);
        Assert.Contains("missing.jsonl: no such file", error, StringComparison.Ordinal);
        Assert.False(File.Exists(report));
    }

    [Fact]
    public void An_input_of_an_unknown_kind_is_exit_2()
    {
        var (exit, _, error) = CliRunner.Run(_files.Write("records.txt", "{}"), "--rules", _files.PackPath);

        Assert.Equal(2, exit);
        Assert.Contains("records.txt: cannot tell the format from the extension '.txt'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_rule_pack_is_exit_2()
    {
        var (exit, output, error) = CliRunner.Run(_files.RecordsPath, "--rules", _files.Write("bad-pack.json", "{ \"kind\": \"rulePack\" }"));

        Assert.Equal(2, exit);
        Assert.Contains("invalid", error + output, StringComparison.Ordinal);
    }

    [Fact]
    public void No_input_is_a_usage_error() => Assert.Equal(2, CliRunner.Run("--rules", _files.PackPath).Exit);

    [Fact]
    public void Rejected_records_are_reported_with_file_line_and_reason_and_counted()
    {
        using var report = JsonReport();
        var root = report.RootElement;

        var rejected = root.GetProperty("rejected").EnumerateArray().ToArray();
        Assert.Equal([4L, 9L], rejected.Select(r => r.GetProperty("line").GetInt64()));
        Assert.All(rejected, r => Assert.Equal(_files.RecordsPath, r.GetProperty("source").GetString()));
        Assert.Equal("Truncated", rejected[0].GetProperty("code").GetString());
        Assert.Equal("InvalidRecord", rejected[1].GetProperty("code").GetString());
        Assert.Contains("$.incident.reportReceivedAt", rejected[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        var summary = root.GetProperty("summary");
        Assert.Equal(
            summary.GetProperty("recordsRead").GetInt64(),
            summary.GetProperty("recordsEvaluated").GetInt64() + summary.GetProperty("recordsRejected").GetInt64());
        Assert.Equal(2, summary.GetProperty("recordsRejected").GetInt64());
    }

    [Fact]
    public void Two_runs_write_byte_identical_json()
    {
        var first = _files.PathOf("first.json");
        var second = _files.PathOf("second.json");

        Assert.Equal(0, Audit("--format", "json", "--output", first).Exit);
        Assert.Equal(0, Audit("--format", "json", "--output", second).Exit);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void Without_as_of_the_start_time_is_used_to_the_second_and_stated()
    {
        var (exit, output, _) = CliRunner.Run(_files.RecordsPath, "--rules", _files.PackPath, "--format", "json");

        Assert.Equal(0, exit);
        using var report = JsonDocument.Parse(output);
        Assert.Equal("2011-02-03T04:05:06Z", report.RootElement.GetProperty("asOf").GetString());
    }

    [Theory]
    [InlineData("json", "\"recordsRead\": 62")]
    [InlineData("csv", "kind,unitId,crimeRecordId,ruleId,severity,message,evidence,source,line,asOf")]
    [InlineData("html", "<!DOCTYPE html>")]
    [InlineData("text", "62 read, 60 evaluated, 2 rejected")]
    public void Every_format_can_be_written_to_a_file_with_a_note_on_standard_error(string format, string expected)
    {
        var path = _files.PathOf("report." + format);

        var (exit, output, error) = Audit("--format", format, "--output", path);

        Assert.Equal(0, exit);
        Assert.Empty(output);
        Assert.Contains(expected, File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Contains($"62 records read, 60 evaluated, 2 rejected; 15 findings; 1 of 3 units stand out; {format} report: {path}", error, StringComparison.Ordinal);
        Assert.Contains("warning: 2 input records were rejected", error, StringComparison.Ordinal);
        Assert.Contains("warning: 1 rule evaluations failed", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_is_read_as_json_lines()
    {
        var (exit, output, _) = CliRunner.RunWithInput(AuditFixture.Jsonl(), "-", "--rules", _files.PackPath, "--as-of", "2010-01-01T00:00:00Z", "--format", "json");

        Assert.Equal(0, exit);
        using var report = JsonDocument.Parse(output);
        Assert.Equal(62, report.RootElement.GetProperty("summary").GetProperty("recordsRead").GetInt64());
        Assert.Equal("<stdin>", report.RootElement.GetProperty("rejected")[0].GetProperty("source").GetString());
    }

    [Fact]
    public void Duplicate_ids_across_files_are_rejected_naming_the_first()
    {
        var copy = _files.Write("copy.jsonl", RecordJson.Serialize(AuditFixture.Records().First()) + "\n");

        var (_, output, _) = CliRunner.Run(_files.RecordsPath, copy, "--rules", _files.PackPath, "--as-of", "2010-01-01T00:00:00Z", "--format", "json");

        using var report = JsonDocument.Parse(output);
        var duplicate = report.RootElement.GetProperty("rejected").EnumerateArray().Last();
        Assert.Equal(copy, duplicate.GetProperty("source").GetString());
        Assert.Equal("DuplicateCrimeRecordId", duplicate.GetProperty("code").GetString());
        Assert.Contains("S-00", duplicate.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(["force.jsonl", "copy.jsonl"], report.RootElement.GetProperty("inputs").EnumerateArray().Select(i => Path.GetFileName(i.GetString())));
    }

    [Fact]
    public void A_file_scanned_for_ids_first_gives_the_report_of_a_pipe_that_cannot_be()
    {
        // The fixture, then three of its records again: one as it is, one with its id escaped, one twice.
        var records = AuditFixture.Records().Take(3).Select(RecordJson.Serialize).ToList();
        var text = string.Join("\n", AuditFixture.Jsonl().TrimEnd('\n'), records[0], records[1].Replace("\"A-00\"", "\"A\\u002D00\"", StringComparison.Ordinal), records[2], records[2]) + "\n";
        var path = _files.Write("again.jsonl", text);
        string[] options = ["--rules", _files.PackPath, "--as-of", "2010-01-01T00:00:00Z", "--format", "json"];

        var (_, scanned, _) = CliRunner.Run([path, .. options]);
        var (_, piped, _) = CliRunner.RunWithStream(() => new PipeStream(System.Text.Encoding.UTF8.GetBytes(text)), ["-", .. options]);

        Assert.Equal(scanned, piped.Replace("<stdin>", path, StringComparison.Ordinal));
        using var report = JsonDocument.Parse(scanned);
        var duplicates = report.RootElement.GetProperty("rejected").EnumerateArray().Where(r => r.GetProperty("code").GetString() == "DuplicateCrimeRecordId").ToList();
        Assert.Equal(4, duplicates.Count);
    }

    private (int Exit, string Out, string Error) Audit(params string[] options) =>
        CliRunner.Run([_files.RecordsPath, "--rules", _files.PackPath, "--as-of", "2010-01-01T00:00:00Z", .. options]);

    private JsonDocument JsonReport()
    {
        var (exit, output, _) = Audit("--format", "json");
        Assert.Equal(0, exit);
        return JsonDocument.Parse(output);
    }
}
