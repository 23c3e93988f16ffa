using System.Text.Json;
using Compliance.Cli.Tests.Fixtures;
using Compliance.Rules.Records;
using static Compliance.Cli.Tests.Fixtures.AuthorFixture;

namespace Compliance.Cli.Tests.Commands;

/// <summary><c>compliance explain</c>: every record rule's verdict, by hand from the author fixture's pack.</summary>
public sealed class ExplainCommandTests : IDisposable
{
    private const string AsOf = "2010-01-01T00:00:00Z";
    private readonly AuditFiles _files = new();

    public ExplainCommandTests()
    {
        _files.Write("pack.json", PackJson);
        _files.Write("three.jsonl", Jsonl(
            Record("E-1", CancellationCode.C2),
            Record("E-2", victims: 2, decided: false),
            Record("E-3", CancellationCode.C1, reported: new DateTimeOffset(2016, 5, 1, 9, 0, 0, TimeSpan.Zero))));
    }

    public void Dispose() => _files.Dispose();

    private (int Exit, string Out, string Error) Explain(params string[] args) =>
        CommandRunner.Run(["explain", .. args, "--rules", _files.PathOf("pack.json")]);

    [Fact]
    public void Json_for_one_record_gives_every_record_rule_its_status_in_pack_order()
    {
        var (exit, output, error) = Explain(_files.PathOf("three.jsonl"), "--id", "E-2", "--as-of", AsOf, "--format", "json");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("E-2", root.GetProperty("crimeRecordId").GetString());
        Assert.Equal(AsOf, root.GetProperty("asOf").GetString());
        Assert.Equal("author-pack", root.GetProperty("rulePack").GetProperty("id").GetString());
        var rules = root.GetProperty("rules").EnumerateArray().ToArray();
        Assert.Equal(
            [("R-CANCEL", "notApplicable"), ("R-VICTIMS", "fired"), ("R-DECIDED", "error"), ("R-OFF", "disabled")],
            rules.Select(r => (r.GetProperty("ruleId").GetString(), r.GetProperty("status").GetString())));
        Assert.Equal("cancelled", rules[0].GetProperty("missing").GetString());
        Assert.Equal("Medium", rules[1].GetProperty("severity").GetString());
        Assert.Equal(2, rules[1].GetProperty("evidence").GetProperty("count").GetInt32());
        Assert.Contains("NullReferenceException", rules[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("HOCR-2002", rules[1].GetProperty("timelines").GetProperty("countingRules").GetString());
        Assert.Empty(rules[3].GetProperty("timelines").EnumerateObject());
        Assert.False(rules[0].TryGetProperty("severity", out _));
        Assert.False(rules[1].TryGetProperty("missing", out _));
    }

    [Fact]
    public void With_the_built_in_pack_a_rule_before_its_timeline_is_not_in_force_and_item_rules_name_every_entry_they_used()
    {
        // Outcome 15 after an interview, assigned in 2010 and in May 2014: the right to review starts on
        // 1 April 2015 (VRR-2015), so VICTIM-002 is not in force and names no entry; OUTCOME-001 judges each
        // outcome by the outcomes entry of its own day: DETECTIONS (2010) and OUTCOMES-2014 (from 1 April 2014).
        var record = Record("E-T", reported: new DateTimeOffset(2010, 3, 1, 9, 0, 0, TimeSpan.Zero)) with
        {
            Suspects = [new Suspect { PersonRef = "P-2", Identified = true, InterviewedUnderCautionAt = new DateTimeOffset(2010, 4, 1, 9, 0, 0, TimeSpan.Zero) }],
            Outcomes =
            [
                new Outcome { OutcomeType = 15, AssignedAt = new DateTimeOffset(2010, 6, 1, 9, 0, 0, TimeSpan.Zero) },
                new Outcome { OutcomeType = 15, AssignedAt = new DateTimeOffset(2014, 5, 1, 9, 0, 0, TimeSpan.Zero) },
            ],
        };
        var path = _files.Write("timelines.json", RecordJson.Serialize(record));

        var (exit, output, _) = CommandRunner.Run("explain", path, "--as-of", "2016-01-01T00:00:00Z", "--format", "json");

        Assert.Equal(0, exit);
        var rules = JsonDocument.Parse(output).RootElement.GetProperty("rules").EnumerateArray().ToDictionary(r => r.GetProperty("ruleId").GetString()!);
        Assert.Equal("notInForce", rules["VICTIM-002"].GetProperty("status").GetString());
        Assert.Empty(rules["VICTIM-002"].GetProperty("timelines").EnumerateObject());
        Assert.Equal("DETECTIONS, OUTCOMES-2014", rules["OUTCOME-001"].GetProperty("timelines").GetProperty("outcomes").GetString());
        Assert.Equal("HOCR-2002", rules["NCRS-001"].GetProperty("timelines").GetProperty("countingRules").GetString());
    }

    [Fact]
    public void Without_an_id_each_record_of_a_jsonl_file_is_explained_in_input_order()
    {
        var (exit, output, _) = Explain(_files.PathOf("three.jsonl"), "--as-of", AsOf, "--format", "json");

        Assert.Equal(0, exit);
        var records = JsonDocument.Parse(output).RootElement.EnumerateArray().ToArray();
        Assert.Equal(["E-1", "E-2", "E-3"], records.Select(r => r.GetProperty("crimeRecordId").GetString()));
        var first = records[0].GetProperty("rules")[0];
        Assert.Equal(("fired", "Critical", "C2"), (first.GetProperty("status").GetString(), first.GetProperty("severity").GetString(), first.GetProperty("evidence").GetProperty("code").GetString()));
        var third = records[2].GetProperty("rules")[0];
        Assert.Equal(("notApplicable", "codeC2"), (third.GetProperty("status").GetString(), third.GetProperty("missing").GetString()));
        Assert.Equal("HOCR-2015", third.GetProperty("timelines").GetProperty("countingRules").GetString());
    }

    [Fact]
    public void A_json_file_with_one_record_gives_one_object()
    {
        _files.Write("one.json", RecordJson.Serialize(Record("E-9")));

        var (exit, output, _) = Explain(_files.PathOf("one.json"), "--as-of", AsOf, "--format", "json");

        Assert.Equal(0, exit);
        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(output).RootElement.ValueKind);
    }

    [Fact]
    public void Text_names_the_status_the_missing_requirement_and_the_evidence()
    {
        var (exit, output, _) = Explain(_files.PathOf("three.jsonl"), "--id", "E-1", "--as-of", AsOf);

        Assert.Equal(0, exit);
        var lines = output.Split('\n');
        Assert.Equal("E-1 as of 2010-01-01T00:00:00Z, rule pack author-pack 2.1.0", lines[0]);
        Assert.Equal("  4 record rules: 1 fired, 2 passed, 1 disabled", lines[1]);
        Assert.Equal("  timelines: countingRules HOCR-2002", lines[2]);
        Assert.Equal("  fired          R-CANCEL   Critical: C2 cancellation without AVI", lines[3]);
        Assert.Equal("                            evidence: code=C2", lines[4]);
        Assert.Equal("  passed         R-VICTIMS", lines[5]);
        Assert.Equal("  disabled       R-OFF", lines[7]);

        var (_, third, _) = Explain(_files.PathOf("three.jsonl"), "--id", "E-3", "--as-of", AsOf);
        Assert.Contains("  not applicable R-CANCEL   missing: codeC2", third.Split('\n'));
    }

    [Fact]
    public void An_id_the_file_does_not_hold_is_an_input_error_naming_file_and_id()
    {
        var (exit, output, error) = Explain(_files.PathOf("three.jsonl"), "--id", "E-404", "--as-of", AsOf);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("three.jsonl holds no record with crimeRecordId \"E-404\"", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100, 0)]
    [InlineData(101, 2)]
    public void A_file_of_more_than_100_records_needs_an_id(int count, int expectedExit)
    {
        var path = _files.Write("many.jsonl", Jsonl(Enumerable.Range(1, count).Select(i => Record($"M-{i}")).ToArray()));

        var (exit, output, error) = Explain(path, "--as-of", AsOf, "--format", "json");

        Assert.Equal(expectedExit, exit);
        if (expectedExit == 0)
        {
            Assert.Equal(count, JsonDocument.Parse(output).RootElement.GetArrayLength());
        }
        else
        {
            Assert.Equal(string.Empty, output);
            Assert.Contains("more than 100 records", error, StringComparison.Ordinal);
        }

        var (byId, one, _) = Explain(path, "--id", $"M-{count}", "--as-of", AsOf, "--format", "json");
        Assert.Equal((0, $"M-{count}"), (byId, JsonDocument.Parse(one).RootElement.GetProperty("crimeRecordId").GetString()));
    }

    [Fact]
    public void A_broken_record_is_named_on_standard_error_and_the_others_are_explained()
    {
        var path = _files.Write("broken.jsonl", Jsonl(Record("E-1")) + "{\"schemaVersion\": \"1.0\"\n" + Jsonl(Record("E-2")));

        var (exit, output, error) = Explain(path, "--as-of", AsOf, "--format", "json");

        Assert.Equal(0, exit);
        Assert.Equal(["E-1", "E-2"], JsonDocument.Parse(output).RootElement.EnumerateArray().Select(r => r.GetProperty("crimeRecordId").GetString()));
        Assert.Contains("broken.jsonl:2:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_as_of_the_clock_is_used_to_the_second()
    {
        var (_, output, _) = Explain(_files.PathOf("three.jsonl"), "--id", "E-1", "--format", "json");

        Assert.Equal("2011-02-03T04:05:06Z", JsonDocument.Parse(output).RootElement.GetProperty("asOf").GetString());
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--as-of", "2010-01-01")]
    public void Bad_options_are_usage_errors(string option, string value)
    {
        var (exit, output, error) = Explain(_files.PathOf("three.jsonl"), option, value);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.NotEqual(string.Empty, error);
    }
}
