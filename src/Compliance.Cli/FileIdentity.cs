using System.Diagnostics;

namespace Compliance.Cli;

/// <summary>
/// A file's device and inode on Linux, as <c>stat</c> reports them: two names of the same file
/// (hard links) share them. Null where it cannot be told (no such file, not Linux, no
/// <c>stat</c>); then only paths are compared.
/// </summary>
internal static class FileIdentity
{
    public static string? Of(string path)
    {
        if (!OperatingSystem.IsLinux() || !File.Exists(path))
        {
            return null;
        }

        try
        {
            // The runtime has no public stat; coreutils' stat prints device and inode exactly.
            var start = new ProcessStartInfo("stat") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("-L");
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("%d:%i");
            start.ArgumentList.Add("--");
            start.ArgumentList.Add(path);
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var text = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 && text.Contains(':', StringComparison.Ordinal) ? text : null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException or InvalidOperationException)
        {
            return null;
        }
    }
}
