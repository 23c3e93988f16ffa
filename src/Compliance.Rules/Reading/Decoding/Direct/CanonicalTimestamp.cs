namespace Compliance.Rules.Reading;

/// <summary>
/// Parses the timestamps exports nearly always write — <c>2008-07-01T16:28:00Z</c>, with or
/// without seconds, a fraction of up to seven digits, <c>Z</c> or an offset <c>±hh:mm</c> under
/// 14 hours — straight from the UTF-8 bytes, without the string and the culture-aware format
/// matching that <see cref="Records.StrictTimestampConverter"/> costs (a twentieth of the read in
/// the profile). Anything else, including any value this parser is unsure of, is left to the
/// converter: false here only means "not the common form", never "invalid".
/// </summary>
internal static class CanonicalTimestamp
{
    /// <summary>Parses the common form; false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out DateTimeOffset value)
    {
        value = default;
        // yyyy-MM-ddTHH:mm is 16 bytes; the shortest form adds 'Z'.
        if (text.Length < 17 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':')
        {
            return false;
        }

        if (!AsciiDigits.TryParse(text[..4], out var year) || !AsciiDigits.TryParse(text.Slice(5, 2), out var month) || !AsciiDigits.TryParse(text.Slice(8, 2), out var day)
            || !AsciiDigits.TryParse(text.Slice(11, 2), out var hour) || !AsciiDigits.TryParse(text.Slice(14, 2), out var minute))
        {
            return false;
        }

        var at = 16;
        var second = 0;
        long fraction = 0;
        if (text[at] == ':')
        {
            if (text.Length < at + 4 || !AsciiDigits.TryParse(text.Slice(at + 1, 2), out second))
            {
                return false;
            }

            at += 3;
            if (text[at] == '.')
            {
                var digits = 0;
                at++;
                while (at < text.Length && (uint)(text[at] - '0') <= 9)
                {
                    if (++digits > 7)
                    {
                        return false;
                    }

                    fraction = (fraction * 10) + (text[at] - '0');
                    at++;
                }

                if (digits == 0)
                {
                    return false;
                }

                for (var scale = digits; scale < 7; scale++)
                {
                    fraction *= 10;
                }
            }
        }

        if (!Offset(text[at..], out var offset)
            || year < 1800 || year > 2300 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        value = new DateTimeOffset(year, month, day, hour, minute, second, offset).AddTicks(fraction);
        return true;
    }

    private static bool Offset(ReadOnlySpan<byte> text, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (text.Length == 1)
        {
            return text[0] == 'Z';
        }

        if (text.Length != 6 || text[0] is not ((byte)'+' or (byte)'-') || text[3] != ':'
            || !AsciiDigits.TryParse(text.Slice(1, 2), out var hours) || !AsciiDigits.TryParse(text.Slice(4, 2), out var minutes) || hours > 13 || minutes > 59)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0);
        if (text[0] == '-')
        {
            offset = -offset;
        }

        return true;
    }
}
