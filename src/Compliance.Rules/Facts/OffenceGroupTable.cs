namespace Compliance.Rules.Facts;

/// <summary>
/// The pack's offence-group table. An entry matches a Home Office code's number part (its leading
/// digits and dots: <c>19C</c> → <c>19</c>, <c>4.1</c> → <c>4.1</c>) exactly; an entry ending
/// <c>.*</c> matches every number part starting with what precedes the <c>*</c>.
/// </summary>
public sealed class OffenceGroupTable
{
    /// <summary>The group of every code no entry matches.</summary>
    public const string Other = "OTHER";

    private const string WildcardSuffix = ".*";

    private readonly Dictionary<string, string> exact = new(StringComparer.Ordinal);

    // Longest prefix first, so that a more specific wildcard wins over a broader one.
    private readonly List<(string Prefix, string Group)> prefixes = [];

    /// <summary>Creates the table.</summary>
    /// <param name="groups">Group name → entries.</param>
    /// <exception cref="ArgumentException">An entry is empty, or appears in two groups.</exception>
    public OffenceGroupTable(IReadOnlyDictionary<string, IReadOnlyList<string>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (group, entries) in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (var entry in entries)
            {
                if (string.IsNullOrWhiteSpace(entry) || entry == "*" || entry == WildcardSuffix)
                {
                    throw new ArgumentException($"Offence group '{group}' has an empty entry.", nameof(groups));
                }

                if (!seen.TryAdd(entry, group))
                {
                    throw new ArgumentException($"Offence-group entry '{entry}' is in both '{seen[entry]}' and '{group}'.", nameof(groups));
                }

                if (entry.EndsWith(WildcardSuffix, StringComparison.Ordinal))
                {
                    prefixes.Add((entry[..^1], group));
                }
                else
                {
                    exact.Add(entry, group);
                }
            }
        }

        prefixes.Sort((a, b) => b.Prefix.Length.CompareTo(a.Prefix.Length));
    }

    /// <summary>The offence group of a code; <see cref="Other"/> when no entry matches, null for a null code.</summary>
    /// <param name="homeOfficeCode">The code.</param>
    /// <returns>The group name.</returns>
    public string? GroupOf(string? homeOfficeCode)
    {
        if (homeOfficeCode is null)
        {
            return null;
        }

        var number = NumberPart(homeOfficeCode);
        if (number.Length == 0)
        {
            return Other;
        }

        if (exact.TryGetValue(number, out var group))
        {
            return group;
        }

        foreach (var (prefix, prefixGroup) in prefixes)
        {
            if (number.StartsWith(prefix, StringComparison.Ordinal))
            {
                return prefixGroup;
            }
        }

        return Other;
    }

    /// <summary>The number part of a code (leading digits and dots); empty when it has none.</summary>
    /// <param name="homeOfficeCode">The code.</param>
    /// <returns>The number part.</returns>
    public static string NumberPart(string homeOfficeCode)
    {
        ArgumentNullException.ThrowIfNull(homeOfficeCode);
        var code = homeOfficeCode.Trim();
        var length = 0;
        while (length < code.Length && (char.IsAsciiDigit(code[length]) || code[length] == '.'))
        {
            length++;
        }

        return code[..length];
    }
}
