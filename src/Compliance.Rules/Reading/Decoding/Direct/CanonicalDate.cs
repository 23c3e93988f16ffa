namespace Compliance.Rules.Reading;

/// <summary>
/// Parses a date written <c>yyyy-MM-dd</c> (the only form the serializer reads for a date) straight
/// from its UTF-8 bytes, so that the common case never needs the serializer's converter and with it
/// the serializer's options for the whole model. A date this parser does not return (a wrong
/// length, a non-digit, a month or day out of range) is left to that converter: false here only
/// means "not plainly a date", never "invalid".
/// </summary>
internal static class CanonicalDate
{
    /// <summary>Parses <c>yyyy-MM-dd</c> with a year from 1 to 9999 and a day that exists; false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out DateOnly value)
    {
        value = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !AsciiDigits.TryParse(text[..4], out var year) || !AsciiDigits.TryParse(text.Slice(5, 2), out var month) || !AsciiDigits.TryParse(text.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        value = new DateOnly(year, month, day);
        return true;
    }
}
