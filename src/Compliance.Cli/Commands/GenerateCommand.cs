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
            Description = "How many records to write, spread uniformly over the period.",
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
            Description = "baseline: one force of ten ordinary units; sapphire: baseline plus the Southwark Sapphire unit practising over the whole period.",
            DefaultValueFactory = _ => "baseline",
        };
        scenario.AcceptOnlyFromAmong("baseline", "sapphire");

        var from = DayOption("--from", "First day reports are received (yyyy-MM-dd; default 2008-07-01). Every record follows the rules in force on its own dates.");
        var to = DayOption("--to", "Last day reports are received (yyyy-MM-dd, inclusive; default 2009-06-30).");

        var practice = new Option<string?>("--practice")
        {
            Description = "What the unit SW-SAPPHIRE does with the reports it receives in the practice range (it works as the rules ask outside it): "
                + "sapphire (questions victims before a trained officer, seeks retractions, cancels on them), "
                + "displacement (leaves unrecorded as many rape reports as sapphire cancels), "
                + "record-all (records every report at once, later cancels more on lawful grounds).",
        };
        practice.AcceptOnlyFromAmong("sapphire", "displacement", "record-all");

        var practiceFrom = DayOption("--practice-from", "First day of the practice (reports received from then; default: the start of the period).");
        var practiceTo = DayOption("--practice-to", "Last day of the practice (inclusive; default: the end of the period).");

        var rapeReports = new Option<double?>("--rape-reports-per-month")
        {
            Description = "Rape reports a month received by SW-SAPPHIRE (default 15, or fewer when --records is too small for that: the unit never owns more than half the records).",
        };

        var output = new Option<FileInfo?>("--output")
        {
            Description = "File to write (JSON Lines, replaced if it exists); standard output when absent.",
        };

        var truth = new Option<FileInfo?>("--truth")
        {
            Description = "Also write what the records never say (the practice, its range, the records it covered, its true onset) to this JSON file, for tests.",
        };

        var incidents = new Option<FileInfo?>("--incidents")
        {
            Description = "Also write the force's incident logs (incident-1.0, JSON Lines) to this file, linked both ways to the records: "
                + "each record's own log, the reports the units never recorded and contacts without an offence. With --truth, the truth file says what really happened to each.",
        };

        var nonRecording = new Option<double?>("--non-recording")
        {
            Description = "With --incidents: the share of true offences every unit leaves unrecorded (0 to 0.9; default 0.05). 0 also leaves out decisions not to record that give no reason.",
        };

        var underRecordingUnit = new Option<string?>("--under-recording-unit")
        {
            Description = "With --incidents: the unit that leaves sexual offences unrecorded at the --under-recording share (default SW-SAPPHIRE when the force has it, else none).",
        };

        var underRecording = new Option<double?>("--under-recording")
        {
            Description = "With --incidents: the share of true sexual offences the under-recording unit leaves unrecorded (0 to 0.9; default 0.5; 0: no unit under-records).",
        };

        var onTime = new Option<bool>("--on-time")
        {
            Description = "Every recording decision within the recording limit of its day (no late recordings in records or incident logs).",
        };

        var command = new Command("generate", """
            Write realistic synthetic crime records (JSON Lines, one record per line), faithful to the rules of their period,
            and with --incidents the force's incident logs beside them.

            Examples:
              compliance generate --records 3000 --seed 2009 --scenario sapphire --output force.jsonl
              compliance generate --records 1000 --seed 17 --scenario sapphire --output force.jsonl --incidents incidents.jsonl --truth truth.json
            """)
        {
            records, seed, scenario, from, to, practice, practiceFrom, practiceTo, rapeReports, output, truth,
            incidents, nonRecording, underRecordingUnit, underRecording, onTime,
        };
        command.SetAction(parse =>
        {
            var options = new GeneratorOptions
            {
                Records = parse.GetValue(records),
                Seed = parse.GetValue(seed),
                Scenario = parse.GetValue(scenario) == "sapphire" ? GeneratorScenario.Sapphire : GeneratorScenario.Baseline,
                From = parse.GetValue(from),
                To = parse.GetValue(to),
                Practice = parse.GetValue(practice) switch
                {
                    "sapphire" => UnitPractice.Sapphire,
                    "displacement" => UnitPractice.Displacement,
                    "record-all" => UnitPractice.RecordAll,
                    _ => null,
                },
                PracticeFrom = parse.GetValue(practiceFrom),
                PracticeTo = parse.GetValue(practiceTo),
                RapeReportsPerMonth = parse.GetValue(rapeReports),
                NonRecording = parse.GetValue(nonRecording) ?? GeneratorOptions.DefaultNonRecording,
                UnderRecordingUnit = parse.GetValue(underRecordingUnit),
                UnderRecording = parse.GetValue(underRecording) ?? GeneratorOptions.DefaultUnderRecording,
                OnTime = parse.GetValue(onTime),
            };
            var error = parse.InvocationConfiguration.Error;
            var incidentFile = parse.GetValue(incidents);
            if (SyntheticRecords.Validate(options, incidentFile is not null) is { } problem)
            {
                error.WriteLine(problem);
                return ExitCodes.UsageOrInputError;
            }

            var file = parse.GetValue(output);
            (FileInfo? Truth, FileInfo? Incidents) files = (parse.GetValue(truth), incidentFile);
            if (files.Incidents is { } written && (SamePath(written, file) || SamePath(written, files.Truth)))
            {
                error.WriteLine($"--incidents {written.FullName} is also given as --output or --truth.");
                return ExitCodes.UsageOrInputError;
            }

            return file is null
                ? WriteToOutput(options, parse.InvocationConfiguration.Output, files, error)
                : WriteToFile(options, file, files, error);
        });
        return command;
    }

    /// <summary>An option holding a calendar day written <c>yyyy-MM-dd</c>.</summary>
    private static Option<DateOnly?> DayOption(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return day;
            }

            result.AddError($"{name} must be a day written yyyy-MM-dd, not '{text}'.");
            return null;
        },
    };

    private static bool SamePath(FileInfo a, FileInfo? b) => b is not null && string.Equals(a.FullName, b.FullName, StringComparison.Ordinal);

    private static int WriteToOutput(GeneratorOptions options, TextWriter output, (FileInfo? Truth, FileInfo? Incidents) files, TextWriter error)
    {
        // The process's own standard output takes the bytes as they are (the generator writes
        // UTF-8); any other writer, such as a test's, gets them decoded. Both give the same text.
        using var stream = ReferenceEquals(output, Console.Out) ? Console.OpenStandardOutput() : new TextWriterStream(output);
        return Write(options, stream, files, error, target: null);
    }

    private static int WriteToFile(GeneratorOptions options, FileInfo file, (FileInfo? Truth, FileInfo? Incidents) files, TextWriter error)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(file.FullName, FileMode.Create, FileAccess.Write, FileShare.Read);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{file.FullName}: cannot write: {exception.Message}");
            return ExitCodes.UsageOrInputError;
        }

        using (stream)
        {
            return Write(options, stream, files, error, file);
        }
    }

    private static int Write(GeneratorOptions options, Stream records, (FileInfo? Truth, FileInfo? Incidents) files, TextWriter error, FileInfo? target)
    {
        FileStream? truth = null;
        FileStream? incidents = null;
        var opening = files.Truth;
        try
        {
            if (files.Truth is not null)
            {
                truth = new FileStream(files.Truth.FullName, FileMode.Create, FileAccess.Write, FileShare.Read);
            }

            opening = files.Incidents;
            if (files.Incidents is not null)
            {
                incidents = new FileStream(files.Incidents.FullName, FileMode.Create, FileAccess.Write, FileShare.Read);
            }

            opening = null;
            SyntheticRecords.WriteJsonLines(options, records, truth, incidents);
            return ExitCodes.Success;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var path = opening?.FullName ?? target?.FullName ?? "output";
            error.WriteLine($"{path}: cannot write: {exception.Message}");
            return ExitCodes.UsageOrInputError;
        }
        finally
        {
            truth?.Dispose();
            incidents?.Dispose();
        }
    }
}
