namespace Compliance.Cli;

/// <summary>
/// Whether an output path names one of the inputs: the same full path once symbolic links are
/// resolved (<c>./a.jsonl</c>, <c>a.jsonl</c>, a link to it), or, where the file system can tell,
/// the same file under another name (a hard link: same device and inode).
/// </summary>
internal static class SameFile
{
    /// <summary>The input (as given) that <paramref name="output"/> would overwrite, or null.</summary>
    public static string? FindInput(string output, IEnumerable<string> inputs)
    {
        var target = Resolve(output);
        var targetId = FileIdentity.Of(target);
        foreach (var input in inputs.Where(i => i != Rules.Reading.RecordSource.StandardInputPath))
        {
            var resolved = Resolve(input);
            if (string.Equals(resolved, target, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)
                || (targetId is not null && targetId == FileIdentity.Of(resolved)))
            {
                return input;
            }
        }

        return null;
    }

    /// <summary>The full path with every symbolic link on the way (the file and its folders) followed.</summary>
    private static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            var directory = Path.GetDirectoryName(full);
            if (directory is not null && Directory.Exists(directory))
            {
                var resolvedDirectory = new DirectoryInfo(directory).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? directory;
                full = Path.Combine(ResolveParents(resolvedDirectory), Path.GetFileName(full));
            }

            return new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            return full;
        }
    }

    private static string ResolveParents(string directory)
    {
        var parent = Path.GetDirectoryName(directory);
        if (parent is null)
        {
            return directory;
        }

        var resolvedParent = ResolveParents(new DirectoryInfo(parent).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? parent);
        return Path.Combine(resolvedParent, Path.GetFileName(directory));
    }
}
