using System.Diagnostics;

namespace Compliance.Cli.Tests.Fixtures;

/// <summary>
/// Runs the real <c>compliance</c> executable as a child process (what a scheduler does), so that
/// environment variables, exit codes and signals are those of a real run.
/// </summary>
internal sealed class ChildCli : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _out;
    private readonly Task<string> _error;

    private ChildCli(Process process)
    {
        _process = process;
        _out = process.StandardOutput.ReadToEndAsync();
        _error = process.StandardError.ReadToEndAsync();
    }

    public int Id => _process.Id;

    /// <summary>Starts <c>compliance</c> with these arguments and extra environment variables.</summary>
    public static ChildCli Start(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        // A test run started in the background by a non-interactive shell (as CI starts it) inherits
        // SIGINT ignored, and exec keeps it ignored, so the child would never see Ctrl+C. The child is
        // started through env(1), which resets SIGINT to its default and then execs dotnet in the same
        // process (same pid), so it meets SIGINT as a user's terminal gives it.
        var throughEnv = OperatingSystem.IsLinux() && File.Exists("/usr/bin/env");
        var start = new ProcessStartInfo(throughEnv ? "/usr/bin/env" : DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (throughEnv)
        {
            start.ArgumentList.Add("--default-signal=INT");
            start.ArgumentList.Add(DotnetHost());
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "compliance.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return new ChildCli(Process.Start(start)!);
    }

    /// <summary>Runs to the end (at most two minutes).</summary>
    public static (int Exit, string Out, string Error) Run(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var child = Start(environment, args);
        return child.WaitForExit(TimeSpan.FromMinutes(2));
    }

    public (int Exit, string Out, string Error) WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException("the child compliance process did not end in time");
        }

        return (_process.ExitCode, _out.Result, _error.Result);
    }

    public bool HasExited => _process.HasExited;

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    /// <summary>The dotnet host that runs this test (the SDK sets DOTNET_HOST_PATH for its children).</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}

/// <summary>Where the repository's files are, seen from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Path(params string[] parts)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Compliance.sln")))
            {
                return System.IO.Path.Combine([directory.FullName, .. parts]);
            }
        }

        throw new DirectoryNotFoundException("the repository root (Compliance.sln) was not found above " + AppContext.BaseDirectory);
    }
}
