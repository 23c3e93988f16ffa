using System.Globalization;
using Microsoft.CodeAnalysis.Text;

namespace Compliance.Analyzers;

/// <summary>
/// How a CMP001 diagnostic tells the code fix what to add. Target <c>i</c> is an object creation or
/// <c>with</c> expression in the diagnostic's document: <see cref="SpanKey"/>(i) holds its span as
/// "start,length" and <see cref="MembersKey"/>(i) the members its initializer lacks, comma-separated.
/// (Properties rather than additional locations: the target is always in the same document.)
/// </summary>
internal static class FixProperties
{
    public const char Separator = ',';

    public static string SpanKey(int index) => "FixTarget" + index.ToString(CultureInfo.InvariantCulture);

    public static string MembersKey(int index) => "FixMembers" + index.ToString(CultureInfo.InvariantCulture);

    public static string FormatSpan(TextSpan span) =>
        span.Start.ToString(CultureInfo.InvariantCulture) + Separator + span.Length.ToString(CultureInfo.InvariantCulture);

    public static bool TryParseSpan(string? text, out TextSpan span)
    {
        span = default;
        var parts = text?.Split(Separator);
        if (parts is not { Length: 2 }
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            return false;
        }

        span = new TextSpan(start, length);
        return true;
    }
}
