using Compliance.Cli.Reports;
using Spectre.Console;

namespace Compliance.Cli.Auditing;

/// <summary>
/// A progress bar on standard error while records are read, shown only when standard error is a
/// terminal (never in files, pipes or CI logs). Measured in bytes of the input files, or counted
/// in records when an input is standard input.
/// </summary>
internal static class AuditProgress
{
    public static AuditResult Run(IAnsiConsole errors, bool show, AuditInputs inputs, Func<Action<AuditTotals>?, AuditResult> run)
    {
        if (!show)
        {
            return run(null);
        }

        AuditResult? result = null;
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
