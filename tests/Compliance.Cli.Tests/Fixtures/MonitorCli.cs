using System.CommandLine;
using System.Text;
using System.Text.Json;
using Compliance.Cli.Auditing;
using Compliance.Cli.Commands;
using Compliance.Cli.Monitoring;

namespace Compliance.Cli.Tests.Fixtures;

/// <summary>Runs <c>compliance monitor</c> (and <c>audit</c>, to compare) in-process with captured output, through the same runner as Program.cs.</summary>
internal static class MonitorCli
{
    /// <summary>A short lock wait, so that a test of a busy store does not take the default 30 s.</summary>
    public static readonly TimeSpan TestLockWait = TimeSpan.FromSeconds(2);

    public static (int Exit, string Out, string Error) Run(params string[] args) => RunWith(TestLockWait, () => new MemoryStream(), args);

    public static (int Exit, string Out, string Error) RunWith(TimeSpan lockWait, Func<Stream> standardInput, params string[] args)
    {
        var root = new RootCommand
        {
            MonitorCommand.Create(standardInput, () => CliRunner.Clock, lockWait),
            AuditCommand.Create(standardInput, () => CliRunner.Clock),
        };
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CommandLineRunner.Run(root, args, new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Runs <c>monitor … --format json</c> and parses its report; asserts the exit code is one of those given.</summary>
    public static (int Exit, JsonElement Report, string Error) Json(params string[] args)
    {
        var (exit, output, error) = Run(["monitor", .. args, "--format", "json"]);
        Assert.True(exit is 0 or 1, $"exit {exit}: {error}");
        return (exit, JsonDocument.Parse(output).RootElement.Clone(), error);
    }

    /// <summary>The alerts of a report, each as its properties in order (status left out), for comparing field by field.</summary>
    public static List<List<(string Name, string Value)>> Alerts(JsonElement report) =>
        [.. report.GetProperty("alerts").EnumerateArray()
            .Where(a => !a.TryGetProperty("status", out var s) || s.GetString() != "withdrawn")
            .Select(a => a.EnumerateObject().Where(p => p.Name != "status").Select(p => (p.Name, p.Value.GetRawText())).ToList())];

    public static string[] Statuses(JsonElement report) =>
        [.. report.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("status").GetString()!)];
}

/// <summary>A temporary folder for a store, its exports and reports; deleted at the end.</summary>
internal sealed class MonitorFolder : IDisposable
{
    public MonitorFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "compliance-monitor-tests-" + System.IO.Path.GetRandomFileName());

    public string Store => File("history.db");

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, IEnumerable<string> lines)
    {
        var path = File(name);
        System.IO.File.WriteAllText(path, string.Concat(lines.Select(l => l + "\n")), new UTF8Encoding(false));
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
