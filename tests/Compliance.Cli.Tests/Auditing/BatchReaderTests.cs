using Compliance.Cli.Auditing;
using Compliance.Cli.Reports;
using Compliance.Rules.Reading;

namespace Compliance.Cli.Tests.Auditing;

/// <summary>Reading ahead on another thread must keep input order, lose nothing and hide no error.</summary>
public sealed class BatchReaderTests
{
    [Theory]
    [InlineData(0, 7)]
    [InlineData(1, 7)]
    [InlineData(7, 7)]
    [InlineData(1000, 7)]
    [InlineData(1000, 1)]
    public void Batches_hold_every_item_once_in_input_order(int count, int batchSize)
    {
        using var reader = new BatchReader(Items(count), batchSize, batchesAhead: 2);

        var batches = reader.Read().ToList();

        Assert.Equal(Enumerable.Range(1, count).Select(i => (long)i), batches.SelectMany(b => b).Select(i => i.Line));
        Assert.All(batches.SkipLast(1), b => Assert.Equal(batchSize, b.Length));
    }

    [Fact]
    public void A_reading_error_reaches_the_consumer_after_the_items_read_before_it()
    {
        using var reader = new BatchReader(Failing(after: 25), batchSize: 10, batchesAhead: 2);
        var lines = new List<long>();

        var error = Assert.Throws<IOException>(() =>
        {
            foreach (var batch in reader.Read())
            {
                lines.AddRange(batch.Select(i => i.Line));
            }
        });

        Assert.Equal("disk gone", error.Message);
        Assert.Equal(Enumerable.Range(1, 25).Select(i => (long)i), lines);
    }

    [Fact]
    public void Stopping_early_stops_the_reading_thread_and_releases_the_input()
    {
        var input = new EndlessInput();
        using (var reader = new BatchReader(input, batchSize: 10, batchesAhead: 2))
        {
            Assert.NotEmpty(reader.Read().First());
        }

        // Dispose waited for the reading thread, which disposed its enumerator on the way out.
        Assert.True(input.Disposed);
    }

    private static IEnumerable<ReadResult> Items(int count) =>
        Enumerable.Range(1, count).Select(i => new Rejection(RejectionCode.NotJson, "not JSON", "in.jsonl", i));

    private static IEnumerable<ReadResult> Failing(int after)
    {
        foreach (var item in Items(after))
        {
            yield return item;
        }

        throw new IOException("disk gone");
    }

    private sealed class EndlessInput : IEnumerable<ReadResult>
    {
        public bool Disposed { get; private set; }

        public IEnumerator<ReadResult> GetEnumerator()
        {
            try
            {
                for (var line = 1L; ; line++)
                {
                    yield return new Rejection(RejectionCode.NotJson, "not JSON", "in.jsonl", line);
                }
            }
            finally
            {
                Disposed = true;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
