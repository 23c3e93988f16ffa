using System.Text;

namespace Compliance.Rules.Reading;

/// <summary>
/// Hands out one string per distinct short UTF-8 value (codes, officer and unit references, the
/// record-local ids <c>P-1</c>, <c>C-1</c>, <c>STMT-1</c> …) instead of a new string per occurrence.
/// These repeat across most records of an export; sharing them takes allocations (and so garbage
/// collection, a large part of reading) off the read. A fixed table: a slot holds the last value
/// that hashed to it, so memory stays bounded whatever the input. Not thread-safe (one per decoder).
/// </summary>
internal sealed class Utf8StringPool
{
    /// <summary>Values longer than this are not pooled: long texts rarely repeat.</summary>
    public const int MaxPooledBytes = 40;

    private const int MaxSlots = 8192;

    // The table starts small and doubles (dropping what it holds: it is only a cache) each time it
    // has taken in as many new values as it has slots, up to MaxSlots: a service reading one
    // record per request allocated the whole table, 128 KB of a one-record read's 300 KB, for a
    // few dozen values.
    private const int FirstSlots = 256;

    private byte[]?[] _bytes = new byte[FirstSlots][];
    private string?[] _texts = new string[FirstSlots];
    private int _added;

    /// <summary>The string of a valid, unescaped UTF-8 value of at most <see cref="MaxPooledBytes"/> bytes.</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        var slot = Hash(utf8) & (_bytes.Length - 1);
        if (_bytes[slot] is { } known && utf8.SequenceEqual(known))
        {
            return _texts[slot]!;
        }

        if (++_added > _bytes.Length && _bytes.Length < MaxSlots)
        {
            _bytes = new byte[_bytes.Length * 2][];
            _texts = new string[_texts.Length * 2];
            _added = 1;
            slot = Hash(utf8) & (_bytes.Length - 1);
        }

        var text = Encoding.UTF8.GetString(utf8);
        _bytes[slot] = utf8.ToArray();
        _texts[slot] = text;
        return text;
    }

    private static int Hash(ReadOnlySpan<byte> utf8)
    {
        // Only the slot depends on the hash, never the result: the length and the first and last
        // eight bytes (references differ at their ends: OFF-1019, OFF-1133) are enough and cost
        // two loads instead of a loop over every byte.
        ulong head, tail;
        if (utf8.Length >= 8)
        {
            head = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(utf8);
            tail = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(utf8[^8..]);
        }
        else
        {
            head = 0;
            foreach (var b in utf8)
            {
                head = (head << 8) | b;
            }

            tail = 0;
        }

        var hash = ((head * 0x9E3779B97F4A7C15UL) ^ (tail * 0xC2B2AE3D27D4EB4FUL)) + (ulong)utf8.Length;
        return (int)(hash ^ (hash >> 29) ^ (hash >> 47));
    }
}
