using System.Text.Json;
using System.Xml.Linq;
using Compliance.Cli.Tests.Fixtures;
using Compliance.Rules.Records;
using static Compliance.Cli.Tests.Fixtures.AuthorFixture;

namespace Compliance.Cli.Tests.Commands;

/// <summary>
/// <c>compliance rules test</c> over the author fixture's pack, whose enabled record rules are
/// R-CANCEL, R-VICTIMS and R-DECIDED (R-OFF is disabled): expectations worked out by hand.
/// </summary>
public sealed class RulesTestCommandTests : IDisposable
{
    private readonly AuditFiles _files = new();

    public RulesTestCommandTests()
    {
        _files.Write("pack.json", PackJson);
        _files.Write("records.jsonl", Jsonl(
            Record("C2-BARE", CancellationCode.C2),
            Record("C2-AVI", CancellationCode.C2, victims: 2) with { Cancellation = new Cancellation { Code = CancellationCode.C2, AviRefs = ["AVI-1"] } },
            Record("NO-TIME") with { RecordingDecision = new RecordingDecision { Outcome = RecordingOutcome.CrimeRecorded } },
            Record("UNDECIDED", decided: false)));
    }

    public void Dispose() => _files.Dispose();

    private (int Exit, string Out, string Error) Test(params string[] args) =>
        CommandRunner.Run(["rules", "test", .. args, "--rules", _files.PathOf("pack.json")]);

    private static string Case(string name, string id, string expect, string extra = "") =>
        $$"""{ "name": "{{name}}", "asOf": "2010-01-01T00:00:00Z", "recordFile": "records.jsonl", "id": "{{id}}", {{extra}} "expect": {{expect}} }""";

    // C2-BARE fires R-CANCEL (Critical: a rape); C2-AVI fires R-VICTIMS and passes R-CANCEL; both pass R-DECIDED.
    private static readonly string TwoOfThree = "[" + Case("bare C2", "C2-BARE", """{ "fired": ["R-CANCEL"], "notFired": ["R-VICTIMS"] }""") + ","
        + Case("C2 with AVI", "C2-AVI", """{ "fired": ["R-VICTIMS"], "notFired": ["R-CANCEL"] }""") + "]";

    private static readonly string NoTime = Case("decision without time", "NO-TIME", """{ "fired": ["R-DECIDED"], "exactly": true }""");

    [Fact]
    public void Passing_tests_exit_0_and_are_listed()
    {
        var file = _files.Write("pass.ruletest.json", TwoOfThree);

        var (exit, output, error) = Test(file);

        Assert.Equal((0, string.Empty), (exit, error));
        Assert.Contains("  PASS  bare C2\n  PASS  C2 with AVI\n", output, StringComparison.Ordinal);
        Assert.Contains("2 tests: 2 passed, 0 failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_test_exits_1_with_the_record_expected_actual_and_every_rules_verdict()
    {
        var file = _files.Write("fail.ruletest.json", Case("wrong", "C2-BARE", """{ "fired": ["R-VICTIMS"], "notFired": ["R-CANCEL"] }"""));

        var (exit, output, _) = Test(file);

        Assert.Equal(1, exit);
        var lines = output.Split('\n');
        Assert.Contains("  FAIL  wrong (record C2-BARE, $)", lines);
        Assert.Contains("        fired: expected [R-VICTIMS] to fire, actual [R-CANCEL] fired ([R-VICTIMS] did not)", lines);
        Assert.Contains("        notFired: expected none of [R-CANCEL] to fire, actual [R-CANCEL] fired", lines);
        Assert.Contains(lines, l => l.StartsWith("          fired          R-CANCEL   Critical: C2 cancellation without AVI", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("          passed         R-VICTIMS", StringComparison.Ordinal));
        Assert.Contains("          disabled       R-OFF", lines);
    }

    [Theory]
    [InlineData("""{ "fired": ["R-CANCEL"], "severity": { "R-CANCEL": "Critical" } }""", 0, "")]
    [InlineData("""{ "severity": { "R-CANCEL": "High" } }""", 1, "severity: expected R-CANCEL High, actual R-CANCEL Critical")]
    [InlineData("""{ "severity": { "R-VICTIMS": "Medium" } }""", 1, "severity: expected R-VICTIMS Medium, actual R-VICTIMS did not fire")]
    [InlineData("""{ "fired": [], "exactly": false }""", 0, "")]
    [InlineData("""{ "fired": [], "exactly": true }""", 1, "exactly: expected exactly [] to fire, actual [R-CANCEL] fired")]
    [InlineData("""{ "fired": ["R-CANCEL"], "exactly": true }""", 0, "")]
    public void Severity_and_exactly_are_checked(string expect, int expectedExit, string failure)
    {
        var file = _files.Write("checks.ruletest.json", Case("checks", "C2-BARE", expect));

        var (exit, output, _) = Test(file);

        Assert.Equal(expectedExit, exit);
        if (failure.Length > 0)
        {
            Assert.Contains("        " + failure, output.Split('\n'));
        }
    }

    [Fact]
    public void A_rule_error_on_the_tests_record_fails_the_test()
    {
        var file = _files.Write("error.ruletest.json", Case("undecided", "UNDECIDED", """{ "notFired": ["R-CANCEL"] }"""));

        var (exit, output, _) = Test(file);

        Assert.Equal(1, exit);
        Assert.Contains("ruleErrors: expected no rule errors, actual R-DECIDED: NullReferenceException", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_inline_record_is_tested_like_one_from_a_file()
    {
        var file = _files.Write("inline.ruletest.json", $$"""
            { "name": "inline", "asOf": "2010-01-01T00:00:00Z", "record": {{RecordJson.Serialize(Record("IN-1", victims: 3))}},
              "expect": { "fired": ["R-VICTIMS"], "severity": { "R-VICTIMS": "Medium" }, "exactly": true } }
            """);

        Assert.Equal(0, Test(file).Exit);
    }

    [Theory]
    [InlineData("2/3 is below 66.67%", "66.67", 1)]
    [InlineData("2/3 is not below 66.6666666666%", "66.6666666666", 0)]
    [InlineData("unrounded: 2/3 is below 66.66666666666666666667%", "66.66666666666666666667", 1)]
    [InlineData("2/3 is not below 0%", "0", 0)]
    public void Coverage_below_the_threshold_exits_1_compared_unrounded(string why, string threshold, int expectedExit)
    {
        var file = _files.Write("two.ruletest.json", TwoOfThree);

        var (exit, output, _) = Test(file, "--threshold", threshold);

        Assert.True(expectedExit == exit, why);
        Assert.Contains("coverage: 2 of 3 enabled record rules fired in a test and passed in another (66.7%)", output, StringComparison.Ordinal);
        Assert.Contains("  not covered: R-DECIDED (never fired, passed)", output.Split('\n'));
    }

    [Fact]
    public void Full_coverage_meets_a_threshold_of_100()
    {
        _files.Write("two.ruletest.json", TwoOfThree);
        _files.Write("three.ruletest.json", NoTime);

        var (exit, output, _) = Test(_files.Folder, "--threshold", "100", "--coverage");

        Assert.Equal(0, exit);
        Assert.Contains("coverage: 3 of 3 enabled record rules fired in a test and passed in another (100.0%); threshold 100%: met", output, StringComparison.Ordinal);
        Assert.Contains("  covered      R-DECIDED: fired in decision without time; passed in bare C2; C2 with AVI", output.Split('\n'));
        Assert.DoesNotContain("R-OFF:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_is_searched_recursively_for_ruletest_files_only_in_path_order()
    {
        Directory.CreateDirectory(_files.PathOf("b"));
        _files.Write("b/z.ruletest.json", NoTime.Replace("\"records.jsonl\"", "\"../records.jsonl\"", StringComparison.Ordinal));
        _files.Write("a.ruletest.json", TwoOfThree);
        _files.Write("notes.json", "not a test");

        var (exit, output, _) = Test(_files.Folder, "--format", "json");

        Assert.Equal(0, exit);
        var tests = JsonDocument.Parse(output).RootElement.GetProperty("tests").EnumerateArray().Select(t => t.GetProperty("name").GetString());
        Assert.Equal(["bare C2", "C2 with AVI", "decision without time"], tests);
    }

    [Fact]
    public void A_tests_policy_replaces_the_runs_and_is_found_beside_the_test_file()
    {
        Directory.CreateDirectory(_files.PathOf("suite"));
        _files.Write("off.policy.json", """{ "kind": "policy", "extends": "author-pack", "rules": { "R-CANCEL": { "enabled": false } } }""");
        _files.Write("suite/records.jsonl", Jsonl(Record("C2-BARE", CancellationCode.C2)));
        var file = _files.Write("suite/policy.ruletest.json", "["
            + Case("with the policy", "C2-BARE", """{ "notFired": ["R-CANCEL"] }""", "\"policy\": \"../off.policy.json\",") + ","
            + Case("without", "C2-BARE", """{ "fired": ["R-CANCEL"] }""") + "]");

        var (exit, output, _) = Test(file);

        Assert.Equal(0, exit);
        Assert.Contains("2 tests: 2 passed, 0 failed", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""[ { "name": "n", "recordFile": "records.jsonl", "id": "C2-BARE", "expect": {} } ]""", "$[0].asOf: required")]
    [InlineData("""{ "name": "n", "asOf": "2010-01-01", "recordFile": "records.jsonl", "id": "C2-BARE", "expect": {} }""", "$.asOf: '2010-01-01' is not an ISO 8601 timestamp")]
    [InlineData("""{ "name": "n", "asOf": "2010-01-01T00:00:00Z", "recordFile": "records.jsonl", "id": "NOPE", "expect": {} }""", "$.id: records.jsonl holds no record with crimeRecordId \"NOPE\"")]
    [InlineData("""{ "name": "n", "asOf": "2010-01-01T00:00:00Z", "recordFile": "records.jsonl", "expect": {} }""", "$.id: \"recordFile\" needs the \"id\"")]
    [InlineData("""{ "name": "n", "asOf": "2010-01-01T00:00:00Z", "record": { "schemaVersion": "1.0", "crimeRecordId": "X", "incident": { "reportReceivedAt": "2008-01-01" } }, "expect": {} }""", "$.record.incident.reportReceivedAt: not a valid record")]
    [InlineData("""{ "name": "n", "asOf": "2010-01-01T00:00:00Z", "recordFile": "records.jsonl", "id": "C2-BARE", "expect": { "fired": ["R-CANCL"] } }""", "$.expect.fired[0]: the pack author-pack has no rule \"R-CANCL\"")]
    [InlineData("""{ "name": "n", "asOf": "2010-01-01T00:00:00Z", "recordFile": "records.jsonl", "id": "C2-BARE", "expect": { "notFired": ["AUDIT-002"] } }""", "$.expect.notFired[0]: AUDIT-002 is a unit rule")]
    [InlineData("""{ "name": "n", "asOf": "2010-01-01T00:00:00Z", "recordFile": "records.jsonl", "id": "C2-BARE", "expect": { "severity": { "R-CANCEL": "Severe" } } }""", "$.expect.severity.R-CANCEL: \"Severe\" is not a severity")]
    [InlineData("""{ "name": "n", "asOf": "2010-01-01T00:00:00Z", "recordFile": "records.jsonl", "id": "C2-BARE", "expect": {}, "colour": "red" }""", "$.colour: unknown property")]
    [InlineData("""{ "name": "n", "asOf": "2010-01-01T00:00:00Z", "recordFile": "records.jsonl", "id": "C2-BARE", "policy": "missing.json", "expect": {} }""", "$.policy: cannot read missing.json")]
    [InlineData("""{ "name": "n", "asOf": "2010-01-01T00:00:00Z", """, "$: not valid JSON (line 1")]
    [InlineData("""[]""", "$: a rule test file holds one test object or a non-empty array")]
    public void An_invalid_test_file_exits_2_naming_the_file_and_the_json_path(string json, string problem)
    {
        _files.Write("bad.ruletest.json", json);
        var passing = _files.Write("good.ruletest.json", NoTime);

        var (exit, output, error) = Test(_files.PathOf("bad.ruletest.json"), passing);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("bad.ruletest.json: " + problem, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_gives_each_tests_result_failures_and_coverage_by_rule()
    {
        var file = _files.Write("mixed.ruletest.json", "[" + Case("ok", "C2-BARE", """{ "fired": ["R-CANCEL"] }""") + ","
            + Case("wrong", "C2-AVI", """{ "fired": ["R-CANCEL"] }""") + "]");

        var (exit, output, _) = Test(file, "--format", "json", "--threshold", "50");

        Assert.Equal(1, exit);
        var root = JsonDocument.Parse(output).RootElement;
        var tests = root.GetProperty("tests").EnumerateArray().ToArray();
        Assert.Equal([true, false], tests.Select(t => t.GetProperty("passed").GetBoolean()));
        Assert.Equal(["R-VICTIMS"], tests[1].GetProperty("fired").EnumerateArray().Select(f => f.GetString()));
        var failure = tests[1].GetProperty("failures")[0];
        Assert.Equal(("fired", "[R-CANCEL] to fire", "[R-VICTIMS] fired ([R-CANCEL] did not)"),
            (failure.GetProperty("check").GetString(), failure.GetProperty("expected").GetString(), failure.GetProperty("actual").GetString()));
        Assert.Equal(4, tests[1].GetProperty("explanation").GetArrayLength());
        Assert.False(tests[0].TryGetProperty("explanation", out _));
        Assert.Equal((2, 1, 1), (root.GetProperty("summary").GetProperty("tests").GetInt32(), root.GetProperty("summary").GetProperty("passed").GetInt32(), root.GetProperty("summary").GetProperty("failed").GetInt32()));
        var coverage = root.GetProperty("coverage");
        Assert.Equal((3, 2, false), (coverage.GetProperty("rules").GetInt32(), coverage.GetProperty("covered").GetInt32(), coverage.GetProperty("belowThreshold").GetBoolean()));
        var cancel = coverage.GetProperty("byRule")[0];
        Assert.Equal("R-CANCEL", cancel.GetProperty("ruleId").GetString());
        Assert.Equal(["ok"], cancel.GetProperty("firedIn").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["wrong"], cancel.GetProperty("passedIn").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public void Junit_has_a_suite_per_file_a_case_per_test_and_a_failure_with_expected_and_actual()
    {
        _files.Write("a.ruletest.json", "[" + Case("ok", "C2-BARE", """{ "fired": ["R-CANCEL"] }""") + ","
            + Case("wrong", "C2-AVI", """{ "fired": ["R-CANCEL"] }""") + "]");
        _files.Write("b.ruletest.json", Case("b", "C2-BARE", """{ "notFired": ["R-DECIDED"] }"""));

        // R-DECIDED never fires in these three tests: coverage 2 of 3, below 100%.
        var (exit, output, _) = Test(_files.Folder, "--format", "junit", "--threshold", "100");

        Assert.Equal(1, exit);
        var suites = XDocument.Parse(output).Root!;
        Assert.Equal(("testsuites", "4", "2"), (suites.Name.LocalName, (string?)suites.Attribute("tests"), (string?)suites.Attribute("failures")));
        var files = suites.Elements("testsuite").ToArray();
        Assert.Equal(3, files.Length);
        Assert.Equal("0", (string?)files[1].Attribute("failures"));
        Assert.EndsWith("a.ruletest.json", (string?)files[0].Attribute("name"), StringComparison.Ordinal);
        Assert.Equal(["ok", "wrong"], files[0].Elements("testcase").Select(c => (string?)c.Attribute("name")));
        Assert.Null(files[0].Elements("testcase").First().Element("failure"));
        var failure = files[0].Elements("testcase").Last().Element("failure")!;
        Assert.Equal("fired: expected [R-CANCEL] to fire, actual [R-VICTIMS] fired ([R-CANCEL] did not)", (string?)failure.Attribute("message"));
        Assert.Contains("passed         R-CANCEL", failure.Value, StringComparison.Ordinal);
        Assert.Equal("coverage", (string?)files[2].Attribute("name"));
        Assert.Equal("not covered: R-DECIDED", files[2].Element("testcase")!.Element("failure")!.Value);
    }

    [Theory]
    [InlineData("--threshold", "101")]
    [InlineData("--threshold", "-1")]
    [InlineData("--threshold", "most")]
    [InlineData("--format", "tap")]
    public void Bad_options_are_usage_errors(string option, string value)
    {
        var file = _files.Write("ok.ruletest.json", NoTime);

        Assert.Equal(2, Test(file, option, value).Exit);
    }

    [Fact]
    public void A_folder_without_test_files_is_a_usage_error()
    {
        Directory.CreateDirectory(_files.PathOf("empty"));

        var (exit, _, error) = Test(_files.PathOf("empty"));

        Assert.Equal(2, exit);
        Assert.Contains("no *.ruletest.json file", error, StringComparison.Ordinal);
    }
}
