using System.CommandLine;
using System.Text;
using Compliance.Rules.Sampling;
using Spectre.Console;

namespace Compliance.Cli.Commands;

/// <summary>
/// <c>compliance estimate --sample &lt;sample.json&gt; --verdicts &lt;files…&gt; [--annual-recorded] [--format text|json|html] [--output]</c>:
/// reads the verdicts (JSON Lines or filled worksheets) and reports rates with 95% intervals.
/// </summary>
internal static class EstimateCommand
{
    private static readonly string[] Formats = ["text", "json", "html"];

    public static Command Create()
    {
        var sample = new Option<string?>("--sample") { Description = "The sample file written by 'compliance sample'." };
        var verdicts = new Option<string[]>("--verdicts") { Description = "Verdict files: .jsonl (one verdict per line) or .csv (the filled worksheet).", AllowMultipleArgumentsPerToken = true };
        var annual = new Option<string?>("--annual-recorded") { Description = "The force's recorded crimes (excluding fraud) for the 12 months to the end of the plan period: gives unrecorded crimes per year." };
        var format = new Option<string?>("--format") { Description = "text (default), json (every figure unrounded) or html (a page with the intervals drawn)." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        format.CompletionSources.Add(Formats);
        var command = new Command("estimate", "Estimate error and recording rates with 95% intervals from an audit sample and its verdicts; score the rules against blind verdicts.")
        {
            sample, verdicts, annual, format, output,
        };
        command.SetAction(parse =>
        {
            var errors = Consoles.Error(parse);
            try
            {
                return Run(parse, errors, parse.GetValue(sample), parse.GetValue(verdicts) ?? [], parse.GetValue(annual), parse.GetValue(format) ?? "text", parse.GetValue(output));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                errors.MarkupLine($"[red]internal error:[/] {Markup.Escape(e.GetType().Name)} in {Markup.Escape(e.TargetSite?.DeclaringType?.Name ?? "?")}.{Markup.Escape(e.TargetSite?.Name ?? "?")}");
                return SampleCommand.InternalError;
            }
        });
        return command;
    }

    private static int Run(ParseResult parse, IAnsiConsole errors, string? samplePath, string[] verdictPaths, string? annualText, string format, string? output)
    {
        var problems = new List<string>();
        if (samplePath is null)
        {
            problems.Add("--sample is required");
        }

        if (verdictPaths.Length == 0)
        {
            problems.Add("--verdicts is required (one or more files)");
        }

        long? annual = null;
        if (annualText is not null)
        {
            if (long.TryParse(annualText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var a) && a > 0)
            {
                annual = a;
            }
            else
            {
                problems.Add($"--annual-recorded: '{annualText}' is not a positive whole number");
            }
        }

        format = format.ToLowerInvariant();
        if (!Formats.Contains(format))
        {
            problems.Add($"--format: '{format}' is not one of {string.Join(", ", Formats)}");
        }

        if (output is not null && SamplingFiles.IsInput(output, [.. verdictPaths, .. samplePath is null ? [] : new[] { samplePath }]))
        {
            problems.Add($"'{output}' is an input file: an input is never overwritten");
        }

        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                errors.MarkupLine($"[red]error:[/] {Markup.Escape(problem)}");
            }

            return ExitCodes.UsageOrInputError;
        }

        Sample sample;
        var verdictList = new List<Verdict>();
        var verdictProblems = new List<SamplingProblem>();
        try
        {
            sample = SampleJson.Read(File.ReadAllBytes(samplePath!), Path.GetFileName(samplePath!));
            foreach (var path in verdictPaths)
            {
                var bytes = File.ReadAllBytes(path);
                verdictList.AddRange(path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
                    ? Worksheet.Read(bytes, Path.GetFileName(path), verdictProblems)
                    : VerdictLines.Read(bytes, Path.GetFileName(path), verdictProblems));
            }
        }
        catch (SamplingException e)
        {
            return SamplingFiles.Problems(errors, samplePath!, e.Problems);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
            return ExitCodes.UsageOrInputError;
        }

        if (verdictProblems.Count > 0)
        {
            return SamplingFiles.Problems(errors, "verdicts", verdictProblems);
        }

        EstimateReport report;
        try
        {
            report = SampleEstimator.Estimate(sample, verdictList, annual);
        }
        catch (SamplingException e)
        {
            return SamplingFiles.Problems(errors, "verdicts", e.Problems);
        }

        void Write(Stream stream)
        {
            if (format == "json")
            {
                EstimateJson.Write(stream, report);
                return;
            }

            using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
            if (format == "html")
            {
                EstimateHtml.Write(writer, report);
            }
            else
            {
                EstimateText.Write(writer, report);
            }
        }

        if (output is not null)
        {
            SamplingFiles.WriteWhole(output, Write);
        }
        else
        {
            using var buffer = new MemoryStream();
            Write(buffer);
            parse.InvocationConfiguration.Output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        }

        return ExitCodes.Success;
    }
}
