using System.Diagnostics.CodeAnalysis;
using Compliance.Cli.Baselines;
using Compliance.Cli.Reports;
using Compliance.Rules.Packs;
using Spectre.Console;

namespace Compliance.Cli.Auditing;

/// <summary><c>audit --baseline</c>: loads the previous report (a usage error when it is not one), and puts the comparison in front of the report writer.</summary>
internal static class BaselineOption
{
    public static bool TryLoad(string path, AuditOptions options, RulePack pack, IAnsiConsole errors, [NotNullWhen(true)] out BaselineComparison? comparison)
    {
        comparison = null;
        if (options.OutputPath is { } output && string.Equals(Path.GetFullPath(output), Path.GetFullPath(path), StringComparison.Ordinal))
        {
            return Fail(errors, $"--output and --baseline name the same file ({path}): the previous report would be overwritten");
        }

        BaselineReport? report;
        string? problem;
        try
        {
            report = BaselineReport.Load(path, out problem);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(errors, $"--baseline: cannot read {path}: {e.Message}");
        }

        if (report is null)
        {
            return Fail(errors, $"--baseline: {problem}");
        }

        comparison = new BaselineComparison(report, pack);
        if (!comparison.SamePack)
        {
            errors.MarkupLine(Markup.Escape($"warning: the baseline was audited with rule pack {report.PackId} {report.PackVersion} (sha256 {report.PackSha256}), this audit with {pack.Id} {pack.Version} (sha256 {pack.Sha256}): a change may come from the rules, not the records"));
        }

        return true;
    }

    public static IReportWriter Wrap(IReportWriter writer, BaselineComparison? comparison) =>
        comparison is null ? writer : new BaselineWriter(writer, comparison);

    private static bool Fail(IAnsiConsole errors, string problem)
    {
        errors.MarkupLine($"[red]error:[/] {Markup.Escape(problem)}");
        return false;
    }
}
