using System.CommandLine;
using System.Globalization;
using System.Text;
using Compliance.Synthetic;

namespace Compliance.Cli.Commands;

/// <summary><c>compliance generate</c>: writes realistic synthetic crime records as JSON Lines.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var records = new Option<int>("--records")
        {
            Description = "How many records to write.",
            Required = true,
        };
        records.Validators.Add(result =>
        {
            // Read the token rather than the value: a token that is not a number already has its
            // own parse error, and asking for the value would throw.
            if (result.Tokens is [var token]
                && int.TryParse(token.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                && value < 0)
            {
                result.AddError($"--records must be zero or more, not {value}.");
            }
        });

        var seed = new Option<long>("--seed")
        {
            Description = "Seed of the generator: the same arguments always give the same bytes.",
            Required = true,
        };

        var scenario = new Option<string>("--scenario")
        {
            Description = "baseline: one force of ten ordinary units; sapphire: baseline plus the Southwark Sapphire unit of 2008-09.",
            DefaultValueFactory = _ => "baseline",
        };
        scenario.AcceptOnlyFromAmong("baseline", "sapphire");

        var output = new Option<FileInfo?>("--output")
        {
            Description = "File to write (JSON Lines, replaced if it exists); standard output when absent.",
        };

        var command = new Command("generate", "Write realistic synthetic crime records (JSON Lines, one record per line).")
        {
            records, seed, scenario, output,
        };
        command.SetAction(parse =>
        {
            var options = new GeneratorOptions
            {
                Records = parse.GetValue(records),
                Seed = parse.GetValue(seed),
                Scenario = parse.GetValue(scenario) == "sapphire" ? GeneratorScenario.Sapphire : GeneratorScenario.Baseline,
            };
            var file = parse.GetValue(output);
            return file is null
                ? WriteToOutput(options, parse.InvocationConfiguration.Output)
                : WriteToFile(options, file, parse.InvocationConfiguration.Error);
        });
        return command;
    }

    private static int WriteToOutput(GeneratorOptions options, TextWriter output)
    {
        using var stream = TextWriterStream.Over(output);
        SyntheticRecords.WriteJsonLines(options, stream);
        return ExitCodes.Success;
    }

    private static int WriteToFile(GeneratorOptions options, FileInfo file, TextWriter error)
    {
        try
        {
            using var stream = new FileStream(file.FullName, FileMode.Create, FileAccess.Write, FileShare.Read);
            SyntheticRecords.WriteJsonLines(options, stream);
            return ExitCodes.Success;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{file.FullName}: cannot write: {exception.Message}");
            return ExitCodes.UsageOrInputError;
        }
    }
}
