namespace Compliance.Rules.Facts;

/// <summary>
/// The pack's offence-group table. An entry matches a Home Office code's number part (its leading
/// numbers, separated by <c>.</c> or <c>/</c>, without leading zeros: <c>19C</c> → <c>19</c>,
/// <c>004/01</c> → <c>4.1</c>) exactly; an entry ending <c>.*</c> matches every number part
/// starting with what precedes the <c>*</c>.
/// </summary>
internal sealed class OffenceGroupTable
{
    /// <summary>The group of every code no entry matches.</summary>
    public const string Other = "OTHER";

    private const string WildcardSuffix = ".*";

    private readonly Dictionary<string, string> _exact = new(StringComparer.Ordinal);

    // Longest prefix first, so that a more specific wildcard wins over a broader one.
    private readonly List<(string Prefix, string Group)> _prefixes = [];

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

                var wildcard = entry.EndsWith(WildcardSuffix, StringComparison.Ordinal) || entry.EndsWith("/*", StringComparison.Ordinal);
                var normalised = wildcard ? NumberPart(entry[..^2]) + WildcardSuffix : NumberPart(entry);
                if (!seen.TryAdd(normalised, group))
                {
                    throw new ArgumentException($"Offence-group entry '{entry}' is in both '{seen[normalised]}' and '{group}'.", nameof(groups));
                }

                if (normalised.EndsWith(WildcardSuffix, StringComparison.Ordinal))
                {
                    _prefixes.Add((normalised[..^1], group));
                }
                else
                {
                    _exact.Add(normalised, group);
                }
            }
        }

        _prefixes.Sort((a, b) => b.Prefix.Length.CompareTo(a.Prefix.Length));
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

        if (_exact.TryGetValue(number, out var group))
        {
            return group;
        }

        foreach (var (prefix, prefixGroup) in _prefixes)
        {
            if (number.StartsWith(prefix, StringComparison.Ordinal))
            {
                return prefixGroup;
            }
        }

        return Other;
    }

    /// <summary>
    /// The number part of a code, normalised: its leading digits with <c>.</c> or <c>/</c> between numbers,
    /// written with <c>.</c> and without leading zeros in each number (<c>4/1</c>, <c>004/01</c> and <c>4.1</c>
    /// all give <c>4.1</c>; <c>19C</c> gives <c>19</c>); empty when the code has none.
    /// </summary>
    /// <param name="homeOfficeCode">The code.</param>
    /// <returns>The number part.</returns>
    public static string NumberPart(string homeOfficeCode)
    {
        ArgumentNullException.ThrowIfNull(homeOfficeCode);
        return Parts(homeOfficeCode).Number;
    }

    /// <summary>
    /// A code's number part and class, remembered for the first <see cref="MostRemembered"/> codes seen.
    /// </summary>
    /// <remarks>
    /// Why: every record asks for the group and the class of each code in its history, and working
    /// the number part out again each time was about a tenth of what an audit allocated (a list, an
    /// array and two strings a code; allocation profile of a 200 000-record audit, docs/benchmarks.md).
    /// A force's exports use a few hundred codes; the bound keeps memory flat on any input.
    /// </remarks>
    private static (string Number, string Class) Parts(string homeOfficeCode)
    {
        if (Remembered.TryGetValue(homeOfficeCode, out var parts))
        {
            return parts;
        }

        var number = ParseNumberPart(homeOfficeCode);
        var dot = number.IndexOf('.', StringComparison.Ordinal);
        parts = (number, dot < 0 ? number : number[..dot]);
        // Counted here rather than asked of the dictionary: its Count takes every lock it has, and
        // the first call sets up the concurrent collections' event source (reflection over its
        // attributes, about 3 ms of building an engine; sampled profile, docs/benchmarks.md).
        if (Volatile.Read(ref RememberedCount) < MostRemembered && Remembered.TryAdd(homeOfficeCode, parts))
        {
            Interlocked.Increment(ref RememberedCount);
        }

        return parts;
    }

    /// <summary>How many codes <see cref="Parts"/> remembers.</summary>
    private const int MostRemembered = 4096;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Number, string Class)> Remembered = new(StringComparer.Ordinal);

    /// <summary>Codes added to <see cref="Remembered"/> (a few more than <see cref="MostRemembered"/> at most, when threads add at once).</summary>
    private static int RememberedCount;

    private static string ParseNumberPart(string homeOfficeCode)
    {
        var code = homeOfficeCode.AsSpan().Trim();
        var numbers = new List<string>(3);
        var i = 0;
        while (i < code.Length && char.IsAsciiDigit(code[i]))
        {
            var start = i;
            while (i < code.Length && char.IsAsciiDigit(code[i]))
            {
                i++;
            }

            var number = code[start..i].TrimStart('0');
            numbers.Add(number.Length == 0 ? "0" : number.ToString());

            // A separator counts only when a number follows it ("19/" is "19").
            if (i + 1 < code.Length && code[i] is '.' or '/' && char.IsAsciiDigit(code[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return string.Join('.', numbers);
    }

    /// <summary>The class of a code: the first number of its normalised number part (<c>4/1</c> → <c>4</c>); empty when it has none.</summary>
    /// <param name="homeOfficeCode">The code.</param>
    /// <returns>The class.</returns>
    public static string ClassOf(string homeOfficeCode)
    {
        ArgumentNullException.ThrowIfNull(homeOfficeCode);
        return Parts(homeOfficeCode).Class;
    }
}
