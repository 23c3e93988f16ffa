using Compliance.Cli.Tests.Fixtures;
using static Compliance.Cli.Tests.Fixtures.AuthorFixture;

namespace Compliance.Cli.Tests.Commands;

/// <summary><c>rules docs --output</c>: the pages of the active pack (policy included) land in the directory.</summary>
public sealed class RulesDocsCommandTests : IDisposable
{
    private readonly AuditFiles _files = new();

    public RulesDocsCommandTests() => _files.Write("pack.json", PackJson);

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Writes_an_index_the_timelines_and_one_page_per_rule_of_the_pack()
    {
        var output = _files.PathOf("docs/nested");

        var (exit, _, error) = CommandRunner.Run("rules", "docs", "--rules", _files.PathOf("pack.json"), "--output", output);

        Assert.Equal((0, string.Empty), (exit, error));
        // The author pack holds R-CANCEL, R-VICTIMS, R-DECIDED, R-OFF and AUDIT-002.
        Assert.Equal(
            ["AUDIT-002.md", "R-CANCEL.md", "R-DECIDED.md", "R-OFF.md", "R-VICTIMS.md", "README.md", "timelines.md"],
            Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var victims = File.ReadAllText(Path.Combine(output, "R-VICTIMS.md"));
        Assert.Contains("| `maxVictims` | `int` | 1 | 1 – 100 | victims one record may hold |", victims, StringComparison.Ordinal);
        Assert.Contains("| R-OFF](R-OFF.md) | Switched off | Low (disabled) |", File.ReadAllText(Path.Combine(output, "README.md")).Replace("[R-OFF", "R-OFF", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void The_built_in_pack_gives_a_page_per_rule_of_the_catalog()
    {
        var output = _files.PathOf("builtin");

        var (exit, stdout, _) = CommandRunner.Run("rules", "docs", "--output", output);

        // 31 record rules and 6 unit audits, plus the index and the timelines.
        Assert.Equal(0, exit);
        Assert.Contains("39 pages written", stdout, StringComparison.Ordinal);
        Assert.Equal(39, Directory.GetFiles(output, "*.md").Length);
    }

    [Fact]
    public void An_output_that_is_a_file_is_a_usage_error()
    {
        var file = _files.Write("taken", "x");

        var (exit, _, error) = CommandRunner.Run("rules", "docs", "--output", file);

        Assert.Equal(2, exit);
        Assert.Contains("cannot write", error, StringComparison.Ordinal);
    }
}
