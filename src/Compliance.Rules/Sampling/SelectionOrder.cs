using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Compliance.Rules.Sampling;

/// <summary>
/// The order items are drawn in: within a stratum, ascending SHA-256 of the UTF-8 bytes of
/// <c>"&lt;seed&gt;:&lt;planId&gt;:&lt;stratumId&gt;:&lt;itemKey&gt;"</c> (unsigned bytes), ties by item key
/// (ordinal). The order depends on nothing but these four values, so anyone can re-derive a sample
/// from the plan, the seed and the frozen export, whatever order or files the records come in.
/// </summary>
public static class SelectionOrder
{
    /// <summary>The digest that ranks an item.</summary>
    /// <param name="seed">The seed (its canonical decimal form is hashed).</param>
    /// <param name="planId">The plan id.</param>
    /// <param name="stratumId">The stratum id.</param>
    /// <param name="itemKey">The item key (<c>record:&lt;crimeRecordId&gt;</c>).</param>
    /// <returns>32 bytes.</returns>
    public static byte[] Digest(long seed, string planId, string stratumId, string itemKey)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(seed);
        var text = string.Concat(seed.ToString(CultureInfo.InvariantCulture), ":", planId, ":", stratumId, ":", itemKey);
        return SHA256.HashData(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Compares two ranked items: digest as unsigned bytes, then item key, ordinal.</summary>
    /// <param name="digestA">First digest.</param>
    /// <param name="keyA">First key.</param>
    /// <param name="digestB">Second digest.</param>
    /// <param name="keyB">Second key.</param>
    /// <returns>Negative when the first ranks earlier.</returns>
    public static int Compare(ReadOnlySpan<byte> digestA, string keyA, ReadOnlySpan<byte> digestB, string keyB)
    {
        var byDigest = digestA.SequenceCompareTo(digestB);
        return byDigest != 0 ? byDigest : string.CompareOrdinal(keyA, keyB);
    }

    /// <summary>The item key of a crime record.</summary>
    /// <param name="crimeRecordId">The record's id.</param>
    /// <returns><c>record:&lt;id&gt;</c>.</returns>
    public static string RecordKey(string crimeRecordId) => "record:" + crimeRecordId;

    /// <summary>
    /// Parses a seed: a decimal integer 0 ≤ n &lt; 2⁶³ without sign, spaces or leading zeros, so
    /// that one seed has one text and one sample.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>Whether the text is a canonical seed.</returns>
    public static bool TryParseSeed(string? text, out long seed)
    {
        seed = 0;
        if (string.IsNullOrEmpty(text) || text.Length > 19 || (text.Length > 1 && text[0] == '0') || !text.All(char.IsAsciiDigit))
        {
            return false;
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out seed);
    }
}
