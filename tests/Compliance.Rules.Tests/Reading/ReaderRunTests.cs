using System.Text;
using Compliance.Rules.Reading;

namespace Compliance.Rules.Tests.Reading;

/// <summary>The reader as a run: counts, the asynchronous path, arguments, cancellation.</summary>
public sealed class ReaderRunTests
{
    private static readonly byte[] Mixed = Encoding.UTF8.GetBytes(string.Join(
        "\n",
        SampleRecords.Example("CR-1"),
        "",
        "not json",
        SampleRecords.Minimal("CR-2"),
        "[]",
        SampleRecords.Minimal("CR-1"),
        SampleRecords.Minimal("", ",\"colour\":1"),
        SampleRecords.Minimal("CR-3")[..30]));

    [Fact]
    public void Statistics_count_every_result_once_by_code()
    {
        var outcome = ReadAll.Bytes(Mixed, RecordInputFormat.JsonLines);

        var statistics = outcome.Statistics;
        Assert.Equal((7, 2, 5, 1, 1), (statistics.Read, statistics.Parsed, statistics.Rejected, statistics.BlankLines, statistics.Sources));
        Assert.Equal(outcome.Results.Count, statistics.Read);
        Assert.Equal(1, statistics.RejectedFor(RejectionCode.NotJson));
        Assert.Equal(1, statistics.RejectedFor(RejectionCode.NotAnObject));
        Assert.Equal(1, statistics.RejectedFor(RejectionCode.DuplicateCrimeRecordId));
        Assert.Equal(1, statistics.RejectedFor(RejectionCode.InvalidRecord));
        Assert.Equal(1, statistics.RejectedFor(RejectionCode.Truncated));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4096)]
    public async Task The_asynchronous_reader_gives_the_same_results_as_the_synchronous(int chunk)
    {
        var expected = ReadAll.Bytes(Mixed, RecordInputFormat.JsonLines).Describe();

        var actual = await ReadAll.BytesAsync(Mixed, RecordInputFormat.JsonLines, chunk);

        Assert.Equal(expected, actual.Describe());
    }

    [Fact]
    public async Task Cancellation_stops_the_asynchronous_reader()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ReadAll.BytesAsync(Mixed, RecordInputFormat.JsonLines, 16, cancelled.Token));
    }

    [Fact]
    public void Arguments_are_checked_when_the_read_is_set_up()
    {
        var reader = new RecordReader();

        Assert.Throws<ArgumentNullException>(() => reader.Read(null!, "x", RecordInputFormat.JsonLines));
        Assert.Throws<ArgumentException>(() => reader.Read(new MemoryStream(), " ", RecordInputFormat.JsonLines));
        Assert.Throws<ArgumentOutOfRangeException>(() => reader.Read(new MemoryStream(), "x", (RecordInputFormat)7));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RecordReaderOptions { MaxRecordBytes = 0 });
    }

    [Fact]
    public void A_rejection_reads_as_one_line_for_a_person()
    {
        var rejection = new Rejection(RejectionCode.InvalidRecord, "unknown property 'colour'", "a.jsonl", 17, "$.colour", 2040);

        Assert.Equal("a.jsonl:17: unknown property 'colour' (at $.colour, byte 2040)", rejection.ToString());
        Assert.Equal("a.jsonl:3: x", new Rejection(RejectionCode.NotJson, "x", "a.jsonl", 3).ToString());
    }
}
