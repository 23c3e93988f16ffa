using System.Diagnostics;

namespace Compliance.Cli.Tests.Reliability;

/// <summary>
/// A file's identity (device and inode, read with <c>statx</c>): what lets an output that is a hard
/// link to an input be refused. Checked against coreutils' <c>stat</c>, which reads the same numbers
/// its own way.
/// </summary>
public sealed class FileIdentityTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("file-identity-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_identity_is_the_device_and_inode_that_stat_reports()
    {
        var path = Write("a.jsonl");

        Assert.Equal(OperatingSystem.IsLinux() ? Run("stat", "-L", "-c", "%Hd:%Ld:%i", "--", path) : null, FileIdentity.Of(path));
    }

    [Fact]
    public void Hard_links_and_symbolic_links_share_the_identity_of_their_file_and_a_copy_does_not()
    {
        var path = Write("a.jsonl");
        var hard = Path.Combine(_folder, "hard.jsonl");
        Run("ln", "--", path, hard);
        var symbolic = File.CreateSymbolicLink(Path.Combine(_folder, "link.jsonl"), path).FullName;
        var copy = Path.Combine(_folder, "copy.jsonl");
        File.Copy(path, copy);

        var identity = FileIdentity.Of(path);

        Assert.Equal(OperatingSystem.IsLinux(), identity is not null);
        Assert.Equal(identity, FileIdentity.Of(hard));
        Assert.Equal(identity, FileIdentity.Of(symbolic));
        Assert.True(identity is null || identity != FileIdentity.Of(copy));
    }

    [Fact]
    public void A_missing_file_has_no_identity()
    {
        Assert.Null(FileIdentity.Of(Path.Combine(_folder, "missing.jsonl")));
    }

    private string Write(string name)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, "{}\n");
        return path;
    }

    private static string Run(string command, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(command, arguments) { RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }
}
