using System.CommandLine;
using System.Text;
using Compliance.Cli.Commands;
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
