namespace Compliance.Rules.Reading;

/// <summary>The bytes JSON treats as white space (RFC 8259 §2).</summary>
internal static class JsonWhitespace
{
    public static ReadOnlySpan<byte> Bytes => " \t\r\n"u8;

    public static bool IsBlank(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyExcept(Bytes) < 0;

    /// <summary>The number of leading white-space bytes.</summary>
    public static int LeadingLength(ReadOnlySpan<byte> bytes)
    {
        var index = bytes.IndexOfAnyExcept(Bytes);
        return index < 0 ? bytes.Length : index;
    }
}
