using System.Globalization;
using System.Reflection;

namespace Compliance.Monitoring.Acceptance;

/// <summary>
/// Runs <c>compliance audit</c> in this process through the CLI's entry point (the command a user runs,
/// minus process start-up), with its summary line on standard error kept for a failure message. Not
/// for concurrent use: one worker process runs one audit at a time.
/// </summary>
internal static class CliAudit
{
    private static readonly MethodInfo EntryPoint = Assembly.Load("compliance").EntryPoint
        ?? throw new InvalidOperationException("the compliance assembly has no entry point");

    /// <summary>Audits a file as of an instant and writes the JSON report to a file.</summary>
    /// <param name="input">The records file.</param>
    /// <param name="asOf">The as-of instant.</param>
    /// <param name="output">The report file.</param>
    /// <exception cref="InvalidOperationException">The command exited with a code other than 0 or 1.</exception>
    public static void Run(string input, DateTimeOffset asOf, string output)
    {
        string[] args = ["audit", input, "--as-of", asOf.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), "--format", "json", "--output", output];
        var error = Console.Error;
        var captured = new StringWriter();
        Console.SetError(captured);
        int exitCode;
        try
        {
            exitCode = (int)EntryPoint.Invoke(null, [args])!;
        }
        finally
        {
            Console.SetError(error);
        }

        // 1 means findings at or above --fail-on, which these runs do not set; anything else failed.
        if (exitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"compliance {string.Join(' ', args)} exited with {exitCode}: {captured}");
        }
    }
}
