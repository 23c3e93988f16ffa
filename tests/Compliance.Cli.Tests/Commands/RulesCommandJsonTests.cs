using System.Text.Json;
using Compliance.Cli.Tests.Fixtures;
using static Compliance.Cli.Tests.Fixtures.AuthorFixture;

namespace Compliance.Cli.Tests.Commands;

/// <summary><c>rules list | show | validate --format json</c> on the author fixture's pack, and the rule commands' help.</summary>
public sealed class RulesCommandJsonTests : IDisposable
{
    private readonly AuditFiles _files = new();

    public RulesCommandJsonTests() => _files.Write("pack.json", PackJson);

    public void Dispose() => _files.Dispose();

    [Fact]
    public void List_gives_the_pack_and_every_rule_with_its_parameters()
    {
        var (exit, output, error) = CommandRunner.Run("rules", "list", "--rules", _files.PathOf("pack.json"), "--format", "json");

        Assert.Equal((0, string.Empty), (exit, error));
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(("author-pack", "2.1.0"), (root.GetProperty("rulePack").GetProperty("id").GetString(), root.GetProperty("rulePack").GetProperty("version").GetString()));
        var rules = root.GetProperty("rules").EnumerateArray().ToArray();
        Assert.Equal(["R-CANCEL", "R-VICTIMS", "R-DECIDED", "R-OFF", "AUDIT-002"], rules.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal([true, true, true, false, true], rules.Select(r => r.GetProperty("enabled").GetBoolean()));
        Assert.Equal(["record", "record", "record", "record", "unit"], rules.Select(r => r.GetProperty("scope").GetString()));
        Assert.Equal(("High", "C2 without AVI", "HOCR C2"), (rules[0].GetProperty("severity").GetString(), rules[0].GetProperty("title").GetString(), rules[0].GetProperty("citation").GetString()));
        Assert.Equal(["maxVictims"], rules[1].GetProperty("parameters").EnumerateArray().Select(p => p.GetString()));
        Assert.Empty(rules[0].GetProperty("parameters").EnumerateArray());
        Assert.Equal(["countingRules"], rules[0].GetProperty("timelines").EnumerateArray().Select(t => t.GetString()));
        Assert.Empty(rules[2].GetProperty("timelines").EnumerateArray());
    }

    [Fact]
    public void Show_with_timelines_adds_the_entries_of_each_timeline_the_rule_reads()
    {
        // The pack gives no timelines of its own, so the built-in ones apply: HOCR-2002 (72 h), HOCR-2015 and HOCR-2019 (24 h).
        var (exit, output, _) = CommandRunner.Run("rules", "show", "R-CANCEL", "--rules", _files.PathOf("pack.json"), "--format", "json", "--timelines");
        var (_, decided, _) = CommandRunner.Run("rules", "show", "R-DECIDED", "--rules", _files.PathOf("pack.json"), "--format", "json", "--timelines");

        Assert.Equal(0, exit);
        var timelines = JsonDocument.Parse(output).RootElement.GetProperty("effectiveTimelines");
        Assert.Equal(["countingRules"], timelines.EnumerateObject().Select(t => t.Name));
        var entries = timelines.GetProperty("countingRules").EnumerateArray().ToArray();
        Assert.Equal([("HOCR-2002", "2002-04-01", 72), ("HOCR-2015", "2015-04-01", 24), ("HOCR-2019", "2019-04-01", 24)],
            entries.Select(e => (e.GetProperty("id").GetString(), e.GetProperty("from").GetString(), e.GetProperty("recordingLimitHours").GetInt32())));
        Assert.Equal(["C1", "C2", "C3", "C4", "C5"], entries[2].GetProperty("cancellationCodes").EnumerateArray().Select(c => c.GetString()));
        Assert.Empty(JsonDocument.Parse(decided).RootElement.GetProperty("effectiveTimelines").EnumerateObject());
    }

    [Fact]
    public void Show_adds_the_description_requirements_condition_and_parameter_values()
    {
        var (exit, output, _) = CommandRunner.Run("rules", "show", "R-CANCEL", "--rules", _files.PathOf("pack.json"), "--format", "json");
        var (_, victims, _) = CommandRunner.Run("rules", "show", "R-VICTIMS", "--rules", _files.PathOf("pack.json"), "--format", "json");

        Assert.Equal(0, exit);
        var rule = JsonDocument.Parse(output).RootElement;
        Assert.Equal("R-CANCEL", rule.GetProperty("id").GetString());
        Assert.Equal("A C2 cancellation needs AVI.", rule.GetProperty("description").GetString());
        Assert.Equal("(Record.Cancellation != null) && (Record.Cancellation.Code == CancellationCode.C2)", rule.GetProperty("appliesWhen").GetString());
        Assert.Equal(["cancelled", "codeC2"], rule.GetProperty("requires").EnumerateArray().Select(r => r.GetProperty("name").GetString()));
        Assert.Equal("Record.Cancellation.AviRefs.Count == 0", rule.GetProperty("condition").GetString());
        Assert.Equal("Critical", rule.GetProperty("escalations")[0].GetProperty("severity").GetString());
        Assert.Equal(1, JsonDocument.Parse(victims).RootElement.GetProperty("parameterValues").GetProperty("maxVictims").GetInt32());
    }

    [Fact]
    public void Validate_prints_valid_true_for_a_good_pack()
    {
        var (exit, output, _) = CommandRunner.Run("rules", "validate", _files.PathOf("pack.json"), "--format", "json");

        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.True(root.GetProperty("valid").GetBoolean());
        Assert.Empty(root.GetProperty("problems").EnumerateArray());
    }

    [Fact]
    public void Validate_lists_every_problem_with_source_and_path_on_standard_output_and_exits_2()
    {
        var broken = _files.Write("broken.json", PackJson
            .Replace("\"severity\": \"Medium\"", "\"severity\": \"Moderate\"", StringComparison.Ordinal)
            .Replace("{ \"name\": \"codeC2\"", "{ \"name\": \"cancelled\"", StringComparison.Ordinal));

        var (exit, output, _) = CommandRunner.Run("rules", "validate", broken, "--format", "json");

        Assert.Equal(2, exit);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.False(root.GetProperty("valid").GetBoolean());
        var problems = root.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("source").GetString(), p.GetProperty("path").GetString())).ToArray();
        Assert.Equal([("broken.json", "$.rules[0] (R-CANCEL).requires[1].name"), ("broken.json", "$.rules[1] (R-VICTIMS).severity")], problems);
    }

    [Fact]
    public void A_json_syntax_error_is_a_problem_with_its_line()
    {
        var broken = _files.Write("syntax.json", "{\n  \"kind\": \"rulePack\",\n  \"id\": }");

        var (exit, output, _) = CommandRunner.Run("rules", "validate", broken, "--format", "json");

        Assert.Equal(2, exit);
        Assert.Equal(3, JsonDocument.Parse(output).RootElement.GetProperty("problems")[0].GetProperty("line").GetInt32());
    }

    [Theory]
    [InlineData("list")]
    [InlineData("show")]
    public void Pack_errors_go_to_standard_error_and_nothing_to_standard_output(string command)
    {
        var broken = _files.Write("broken.json", PackJson.Replace("\"severity\": \"Medium\"", "\"severity\": \"Moderate\"", StringComparison.Ordinal));
        string[] args = command == "show" ? ["rules", "show", "R-CANCEL"] : ["rules", "list"];

        var (exit, output, error) = CommandRunner.Run([.. args, "--rules", broken, "--format", "json"]);

        Assert.Equal((2, string.Empty), (exit, output));
        Assert.Contains("$.rules[1] (R-VICTIMS).severity", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rules", "list")]
    [InlineData("rules", "show")]
    [InlineData("rules", "validate")]
    [InlineData("rules", "schema")]
    [InlineData("rules", "test")]
    [InlineData("explain", null)]
    public void Each_commands_help_shows_an_example(string command, string? subcommand)
    {
        string[] args = subcommand is null ? [command, "--help"] : [command, subcommand, "--help"];

        var (exit, output, _) = CommandRunner.Run(args);

        Assert.Equal(0, exit);
        Assert.Contains("Example:", output, StringComparison.Ordinal);
        Assert.Contains("  compliance " + command, output, StringComparison.Ordinal);
    }
}
