using Compliance.Rules.Reading.Spilling;

namespace Compliance.Rules.Tests.Reading;

/// <summary>
/// <see cref="RadixSort"/>: ascending order (unsigned hashes; signed instants with their items,
/// equal keys keeping their order), passes skipped where every key shares a byte, and the same
/// result as the runtime's sort on noisy keys.
/// </summary>
public sealed class RadixSortTests
{
    [Fact]
    public void UnsignedKeysComeOutAscendingWhicheverByteTellsThemApart()
    {
        ulong[] keys = [0x0100, 0x00FF, ulong.MaxValue, 0, 0x0101, 0x8000_0000_0000_0000, 0x00FF];

        RadixSort.Sort(keys, new ulong[keys.Length]);

        Assert.Equal([0UL, 0x00FF, 0x00FF, 0x0100, 0x0101, 0x8000_0000_0000_0000, ulong.MaxValue], keys);
    }

    [Fact]
    public void KeysThatDifferOnlyInTheirHighestByteAreSortedThoughEveryOtherPassIsSkipped()
    {
        ulong[] keys = [0x0300_0000_0000_0007, 0x0100_0000_0000_0007, 0x0200_0000_0000_0007];

        RadixSort.Sort(keys, new ulong[3]);

        Assert.Equal([0x0100_0000_0000_0007UL, 0x0200_0000_0000_0007, 0x0300_0000_0000_0007], keys);
    }

    [Fact]
    public void SignedKeysPutNegativesFirstAndMoveTheirItemsWithThemInAStableOrder()
    {
        long[] keys = [5, -1, 5, long.MinValue, 0, long.MaxValue, -1];
        int[] items = [0, 1, 2, 3, 4, 5, 6];

        RadixSort.Sort(keys, items, new long[7], new int[7]);

        Assert.Equal([long.MinValue, -1, -1, 0, 5, 5, long.MaxValue], keys);
        Assert.Equal([3, 1, 6, 4, 0, 2, 5], items);
    }

    [Fact]
    public void AnOddNumberOfPassesStillLeavesTheResultInTheCallersSpans()
    {
        // Differ in bytes 0 and 2 only: two passes land in the spare and back; a third byte makes three.
        long[] keys = [0x03_00_01, 0x01_00_02, 0x02_01_00, 0x01_00_01];
        int[] items = [0, 1, 2, 3];

        RadixSort.Sort(keys, items, new long[4], new int[4]);

        Assert.Equal([0x01_00_01L, 0x01_00_02, 0x02_01_00, 0x03_00_01], keys);
        Assert.Equal([3, 1, 2, 0], items);
    }

    [Fact]
    public void NoisyHashesSortAsTheRuntimesSortDoes()
    {
        var random = new Random(20261205);
        var keys = new ulong[10_000];
        for (var i = 0; i < keys.Length; i++)
        {
            // Repeats, small values and values sharing high bytes among random ones.
            keys[i] = (i % 7) switch
            {
                0 => keys[random.Next(Math.Max(i, 1))],
                1 => (ulong)(uint)random.Next(300),
                2 => 0xABCD_0000_0000_0000UL | (uint)random.Next(),
                _ => (ulong)random.NextInt64() ^ ((ulong)(uint)random.Next(2) << 63),
            };
        }

        var expected = keys.ToArray();
        Array.Sort(expected);

        RadixSort.Sort(keys, new ulong[keys.Length + 5]);

        Assert.Equal(expected, keys);
    }

    [Fact]
    public void NoisyInstantsKeepTheInsertionOrderOfEqualKeysAsAStableSortDoes()
    {
        var random = new Random(5);
        var keys = Enumerable.Range(0, 5_000).Select(_ => random.Next(4) == 0 ? 630_000_000_000_000_000L + random.Next(50) : random.NextInt64(long.MinValue, long.MaxValue)).ToArray();
        var items = Enumerable.Range(0, keys.Length).ToArray();
        var expected = keys.Select((key, item) => (key, item)).OrderBy(p => p.key).ToArray(); // OrderBy is stable

        RadixSort.Sort(keys, items, new long[keys.Length], new int[keys.Length]);

        Assert.Equal(expected.Select(p => p.key), keys);
        Assert.Equal(expected.Select(p => p.item), items);
    }

    [Fact]
    public void NoKeysOrOneKeyIsLeftAsItIs()
    {
        ulong[] none = [];
        ulong[] one = [42];
        RadixSort.Sort(none, []);
        RadixSort.Sort(one, new ulong[1]);

        Assert.Empty(none);
        Assert.Equal([42UL], one);
    }

    [Fact]
    public void TooLittleRoomOrMismatchedItemsAreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RadixSort.Sort(new ulong[3], new ulong[2]));
        Assert.Throws<ArgumentOutOfRangeException>(() => RadixSort.Sort(new long[3], new int[2], new long[3], new int[3]));
        Assert.Throws<ArgumentOutOfRangeException>(() => RadixSort.Sort(new long[3], new int[3], new long[2], new int[3]));
        Assert.Throws<ArgumentOutOfRangeException>(() => RadixSort.Sort(new long[3], new int[3], new long[3], new int[2]));
    }
}
