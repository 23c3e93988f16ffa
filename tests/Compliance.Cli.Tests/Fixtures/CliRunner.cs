using System.CommandLine;
using System.Text;
using Compliance.Cli.Auditing;
using Compliance.Cli.Commands;

namespace Compliance.Cli.Tests.Fixtures;

/// <summary>Runs the audit command in-process with captured output, through the same runner as Program.cs.</summary>
internal static class CliRunner
{
    public static readonly DateTimeOffset Clock = new(2011, 2, 3, 4, 5, 6, 789, TimeSpan.Zero);

    /// <summary>Runs <c>compliance audit</c> with these arguments and this text on standard input.</summary>
    public static (int Exit, string Out, string Error) RunWithInput(string standardInput, params string[] args) =>
        RunWithStream(() => new MemoryStream(Encoding.UTF8.GetBytes(standardInput)), args);

    /// <summary>Runs <c>compliance audit</c> with these arguments and this stream as standard input.</summary>
    public static (int Exit, string Out, string Error) RunWithStream(Func<Stream> standardInput, params string[] args)
    {
        var root = new RootCommand { AuditCommand.Create(standardInput, () => Clock) };
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CommandLineRunner.Run(root, ["audit", .. args], new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Runs <c>compliance audit</c> with these arguments.</summary>
    public static (int Exit, string Out, string Error) Run(params string[] args) => RunWithInput(string.Empty, args);
}

/// <summary>A temporary folder holding the fixture's pack and records as files.</summary>
internal sealed class AuditFiles : IDisposable
{
    public AuditFiles()
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(PackPath, AuditFixture.PackJson);
        File.WriteAllText(RecordsPath, AuditFixture.Jsonl());
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "compliance-cli-tests-" + Path.GetRandomFileName());

    public string PackPath => Path.Combine(Folder, "pack.json");

    public string RecordsPath => Path.Combine(Folder, "force.jsonl");

    public string PathOf(string name) => Path.Combine(Folder, name);

    public string Write(string name, string text)
    {
        File.WriteAllText(PathOf(name), text);
        return PathOf(name);
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
