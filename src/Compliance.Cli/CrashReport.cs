using System.Text;

namespace Compliance.Cli;

/// <summary>
/// What an unexpected exception leaves: one line on standard error naming its kind and where it
/// happened, and a trace file readable only by its owner with the kinds and stacks of the
/// exception and its causes. Exception messages are left out of the file: they can quote a
/// record's values (a key, a string that did not parse), and the trace is shared with whoever
/// fixes the bug. Ids and paths appear in the stack only as the code's own names.
/// </summary>
internal static class CrashReport
{
    /// <summary>Writes the trace and says where on <paramref name="error"/>; returns exit code 3.</summary>
    public static int Handle(Exception exception, TextWriter error, bool verbose)
    {
        var trace = Trace(exception);
        string where;
        try
        {
            var path = Path.Combine(Path.GetTempPath(), $"compliance-crash-{DateTime.UtcNow:yyyyMMdd'T'HHmmss}-{Environment.ProcessId}.txt");
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var file = new StreamWriter(new FileStream(path, options), new UTF8Encoding(false)))
            {
                file.Write(trace);
            }

            where = $"a full trace is in {path}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            where = "the trace could not be written; run again with --verbose to print it";
        }

        var site = exception.TargetSite is { } method ? $" in {method.DeclaringType?.Name}.{method.Name}" : string.Empty;
        error.WriteLine($"internal error: {exception.GetType().Name}{site}; {where}");
        if (verbose)
        {
            error.Write(trace);
        }

        return ExitCodes.InternalError;
    }

    private static string Trace(Exception exception)
    {
        var text = new StringBuilder();
        text.AppendLine($"compliance {typeof(CrashReport).Assembly.GetName().Version} on .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
        for (var e = exception; e is not null; e = e.InnerException)
        {
            text.AppendLine(e == exception ? e.GetType().FullName : $"caused by {e.GetType().FullName}");
            text.AppendLine(e.StackTrace ?? "   (no stack)");
        }

        return text.ToString();
    }
}
