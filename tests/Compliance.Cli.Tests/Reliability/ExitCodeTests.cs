using Compliance.Cli.Tests.Fixtures;

namespace Compliance.Cli.Tests.Reliability;

/// <summary>
/// Exit codes a scheduler can act on: 4 when the data is not fit to audit (records rejected past
/// --max-rejected, every record rejected, input left unread, rule errors with
/// --fail-on-rule-errors), 2 for an output that names an input, and the order 3, 130/143, 2, 4, 1, 0.
/// The fixture has 62 records, 2 of them rejected (3.2258…%), and one rule error (B-09 has no decision).
/// </summary>
public sealed class ExitCodeTests : IDisposable
{
    private readonly AuditFiles _files = new();

    public void Dispose() => _files.Dispose();

    private (int Exit, string Out, string Error) Audit(params string[] extra) =>
        CliRunner.Run([_files.RecordsPath, "--rules", _files.PackPath, "--as-of", "2010-01-01T00:00:00Z", .. extra]);

    [Theory]
    [InlineData("2", 0)]
    [InlineData("1", 4)]
    [InlineData("0", 4)]
    [InlineData("3.23%", 0)]
    [InlineData("3.22%", 4)]
    [InlineData("100%", 0)]
    [InlineData("0%", 4)]
    public void Max_rejected_trips_above_the_count_or_share(string limit, int exit)
    {
        Assert.Equal(exit, Audit("--max-rejected", limit).Exit);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("101%")]
    [InlineData("ten")]
    public void A_bad_max_rejected_is_a_usage_error(string limit)
    {
        var (exit, _, error) = Audit("--max-rejected", limit);
        Assert.Equal(2, exit);
        Assert.Contains("--max-rejected", error, StringComparison.Ordinal);
    }

    [Fact]
    public void By_default_only_an_input_whose_every_record_was_rejected_trips()
    {
        Assert.Equal(0, Audit().Exit);
        var bad = _files.Write("bad.jsonl", "{\"a\":1}\n{\"b\":2}\n");
        Assert.Equal(4, CliRunner.Run(bad, "--as-of", "2010-01-01T00:00:00Z").Exit);
        var empty = _files.Write("empty.jsonl", string.Empty);
        Assert.Equal(0, CliRunner.Run(empty, "--as-of", "2010-01-01T00:00:00Z").Exit);
    }

    [Fact]
    public void Rule_errors_trip_only_with_fail_on_rule_errors()
    {
        Assert.Equal(0, Audit().Exit);
        var (exit, _, error) = Audit("--fail-on-rule-errors");
        Assert.Equal(4, exit);
        Assert.Contains("rule errors (--fail-on-rule-errors)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gate_wins_over_findings_and_the_report_is_still_written()
    {
        var report = _files.PathOf("report.json");

        Assert.Equal(1, Audit("--fail-on", "low").Exit);
        Assert.Equal(4, Audit("--fail-on", "low", "--max-rejected", "0", "--format", "json", "--output", report).Exit);
        Assert.Contains("\"recordsRejected\": 2", File.ReadAllText(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Input_left_unread_exits_4()
    {
        var records = File.ReadAllLines(_files.RecordsPath).Where(l => l.Contains("\"S-0", StringComparison.Ordinal)).Take(3).ToArray();
        // The second record loses the closing quote of its id: the rest of the array cannot be split into records.
        var broken = records[1].Replace("\"S-01\"", "\"S-01", StringComparison.Ordinal);
        var path = _files.Write("array.json", $"[{records[0]},\n{broken},\n{records[2]}]");

        var (exit, _, error) = CliRunner.Run(path, "--rules", _files.PackPath, "--as-of", "2010-01-01T00:00:00Z");

        Assert.Equal(4, exit);
        Assert.Contains("left unread", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Precedence_is_3_then_130_143_then_2_4_1_0()
    {
        Assert.Equal(3, ExitCodes.Combine(0, 1, 4, 2, 143, 3));
        Assert.Equal(130, ExitCodes.Combine(0, 1, 4, 2, 130));
        Assert.Equal(143, ExitCodes.Combine(1, 4, 2, 143));
        Assert.Equal(2, ExitCodes.Combine(1, 4, 2));
        Assert.Equal(4, ExitCodes.Combine(1, 4, 0));
        Assert.Equal(1, ExitCodes.Combine(0, 1));
        Assert.Equal(0, ExitCodes.Combine(0));
    }

    [Theory]
    [InlineData("same")]
    [InlineData("dot")]
    [InlineData("symlink")]
    [InlineData("hardlink")]
    public void An_output_that_is_an_input_is_refused_and_the_input_is_untouched(string how)
    {
        var before = File.ReadAllBytes(_files.RecordsPath);
        var output = how switch
        {
            "same" => _files.RecordsPath,
            "dot" => Path.Combine(_files.Folder, ".", "force.jsonl"),
            "symlink" => File.CreateSymbolicLink(_files.PathOf("link.jsonl"), _files.RecordsPath).FullName,
            _ => HardLink(_files.RecordsPath, _files.PathOf("hard.jsonl")),
        };

        var (exit, _, error) = Audit("--format", "json", "--output", output);

        Assert.Equal(2, exit);
        Assert.Contains("a report is never written over an input", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(_files.RecordsPath));
        Assert.DoesNotContain(Directory.GetFiles(_files.Folder), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void A_directory_given_as_input_is_named_as_a_directory()
    {
        var (exit, _, error) = CliRunner.Run(_files.Folder, "--as-of", "2010-01-01T00:00:00Z");

        Assert.Equal(2, exit);
        Assert.Contains("a directory, not a file", error, StringComparison.Ordinal);
        Assert.DoesNotContain("permission", error, StringComparison.Ordinal);
    }

    private static string HardLink(string existing, string link)
    {
        using var ln = System.Diagnostics.Process.Start("ln", [existing, link]);
        ln.WaitForExit();
        Assert.Equal(0, ln.ExitCode);
        return link;
    }
}
