namespace Compliance.Rules.Reading;

/// <summary>Skips a UTF-8 byte order mark at the very start of a source (exports from Windows tools often begin with one).</summary>
internal static class ByteOrderMark
{
    private static ReadOnlySpan<byte> Utf8 => [0xEF, 0xBB, 0xBF];

    /// <summary>Consumes a leading BOM once enough bytes are buffered to tell.</summary>
    /// <param name="input">The buffer at the start of the source.</param>
    /// <param name="done">Set once the check is made; nothing happens after that.</param>
    /// <returns>False when more input is needed to tell.</returns>
    public static bool TrySkip(InputBuffer input, ref bool done)
    {
        if (done)
        {
            return true;
        }

        var pending = input.Pending;
        if (pending.Length < Utf8.Length && !input.Completed && Utf8.StartsWith(pending))
        {
            return false;
        }

        if (pending.StartsWith(Utf8))
        {
            input.Consume(Utf8.Length);
        }

        done = true;
        return true;
    }
}
