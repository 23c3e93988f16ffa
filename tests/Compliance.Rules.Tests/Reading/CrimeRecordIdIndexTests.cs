using Compliance.Rules.Reading;

namespace Compliance.Rules.Tests.Reading;

/// <summary>The duplicate index keeps a hash and a packed location per id.</summary>
public sealed class CrimeRecordIdIndexTests
{
    [Fact]
    public void A_repeated_id_gives_back_where_it_was_first_seen()
    {
        var index = new CrimeRecordIdIndex();

        Assert.True(index.TryAdd("CR-1", 3, 1_000_000_000_000, out _, out _));
        Assert.True(index.TryAdd("CR-2", 0, 1, out _, out _));
        Assert.False(index.TryAdd("CR-1", 9, 5, out var source, out var line));

        Assert.Equal((3, 1_000_000_000_000L), (source, line));
        Assert.Equal(2, index.Count);
    }

    [Fact]
    public void Ids_that_differ_only_slightly_do_not_collide()
    {
        // The shapes real exports use: a prefix, a year, a counter; also case and one-character changes.
        var index = new CrimeRecordIdIndex();
        var added = 0;
        for (var n = 0; n < 300_000; n++)
        {
            Assert.True(index.TryAdd($"CR-2008-SW-{n:D6}", 0, n + 1, out _, out _), $"false duplicate at {n}");
            added++;
        }

        Assert.True(index.TryAdd("cr-2008-sw-000001", 0, 1, out _, out _));
        Assert.Equal(added + 1, index.Count);
    }

    [Fact]
    public void The_hash_depends_on_the_text_only()
    {
        Assert.Equal(CrimeRecordIdIndex.Hash("CR-2008-SW-004512"), CrimeRecordIdIndex.Hash(new string("CR-2008-SW-004512".AsSpan())));
        Assert.NotEqual(CrimeRecordIdIndex.Hash("CR-1"), CrimeRecordIdIndex.Hash("CR-2"));
        Assert.NotEqual(CrimeRecordIdIndex.Hash("CR-12"), CrimeRecordIdIndex.Hash("CR-21"));
    }
}
