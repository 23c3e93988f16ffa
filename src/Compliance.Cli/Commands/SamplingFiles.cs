using Compliance.Rules.Sampling;
using Spectre.Console;

namespace Compliance.Cli.Commands;

/// <summary>What <c>sample</c> and <c>estimate</c> share: problem listing, output files written whole, and input/output clashes.</summary>
internal static class SamplingFiles
{
    /// <summary>Prints each problem (file, line, JSON path, message) and returns exit code 2.</summary>
    public static int Problems(IAnsiConsole errors, string what, IReadOnlyList<SamplingProblem> problems)
    {
        errors.MarkupLine($"[red]invalid[/] {Markup.Escape(what)}: {problems.Count} problem(s)");
        foreach (var problem in problems)
        {
            errors.WriteLine("  " + problem);
        }

        return ExitCodes.UsageOrInputError;
    }

    /// <summary>
    /// Writes a file whole: to a temporary file beside it, moved into place when complete, so a
    /// failed or interrupted run never leaves half a sample or report at the path.
    /// </summary>
    public static void WriteWhole(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Whether an output path names one of the inputs (an input is never overwritten).</summary>
    public static bool IsInput(string output, IEnumerable<string> inputs)
    {
        var target = Resolve(output);
        return inputs.Any(i => string.Equals(Resolve(i), target, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));
    }

    private static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            return full;
        }
    }
}
