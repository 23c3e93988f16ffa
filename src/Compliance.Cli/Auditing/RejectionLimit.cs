using System.Globalization;

namespace Compliance.Cli.Auditing;

/// <summary>
/// <c>--max-rejected &lt;n or p%&gt;</c>: how many rejected records an audit accepts before its exit
/// code says the data is not fit to audit (4). <c>n</c> trips when more than n records were
/// rejected; <c>p%</c> when rejected / read is above p / 100, compared exactly (no rounding).
/// Without the option it trips only when every record read was rejected (an export in the wrong
/// format, say), and never on an empty input.
/// </summary>
internal sealed record RejectionLimit(long? Count, decimal? Percent)
{
    /// <summary>Trips when every record read was rejected.</summary>
    public static RejectionLimit Default { get; } = new(null, null);

    public static bool TryParse(string text, out RejectionLimit limit)
    {
        limit = Default;
        var trimmed = text.Trim();
        if (trimmed.EndsWith('%')
            && decimal.TryParse(trimmed[..^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent)
            && percent is >= 0 and <= 100)
        {
            limit = new(null, percent);
            return true;
        }

        if (long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            limit = new(count, null);
            return true;
        }

        return false;
    }

    /// <summary>Whether <paramref name="rejected"/> of <paramref name="read"/> records is too many.</summary>
    public bool Trips(long rejected, long read) => (Count, Percent) switch
    {
        ({ } n, _) => rejected > n,
        (_, { } p) => read > 0 && rejected * 100m > p * read,
        _ => read > 0 && rejected == read,
    };
}
