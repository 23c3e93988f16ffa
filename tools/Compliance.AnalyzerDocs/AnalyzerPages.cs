using System.Text;
using Microsoft.CodeAnalysis;

namespace Compliance.AnalyzerDocs;

/// <summary>
/// Keeps the generated part of the analyzer pages equal to the descriptors: at the top of each
/// <c>CMPxxx.md</c> its title, id, category, default severity, message, code fix, help link and
/// description; in <c>README.md</c> the table of diagnostics. Each generated part sits between two
/// markers; everything outside them is prose written by hand and is never touched. Output is LF, UTF-8
/// without a BOM, and depends on the descriptors only.
/// </summary>
internal static class AnalyzerPages
{
    public const string Begin = "<!-- generated:begin — written from the analyzer's descriptors by eng/docs.sh; change the descriptor, not this part -->";
    public const string End = "<!-- generated:end — hand-written from here -->";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Rewrites the generated parts in a directory; returns what it could not do (empty: all written).</summary>
    public static IReadOnlyList<string> Update(string directory, IReadOnlyList<DiagnosticInfo> diagnostics)
    {
        var problems = new List<string>();
        foreach (var diagnostic in diagnostics)
        {
            var path = Path.Combine(directory, diagnostic.Descriptor.Id + ".md");
            var existing = File.Exists(path) ? File.ReadAllText(path) : null;
            var prose = existing is null
                ? "\n## What it reports\n\nTo be written: what the check reports and where, why, how to fix it, what it cannot see.\n"
                : Outside(existing, path, problems);
            if (prose is not null)
            {
                // The page starts with its title (help viewers and the descriptor tests read it), then the generated part.
                File.WriteAllText(path, $"# {diagnostic.Descriptor.Id}: {diagnostic.Descriptor.Title}\n\n" + Generated(Page(diagnostic)) + prose, Utf8);
            }
        }

        var ids = diagnostics.Select(d => d.Descriptor.Id + ".md").ToHashSet(StringComparer.Ordinal);
        foreach (var leftOver in Directory.GetFiles(directory, "CMP*.md").Select(Path.GetFileName).Where(n => !ids.Contains(n!)).Order(StringComparer.Ordinal))
        {
            problems.Add($"{leftOver}: no diagnostic of the analyzer has this id (delete the page or restore the descriptor)");
        }

        var index = Path.Combine(directory, "README.md");
        if (!File.Exists(index))
        {
            problems.Add($"{index}: missing");
        }
        else
        {
            var text = File.ReadAllText(index);
            var (before, after) = Around(text, index, problems);
            if (before is not null && after is not null)
            {
                File.WriteAllText(index, before + Generated(Table(diagnostics)) + after, Utf8);
            }
        }

        return problems;
    }

    private static string Page(DiagnosticInfo diagnostic)
    {
        var d = diagnostic.Descriptor;
        var text = new StringBuilder();
        Line(text, "| | |");
        Line(text, "|---|---|");
        Line(text, $"| Id | {d.Id} |");
        Line(text, $"| Category | {d.Category} |");
        Line(text, $"| Default severity | {d.DefaultSeverity} |");
        Line(text, $"| Enabled by default | {(d.IsEnabledByDefault ? "yes" : "no")} |");
        Line(text, $"| Message | `{Cell(d.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture))}` |");
        Line(text, $"| Code fix | {CodeFix(diagnostic)} |");
        Line(text, $"| Help link | <{d.HelpLinkUri}> |");
        Line(text);
        Line(text, d.Description.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return text.ToString();
    }

    private static string Table(IReadOnlyList<DiagnosticInfo> diagnostics)
    {
        var text = new StringBuilder();
        Line(text, "| id | title | default severity | code fix |");
        Line(text, "|---|---|---|---|");
        foreach (var diagnostic in diagnostics)
        {
            var d = diagnostic.Descriptor;
            Line(text, $"| [{d.Id}]({d.Id}.md) | {Cell(d.Title.ToString(System.Globalization.CultureInfo.InvariantCulture))} | {d.DefaultSeverity} | {CodeFix(diagnostic)} |");
        }

        return text.ToString();
    }

    private static string CodeFix(DiagnosticInfo diagnostic) =>
        diagnostic.Fixes.Length == 0 ? "no"
        : diagnostic.Fixes.Any(f => f.GetFixAllProvider() is not null) ? "yes (Fix All supported)"
        : "yes";

    private static string Generated(string body) => Begin + "\n" + body + End + "\n";

    /// <summary>The text after the generated part, or the whole text when the page has no generated part yet.</summary>
    private static string? Outside(string text, string path, List<string> problems)
    {
        var (before, after) = Around(text, path, problems, allowMissing: true);
        if (before is null)
        {
            return null;
        }

        if (before.Trim().Length > 0 && !(before.TrimStart().StartsWith("# ", StringComparison.Ordinal) && before.Trim().Split('\n').Length == 1))
        {
            problems.Add($"{path}: text before the generated part other than the page's title");
            return null;
        }

        return after;
    }

    private static (string? Before, string? After) Around(string text, string path, List<string> problems, bool allowMissing = false)
    {
        text = text.ReplaceLineEndings("\n");
        var begin = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        if (begin < 0 && end < 0 && allowMissing)
        {
            return (string.Empty, "\n" + text);
        }

        if (begin < 0 || end < begin)
        {
            problems.Add($"{path}: the generated part needs both markers, in order ({Begin[..20]}… and {End[..18]}…)");
            return (null, null);
        }

        return (text[..begin], text[(end + End.Length)..].TrimStart('\n') is var rest && rest.Length > 0 ? "\n" + rest : string.Empty);
    }

    private static string Cell(string text) => text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);

    private static void Line(StringBuilder text, string line = "") => text.Append(line).Append('\n');
}
