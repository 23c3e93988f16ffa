namespace Compliance.Rules.Sampling;

/// <summary>JSON path segments as the rest of the tool writes them: <c>$.a.b[2]</c>, <c>$['odd key']</c>.</summary>
internal static class JsonPaths
{
    public static string Child(string parent, string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? $"{parent}.{name}"
            : $"{parent}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    public static string Element(string parent, int index) => $"{parent}[{index}]";
}
