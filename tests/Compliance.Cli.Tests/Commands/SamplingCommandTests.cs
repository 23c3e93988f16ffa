using System.CommandLine;
using System.Text.Json.Nodes;
using Compliance.Cli.Commands;
using Compliance.Cli.Tests.Fixtures;

namespace Compliance.Cli.Tests.Commands;

/// <summary><c>compliance sample</c> and <c>compliance estimate</c> end to end, in process, on the audit fixture's records.</summary>
public sealed class SamplingCommandTests : IDisposable
{
    private const string Plan = """
        { "planId": "FIX-2008", "adjudicator": "FORCE_CRIME_REGISTRAR", "seedSource": "test",
          "period": { "from": "2008-01-01", "to": "2010-01-01" },
          "strata": [
            { "id": "cancellations", "population": "record", "decision": "cancellation", "where": "Record.Cancellation != null", "n": 6 },
            { "id": "recording", "population": "record", "decision": "recording", "where": "true", "n": 8 } ] }
        """;

    private readonly AuditFiles _files = new();

    public SamplingCommandTests() => _files.Write("plan.json", Plan);

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Sample_writes_the_sample_and_a_blind_worksheet()
    {
        var (exit, _, error) = Sample(_files.RecordsPath, "--worksheet", _files.PathOf("sheet.csv"));

        Assert.Equal(0, exit);
        var sample = JsonNode.Parse(File.ReadAllText(_files.PathOf("sample.json")))!;
        Assert.Equal("FIX-2008", (string)sample["planId"]!);
        Assert.Equal("42", (string)sample["seed"]!);
        Assert.True((bool)sample["blind"]!);
        Assert.Equal(2, (long)sample["rejected"]!["records"]!);
        Assert.Equal(6 + 8, sample["items"]!.AsArray().Count);
        var sheet = File.ReadAllText(_files.PathOf("sheet.csv"));
        Assert.Equal(1 + 14, sheet.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotContain("findings", sheet, StringComparison.Ordinal);
        Assert.Contains("14 items drawn", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_records_split_over_files_in_another_order_give_the_same_strata_and_items()
    {
        Assert.Equal(0, Sample(_files.RecordsPath).Exit);
        var whole = JsonNode.Parse(File.ReadAllText(_files.PathOf("sample.json")))!.AsObject();

        var lines = File.ReadAllLines(_files.RecordsPath);
        var first = _files.Write("part-1.jsonl", string.Join("\n", lines.Skip(30).Reverse()));
        var second = _files.Write("part-2.jsonl", string.Join("\n", lines.Take(30).Reverse()));
        Assert.Equal(0, CliSampling.Run(["sample", second, first, "--plan", _files.PathOf("plan.json"), "--seed", "42", "--as-of", "2010-01-01T00:00:00Z", "--output", _files.PathOf("split.json")]).Exit);
        var split = JsonNode.Parse(File.ReadAllText(_files.PathOf("split.json")))!.AsObject();

        Assert.Equal(2, split["inputs"]!.AsArray().Count);
        whole.Remove("inputs");
        split.Remove("inputs");
        Assert.Equal(whole.ToJsonString(), split.ToJsonString());
    }

    [Theory]
    [InlineData("--seed", "042", "--seed: '042' is not a whole number")]
    [InlineData("--seed", "-1", "--seed: '-1' is not a whole number")]
    [InlineData("--as-of", "2010-01-01", "--as-of: '2010-01-01' is not an ISO 8601 timestamp")]
    public void Bad_options_exit_2(string option, string value, string message)
    {
        var args = new List<string> { "sample", _files.RecordsPath, "--plan", _files.PathOf("plan.json"), "--seed", "42", "--as-of", "2010-01-01T00:00:00Z", "--output", _files.PathOf("sample.json") };
        var at = args.IndexOf(option);
        if (at >= 0)
        {
            args[at + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        var (exit, _, error) = CliSampling.Run([.. args]);

        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.False(File.Exists(_files.PathOf("sample.json")));
    }

    [Fact]
    public void As_of_is_required()
    {
        var (exit, _, error) = CliSampling.Run(["sample", _files.RecordsPath, "--plan", _files.PathOf("plan.json"), "--seed", "42", "--output", _files.PathOf("sample.json")]);

        Assert.Equal(2, exit);
        Assert.Contains("--as-of is required", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_error_names_the_file_the_line_and_the_json_path()
    {
        _files.Write("plan.json", Plan.Replace("\"where\": \"true\"", "\"where\": \"File.Exists(\\\"x\\\")\"", StringComparison.Ordinal));

        var (exit, _, error) = Sample(_files.RecordsPath);

        Assert.Equal(2, exit);
        Assert.Contains("plan.json(5): $.strata[1].where:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_output_cannot_be_an_input()
    {
        var (exit, _, error) = CliSampling.Run(["sample", _files.RecordsPath, "--plan", _files.PathOf("plan.json"), "--seed", "42", "--as-of", "2010-01-01T00:00:00Z", "--output", _files.RecordsPath]);

        Assert.Equal(2, exit);
        Assert.Contains("is an input file", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2", 0)]
    [InlineData("1", 4)]
    [InlineData("3.33%", 0)]
    [InlineData("3.2%", 4)]
    public void More_rejected_records_than_max_rejected_exit_4_with_the_sample_written(string limit, int expected)
    {
        // The fixture has 62 lines, 2 of them rejected: 2/62 = 3.23%.
        var (exit, _, _) = Sample(_files.RecordsPath, "--max-rejected", limit);

        Assert.Equal(expected, exit);
        Assert.True(File.Exists(_files.PathOf("sample.json")));
    }

    [Fact]
    public void A_filled_worksheet_round_trips_into_estimates()
    {
        Assert.Equal(0, Sample(_files.RecordsPath, "--worksheet", _files.PathOf("sheet.csv")).Exit);
        var lines = File.ReadAllText(_files.PathOf("sheet.csv")).Split("\r\n").ToList();

        // The reviewer judges the first three cancellations wrong and every other item right, in a spreadsheet that saves semicolons.
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var cells = lines[i].Split(',');
            var wrong = cells[2] == "cancellations" && cells[3] is "1" or "2" or "3";
            cells[4] = "R1";
            cells[5] = "2026-01-12 10:00";
            cells[6] = wrong ? "FALSE" : "TRUE";
            cells[7] = wrong ? "NO_AVI" : string.Empty;
            lines[i] = string.Join(';', cells);
        }

        lines[0] = lines[0].Replace(',', ';');
        _files.Write("filled.csv", string.Join("\r\n", lines));

        var (exit, output, error) = CliSampling.Run(["estimate", "--sample", _files.PathOf("sample.json"), "--verdicts", _files.PathOf("filled.csv"), "--format", "json"]);

        Assert.True(exit == 0, error);
        var report = JsonNode.Parse(output)!;
        Assert.Equal(0, (long)report["notYetReviewed"]!);
        var cancellations = report["strata"]!.AsArray().Single(s => (string)s!["id"]! == "cancellations")!;
        Assert.Equal((6L, 3L), ((long)cancellations["reviewed"]!, (long)cancellations["incorrect"]!));
        Assert.Equal(0.5, (double)cancellations["errorRate"]!);
        Assert.Null(report["recording"]);
    }

    [Fact]
    public void A_verdict_for_an_item_not_in_the_sample_exits_2_naming_file_and_line_and_writes_no_report()
    {
        Assert.Equal(0, Sample(_files.RecordsPath).Exit);
        var verdicts = _files.Write("v.jsonl", """
            {"planId":"FIX-2008","itemKey":"record:NOT-DRAWN","reviewerRef":"R1","reviewedAt":"2026-01-10T09:00:00Z","decisionCorrect":true}
            """);

        var (exit, _, error) = CliSampling.Run(["estimate", "--sample", _files.PathOf("sample.json"), "--verdicts", verdicts, "--output", _files.PathOf("report.json"), "--format", "json"]);

        Assert.Equal(2, exit);
        Assert.Contains("v.jsonl(1): itemKey: \"record:NOT-DRAWN\" is not an item of the sample", error, StringComparison.Ordinal);
        Assert.False(File.Exists(_files.PathOf("report.json")));
    }

    [Fact]
    public void The_html_report_draws_each_estimate_on_its_interval()
    {
        Assert.Equal(0, Sample(_files.RecordsPath).Exit);
        var sample = JsonNode.Parse(File.ReadAllText(_files.PathOf("sample.json")))!;
        var verdicts = string.Join("\n", sample["items"]!.AsArray().Select((item, i) =>
            $$"""{"planId":"FIX-2008","itemKey":"{{(string)item!["itemKey"]!}}","reviewerRef":"R1","reviewedAt":"2026-01-10T09:00:00Z","decisionCorrect":{{(i % 4 == 0 ? "false,\"errorReasons\":[\"OTHER\"]" : "true")}}}"""));
        var path = _files.Write("v.jsonl", verdicts);

        var (exit, output, _) = CliSampling.Run(["estimate", "--sample", _files.PathOf("sample.json"), "--verdicts", path, "--format", "html"]);

        Assert.Equal(0, exit);
        Assert.StartsWith("<!DOCTYPE html>", output, StringComparison.Ordinal);
        Assert.Contains("<svg", output, StringComparison.Ordinal);
        Assert.Contains("cancellations", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_sample_file_exits_2_with_its_path()
    {
        var path = _files.Write("bad-sample.json", """{ "planId": "X", "seed": "042" }""");
        var verdicts = _files.Write("v.jsonl", string.Empty);

        var (exit, _, error) = CliSampling.Run(["estimate", "--sample", path, "--verdicts", verdicts]);

        Assert.Equal(2, exit);
        Assert.Contains("bad-sample.json(1): $.seed:", error, StringComparison.Ordinal);
    }

    private (int Exit, string Out, string Error) Sample(string records, params string[] more) =>
        CliSampling.Run(["sample", records, "--plan", _files.PathOf("plan.json"), "--seed", "42", "--as-of", "2010-01-01T00:00:00Z", "--output", _files.PathOf("sample.json"), .. more]);
}

/// <summary>Runs the sampling commands in process with captured output.</summary>
internal static class CliSampling
{
    public static (int Exit, string Out, string Error) Run(string[] args)
    {
        var root = new RootCommand { SampleCommand.Create(), EstimateCommand.Create() };
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CommandLineRunner.Run(root, args, new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
