namespace Compliance.Rules.Reading;

/// <summary>The fixed-width numbers of canonical dates and timestamps, read straight from UTF-8.</summary>
internal static class AsciiDigits
{
    /// <summary>The value of a run of ASCII digits (short enough not to overflow); false when any byte is not a digit.</summary>
    /// <param name="text">The digits.</param>
    /// <param name="value">Their value.</param>
    /// <returns>Whether every byte was a digit.</returns>
    public static bool TryParse(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (var b in text)
        {
            if ((uint)(b - '0') > 9)
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }
}
