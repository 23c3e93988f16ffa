namespace Compliance.Rules.Reading.Spilling;

/// <summary>
/// Sorts 64-bit keys a byte at a time from the lowest (a least-significant-digit radix sort):
/// stable, no comparisons, and a byte that every key shares is skipped.
/// </summary>
/// <remarks>
/// Why not <see cref="MemoryExtensions.Sort{T}(Span{T})"/> or
/// <see cref="Array.Sort{TKey, TValue}(TKey[], TValue[], int, int)"/>: the runtime makes their
/// sorting helpers by reflection, so no ahead-of-time code exists for them in the packaged tool and
/// they run as unoptimised first-tier code until the runtime recompiles them. Measured with
/// in-process marks on a 200 000-record audit: the pre-scan's 200 000 hashes took 27–46 ms to sort
/// (3 runs), and the detectors' 76 434 event instants 8 ms (2 runs). This is ordinary code of this
/// assembly, compiled ahead of time with the rest.
/// </remarks>
internal static class RadixSort
{
    private const int Digits = 256;

    /// <summary>Sorts <paramref name="keys"/> in ascending order.</summary>
    /// <param name="keys">The keys.</param>
    /// <param name="spare">Room for as many keys (its contents are overwritten).</param>
    public static void Sort(Span<ulong> keys, Span<ulong> spare)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(spare.Length, keys.Length, nameof(spare));
        if (keys.Length < 2)
        {
            return;
        }

        Span<int> offsets = stackalloc int[Digits];
        var from = keys;
        var to = spare[..keys.Length];
        for (var shift = 0; shift < 64; shift += 8)
        {
            if (!Offsets(from, shift, offsets))
            {
                continue;
            }

            foreach (var key in from)
            {
                to[offsets[(int)(key >> shift) & 0xFF]++] = key;
            }

            var read = from;
            from = to;
            to = read;
        }

        if (from != keys)
        {
            from.CopyTo(keys);
        }
    }

    /// <summary>
    /// Sorts <paramref name="keys"/> in ascending order (as signed numbers) and moves
    /// <paramref name="items"/> with them; items of equal keys keep their order.
    /// </summary>
    /// <param name="keys">The keys.</param>
    /// <param name="items">One item per key.</param>
    /// <param name="spareKeys">Room for as many keys (overwritten).</param>
    /// <param name="spareItems">Room for as many items (overwritten).</param>
    public static void Sort(Span<long> keys, Span<int> items, Span<long> spareKeys, Span<int> spareItems)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(items.Length, keys.Length, nameof(items));
        ArgumentOutOfRangeException.ThrowIfLessThan(spareKeys.Length, keys.Length, nameof(spareKeys));
        ArgumentOutOfRangeException.ThrowIfLessThan(spareItems.Length, keys.Length, nameof(spareItems));
        if (keys.Length < 2)
        {
            return;
        }

        Span<int> offsets = stackalloc int[Digits];
        var fromKeys = keys;
        var fromItems = items;
        var toKeys = spareKeys[..keys.Length];
        var toItems = spareItems[..keys.Length];
        for (var shift = 0; shift < 64; shift += 8)
        {
            if (!Offsets(fromKeys, shift, offsets))
            {
                continue;
            }

            for (var i = 0; i < fromKeys.Length; i++)
            {
                var at = offsets[Digit(fromKeys[i], shift)]++;
                toKeys[at] = fromKeys[i];
                toItems[at] = fromItems[i];
            }

            var keysRead = fromKeys;
            fromKeys = toKeys;
            toKeys = keysRead;
            var itemsRead = fromItems;
            fromItems = toItems;
            toItems = itemsRead;
        }

        if (fromKeys != keys)
        {
            fromKeys.CopyTo(keys);
            fromItems.CopyTo(items);
        }
    }

    /// <summary>Where each digit's keys start in the next pass; false when every key has the same digit (the pass would change nothing).</summary>
    private static bool Offsets(ReadOnlySpan<ulong> keys, int shift, Span<int> offsets)
    {
        offsets.Clear();
        foreach (var key in keys)
        {
            offsets[(int)(key >> shift) & 0xFF]++;
        }

        return StartsOf(offsets, keys.Length, (int)(keys[0] >> shift) & 0xFF);
    }

    private static bool Offsets(ReadOnlySpan<long> keys, int shift, Span<int> offsets)
    {
        offsets.Clear();
        foreach (var key in keys)
        {
            offsets[Digit(key, shift)]++;
        }

        return StartsOf(offsets, keys.Length, Digit(keys[0], shift));
    }

    /// <summary>Turns counts into starts; false when one digit holds all <paramref name="count"/> keys.</summary>
    private static bool StartsOf(Span<int> offsets, int count, int firstDigit)
    {
        if (offsets[firstDigit] == count)
        {
            return false;
        }

        var sum = 0;
        for (var digit = 0; digit < Digits; digit++)
        {
            var here = offsets[digit];
            offsets[digit] = sum;
            sum += here;
        }

        return true;
    }

    /// <summary>The byte of <paramref name="key"/> at <paramref name="shift"/>, its sign bit flipped so that negative keys come first.</summary>
    private static int Digit(long key, int shift) => (int)(((ulong)key ^ 0x8000_0000_0000_0000UL) >> shift) & 0xFF;
}
