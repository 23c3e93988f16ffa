using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Compliance.Server.Access;

/// <summary>
/// Reads a key file: UTF-8, one key per line as <c>&lt;name&gt; &lt;sha256-hex&gt;</c>; <c>#</c> starts a
/// comment and blank lines are ignored. Any other line is an error naming its line: a key file with a
/// typo must not silently lock a client out or, worse, let a half-read file through.
/// </summary>
internal static partial class ApiKeyFile
{
    /// <summary>Parses the file; every problem is listed as <c>file:line: problem</c>.</summary>
    public static (IReadOnlyList<ApiKey> Keys, IReadOnlyList<string> Problems) Parse(string text, string fileName)
    {
        var keys = new List<ApiKey>();
        var problems = new List<string>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                line = line[..hash];
            }

            line = line.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2)
            {
                problems.Add($"{fileName}:{lineNumber}: expected \"<name> <sha256-hex>\", found {parts.Length} field(s)");
                continue;
            }

            var (name, hex) = (parts[0], parts[1]);
            if (!NamePattern().IsMatch(name))
            {
                problems.Add($"{fileName}:{lineNumber}: the name must be 1 to 64 of A-Z a-z 0-9 . _ -");
                continue;
            }

            if (!HexPattern().IsMatch(hex))
            {
                problems.Add($"{fileName}:{lineNumber}: the hash of \"{name}\" must be 64 lower-case hex digits (SHA-256 of the key)");
                continue;
            }

            if (!names.Add(name))
            {
                problems.Add($"{fileName}:{lineNumber}: the name \"{name}\" is used twice");
                continue;
            }

            keys.Add(new ApiKey(name, Convert.FromHexString(hex)));
        }

        return (keys, problems);
    }

    /// <summary>Reads and parses a key file (UTF-8, strict: invalid bytes are an error, not replaced).</summary>
    public static (IReadOnlyList<ApiKey> Keys, IReadOnlyList<string> Problems) Load(string path)
    {
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            return ([], [string.Create(CultureInfo.InvariantCulture, $"{path}: cannot read the key file ({e.GetType().Name})")]);
        }

        return Parse(text.TrimStart('\uFEFF'), Path.GetFileName(path));
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex NamePattern();

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex HexPattern();
}
