using Compliance.Cli.Reports;
using Compliance.Rules.Auditing;
using Spectre.Console;

namespace Compliance.Cli.Auditing;

/// <summary>
/// A progress bar on standard error while records are read, shown only when standard error is a
/// terminal (never in files, pipes or CI logs). Measured in bytes of the input files, or counted
/// in records when an input is standard input. The first pass over files (the scan for repeated
/// ids) comes before it, under a spinner of its own, so that the bar fills once, not twice.
/// </summary>
internal static class AuditProgress
{
    public static AuditSummary Run(IAnsiConsole errors, bool show, AuditInputs inputs, Action scan, Func<Action<AuditTotals>?, AuditSummary> run)
    {
        if (!show)
        {
            scan();
            return run(null);
        }

        if (inputs.AllSeekable)
        {
            errors.Status().Start("Scanning crime record ids (first of two passes over the inputs)", _ => scan());
        }
        else
        {
            scan();
        }

        AuditSummary? result = null;
        errors.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var total = inputs.TotalBytes;
                var task = context.AddTask("Auditing", maxValue: Math.Max(total ?? 1, 1));
                task.IsIndeterminate = total is null;
                result = run(totals =>
                {
                    task.Description = $"Auditing: {ValueText.Count(totals.RecordsRead)} records";
                    if (total is not null)
                    {
                        task.Value = inputs.BytesRead;
                    }
                });
                task.Value = task.MaxValue;
            });
        return result!;
    }

    /// <summary>Whether standard error is a terminal a person watches.</summary>
    public static bool IsTerminal(TextWriter error) => ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
}
