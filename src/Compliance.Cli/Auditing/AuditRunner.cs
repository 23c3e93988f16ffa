using System.CommandLine;
using Compliance.Cli.Commands;
using Compliance.Cli.Reports;
using Compliance.Rules.Auditing;
using Compliance.Rules.Engine;
using Compliance.Rules.Reading;
using Spectre.Console;

namespace Compliance.Cli.Auditing;

/// <summary>
/// Runs <c>compliance audit</c> once its options are checked: loads the pack, opens the inputs and
/// the report, streams the records through the pipeline, completes the report and returns the exit
/// code (0; 1 for findings at or above <c>--fail-on</c>; 2 for usage and input errors).
/// </summary>
internal static class AuditRunner
{
    public static int Run(AuditOptions options, ParseResult parse, Func<Stream> standardInput)
    {
        var errors = Consoles.Error(parse);
        if (!PackOption.TryLoad(options.RulesPath, errors, out var pack))
        {
            return ExitCodes.UsageOrInputError;
        }

        var problems = new List<string>();
        if (!AuditInputs.TryOpen(options.Paths, standardInput, problems, out var inputs))
        {
            return Usage(errors, problems);
        }

        using (inputs)
        {
            var audit = new ComplianceAudit(ComplianceEngine.Create(pack), options.AsOf);
            var context = ReportContext.Of(audit, inputs!.Names, options.IncludeText);
            var destination = new ReportDestination(options.OutputPath, parse);
            try
            {
                AuditSummary result;
                using (var writer = destination.CreateWriter(options.Format, context))
                {
                    var reader = new RecordReader();
                    result = AuditProgress.Run(
                        errors,
                        AuditProgress.IsTerminal(parse.InvocationConfiguration.Error),
                        inputs,
                        () => inputs.PrepareDuplicateDetection(reader),
                        afterBatch => AuditPipeline.Run(audit, inputs.Read(reader), writer, afterBatch));
                    writer.Complete(result);
                }

                destination.Dispose();
                Tell(errors, options, destination, result);
                return options.FailOn is { } threshold && result.HighestSeverity >= threshold
                    ? ExitCodes.FindingsAtOrAboveThreshold
                    : ExitCodes.Success;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                destination.Abandon();
                errors.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
                return ExitCodes.UsageOrInputError;
            }
        }
    }

    public static int Usage(IAnsiConsole errors, IEnumerable<string> problems)
    {
        foreach (var problem in problems)
        {
            errors.MarkupLine($"[red]error:[/] {Markup.Escape(problem)}");
        }

        return ExitCodes.UsageOrInputError;
    }

    /// <summary>
    /// When the report is not the terminal summary, says on standard error what was done and what
    /// needs attention (rejected records, rule errors), so neither goes unnoticed behind a file.
    /// </summary>
    private static void Tell(IAnsiConsole errors, AuditOptions options, ReportDestination destination, AuditSummary result)
    {
        if (options.Format == ReportFormat.Text && destination.IsStandardOutput)
        {
            return;
        }

        var totals = result.Totals;
        var findings = ValueText.SeveritiesDescending.Sum(result.Findings);
        errors.MarkupLine(Markup.Escape(
            $"audit as of {Rules.Records.StrictTimestampConverter.Format(options.AsOf)}: {ValueText.Count(totals.RecordsRead)} records read, {ValueText.Count(totals.RecordsEvaluated)} evaluated, "
            + $"{ValueText.Count(totals.RecordsRejected)} rejected; {ValueText.Count(findings)} findings; {result.UnitsThatStandOut.Count()} of {result.Units.Count} units stand out; {options.Format.ToString().ToLowerInvariant()} report: {destination.Name}"));
        if (totals.RecordsRejected > 0)
        {
            errors.MarkupLine($"[yellow]warning:[/] {ValueText.Count(totals.RecordsRejected)} input records were rejected and not evaluated (see \"rejected\" in the report)");
        }

        if (totals.RuleErrors > 0)
        {
            errors.MarkupLine($"[yellow]warning:[/] {ValueText.Count(totals.RuleErrors)} rule evaluations failed (see \"ruleErrors\" in the report)");
        }
    }
}
