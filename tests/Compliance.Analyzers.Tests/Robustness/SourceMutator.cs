using Microsoft.CodeAnalysis.CSharp;

namespace Compliance.Analyzers.Tests.Robustness;

/// <summary>Breaks valid sources in seeded, repeatable ways: truncation, token deletion, insertion and swaps, line edits.</summary>
internal sealed class SourceMutator
{
    private static readonly string[] Debris =
    [
        "{", "}", "(", ")", "[", "]", ";", ",", "=", "=>", ".", "..", "!", "?", "new", "null", "default", "with", "this",
        "var", "async", "await", "params", "ref", "out", "[ReclassifiesRecord(", "[JustificationField]", "\"", "/*", "#if X",
        "record", "partial", "class", "operator", "Status =", "{ Reason = ", "new() {", "[..", "@", "$\"{", "'", "<", ">",
    ];

    private readonly Random _random;

    public SourceMutator(int seed) => _random = new Random(seed);

    public IEnumerable<string> Mutate(string source, int count)
    {
        var tokens = SyntaxFactory.ParseTokens(source).Where(t => t.Span.Length > 0).ToArray();
        for (var i = 0; i < count; i++)
        {
            yield return (i % 6) switch
            {
                0 => source[.._random.Next(source.Length)],
                1 when tokens.Length > 0 => Remove(source, tokens[_random.Next(tokens.Length)].Span),
                2 when tokens.Length > 0 => source.Insert(tokens[_random.Next(tokens.Length)].SpanStart, " " + Debris[_random.Next(Debris.Length)] + " "),
                3 when tokens.Length > 1 => Swap(source, tokens),
                4 => EditLine(source),
                _ => RemoveRange(source),
            };
        }
    }

    private static string Remove(string source, Microsoft.CodeAnalysis.Text.TextSpan span) => source.Remove(span.Start, span.Length);

    private string Swap(string source, Microsoft.CodeAnalysis.SyntaxToken[] tokens)
    {
        var index = _random.Next(tokens.Length - 1);
        var first = tokens[index];
        var second = tokens[index + 1];
        return source[..first.SpanStart] + second.Text + source[first.Span.End..second.SpanStart] + first.Text + source[second.Span.End..];
    }

    private string EditLine(string source)
    {
        var lines = source.Split('\n').ToList();
        var index = _random.Next(lines.Count);
        if (_random.Next(2) == 0)
        {
            lines.RemoveAt(index);
        }
        else
        {
            lines.Insert(index, lines[_random.Next(lines.Count)]);
        }

        return string.Join('\n', lines);
    }

    private string RemoveRange(string source)
    {
        var start = _random.Next(source.Length);
        return source.Remove(start, Math.Min(source.Length - start, _random.Next(1, 80)));
    }
}
