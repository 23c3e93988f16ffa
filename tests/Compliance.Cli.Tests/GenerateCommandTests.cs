using System.CommandLine;
using System.Text;
using Compliance.Cli.Commands;
using Compliance.Rules.Incidents;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;

namespace Compliance.Cli.Tests;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("compliance-generate-");

    [Fact]
    public void Writes_the_records_to_standard_output_one_per_line()
    {
        var (exit, output, error) = Run("generate", "--records", "25", "--seed", "7", "--scenario", "sapphire");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.EndsWith("\n", output, StringComparison.Ordinal);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(25, lines.Length);
        Assert.All(lines, line => Assert.Equal(CrimeRecord.CurrentSchemaVersion, RecordJson.Parse(line).SchemaVersion));
    }

    [Fact]
    public void Output_file_holds_the_same_bytes_as_standard_output_and_the_same_arguments_give_the_same_bytes()
    {
        var file = Path.Combine(_folder.FullName, "records.jsonl");
        var (exit, _, _) = Run("generate", "--records", "40", "--seed", "11", "--scenario", "baseline", "--output", file);
        var (_, stdout, _) = Run("generate", "--records", "40", "--seed", "11", "--scenario", "baseline");
        var first = File.ReadAllBytes(file);
        Run("generate", "--records", "40", "--seed", "11", "--scenario", "baseline", "--output", file);

        Assert.Equal(0, exit);
        Assert.Equal(Encoding.UTF8.GetBytes(stdout), first);
        Assert.Equal(first, File.ReadAllBytes(file));
    }

    [Fact]
    public void Scenario_defaults_to_baseline()
    {
        var (_, defaulted, _) = Run("generate", "--records", "30", "--seed", "3");
        var (_, baseline, _) = Run("generate", "--records", "30", "--seed", "3", "--scenario", "baseline");

        Assert.Equal(baseline, defaulted);
    }

    [Theory]
    [InlineData("--seed")]
    [InlineData("--records")]
    public void A_missing_required_option_is_a_usage_error_naming_it(string missing)
    {
        var args = new List<string> { "generate", "--records", "5", "--seed", "1" };
        var at = args.IndexOf(missing);
        args.RemoveRange(at, 2);

        var (exit, output, error) = Run([.. args]);

        Assert.NotEqual(0, exit);
        Assert.Contains(missing, error, StringComparison.Ordinal);
        Assert.DoesNotContain("schemaVersion", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--scenario", "southwark")]
    [InlineData("--records", "-1")]
    [InlineData("--records", "many")]
    public void A_bad_value_is_a_usage_error_naming_the_option(string option, string value)
    {
        var args = new List<string> { "generate", "--records", "5", "--seed", "1", "--scenario", "baseline" };
        args[args.IndexOf(option) + 1] = value;

        var (exit, output, error) = Run([.. args]);

        Assert.NotEqual(0, exit);
        Assert.Contains(value, error, StringComparison.Ordinal);
        Assert.DoesNotContain("schemaVersion", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unwritable_output_is_an_input_error_naming_the_file()
    {
        var target = Path.Combine(_folder.FullName, "no-such-folder", "records.jsonl");

        var (exit, _, error) = Run("generate", "--records", "5", "--seed", "1", "--output", target);

        Assert.Equal(2, exit);
        Assert.Contains(target, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--from", "2008-13-01")]
    [InlineData("--to", "31/12/2009")]
    [InlineData("--practice-from", "July")]
    [InlineData("--practice", "southwark")]
    public void A_bad_period_or_practice_is_a_usage_error_naming_the_option_and_value(string option, string value)
    {
        string[] practice = option == "--practice" ? [] : ["--practice", "sapphire"];
        var (exit, output, error) = Run(["generate", "--records", "500", "--seed", "1", .. practice, option, value]);

        // A parse error's exit code is the command line library's (the program maps it to 2).
        Assert.NotEqual(0, exit);
        Assert.Contains(value, error, StringComparison.Ordinal);
        Assert.DoesNotContain("schemaVersion", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--to 2008-06-30", "--to 2008-06-30 is before --from 2008-07-01")]
    [InlineData("--practice-from 2009-01-01", "--practice-from and --practice-to need --practice")]
    [InlineData("--practice sapphire --rape-reports-per-month 40", "--records 500 is too few")]
    public void Inconsistent_options_are_a_usage_error_that_says_why(string options, string message)
    {
        var (exit, output, error) = Run(["generate", "--records", "500", "--seed", "1", .. options.Split(' ')]);

        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public void A_period_and_a_practice_give_records_of_that_period_and_the_truth_in_its_own_file()
    {
        var records = Path.Combine(_folder.FullName, "records.jsonl");
        var truth = Path.Combine(_folder.FullName, "truth.json");

        var (exit, _, error) = Run(
            "generate", "--records", "3000", "--seed", "4", "--from", "2025-01-01", "--to", "2025-06-30",
            "--practice", "displacement", "--practice-from", "2025-03-01", "--rape-reports-per-month", "10",
            "--output", records, "--truth", truth);
        var parsed = File.ReadAllLines(records).Select(RecordJson.Parse).ToList();
        using var known = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(truth));

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Equal(3000, parsed.Count);
        Assert.All(parsed, r => Assert.InRange(r.Incident.ReportReceivedAt, new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal("displacement", known.RootElement.GetProperty("practice").GetString());
        Assert.Equal("2025-03-01", known.RootElement.GetProperty("practiceFrom").GetString());
        Assert.Equal("2025-06-30", known.RootElement.GetProperty("practiceTo").GetString());
        Assert.DoesNotContain("displacement", File.ReadAllText(records), StringComparison.Ordinal);
    }

    [Fact]
    public void Incidents_are_written_beside_the_records_linked_both_ways_read_strictly_and_leave_the_records_unchanged()
    {
        var records = Path.Combine(_folder.FullName, "records.jsonl");
        var incidents = Path.Combine(_folder.FullName, "incidents.jsonl");
        var truth = Path.Combine(_folder.FullName, "truth.json");
        var (_, alone, _) = Run("generate", "--records", "200", "--seed", "5", "--scenario", "sapphire");
        var (exit, _, error) = Run("generate", "--records", "200", "--seed", "5", "--scenario", "sapphire", "--output", records, "--incidents", incidents, "--truth", truth);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Equal(Encoding.UTF8.GetBytes(alone), File.ReadAllBytes(records));
        using var source = RecordSource.Open(incidents);
        var read = new IncidentReader().Read(source).ToList();
        Assert.Empty(read.OfType<Rejection>());
        var logs = read.OfType<ParsedIncident>().Select(p => p.Incident).ToList();
        Assert.True(logs.Count > 200, $"only {logs.Count} incident logs for 200 records");
        var ids = logs.Select(l => l.IncidentId).ToHashSet(StringComparer.Ordinal);
        var listed = logs.SelectMany(l => l.LinkedCrimeRecordIds).ToHashSet(StringComparer.Ordinal);
        var recordList = File.ReadAllLines(records).Select(RecordJson.Parse).ToList();

        // Each record is linked to exactly one log: the log lists it, or it names the log, and mostly both.
        Assert.All(recordList, r => Assert.True(listed.Contains(r.CrimeRecordId) || (r.Incident.IncidentId is { } id && ids.Contains(id)), r.CrimeRecordId));
        Assert.True(recordList.Count(r => listed.Contains(r.CrimeRecordId) && r.Incident.IncidentId is { } id && ids.Contains(id)) > 150);
        Assert.DoesNotContain("UNRECORDED", File.ReadAllText(incidents), StringComparison.Ordinal);
        Assert.Contains("\"fate\": \"UNRECORDED\"", File.ReadAllText(truth), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--under-recording-unit XX-NOWHERE", "--under-recording-unit XX-NOWHERE is not a unit of the force")]
    [InlineData("--non-recording 0.95", "--non-recording must be from 0 to 0.9, not 0.95")]
    [InlineData("--under-recording 1", "--under-recording must be from 0 to 0.9, not 1")]
    public void A_bad_incident_option_is_a_usage_error_that_says_why(string options, string message)
    {
        var incidents = Path.Combine(_folder.FullName, "incidents.jsonl");
        var (exit, output, error) = Run(["generate", "--records", "50", "--seed", "1", "--incidents", incidents, .. options.Split(' ')]);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.False(File.Exists(incidents));
    }

    [Fact]
    public void Incidents_and_records_in_one_file_is_a_usage_error()
    {
        var file = Path.Combine(_folder.FullName, "both.jsonl");
        var (exit, _, error) = Run("generate", "--records", "10", "--seed", "1", "--output", file, "--incidents", file);

        Assert.Equal(2, exit);
        Assert.Contains("--incidents", error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand { GenerateCommand.Create() };
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
