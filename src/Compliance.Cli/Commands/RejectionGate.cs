using System.Globalization;

namespace Compliance.Cli.Commands;

/// <summary><c>--max-rejected n</c> (trips when rejected &gt; n) or <c>p%</c> (when rejected/read &gt; p/100, unrounded); by default when every record read was rejected.</summary>
internal readonly record struct RejectionGate(long? Count, double? Percent)
{
    public static RejectionGate Default => new(null, null);

    public static bool TryParse(string text, out RejectionGate gate)
    {
        gate = Default;
        if (text.EndsWith('%') && double.TryParse(text[..^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent) && percent is >= 0 and <= 100)
        {
            gate = new RejectionGate(null, percent);
            return true;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            gate = new RejectionGate(count, null);
            return true;
        }

        return false;
    }

    public bool Trips(long rejected, long read) => this switch
    {
        { Count: { } n } => rejected > n,
        { Percent: { } p } => read > 0 && (double)rejected / read > p / 100,
        _ => read > 0 && rejected == read,
    };
}
