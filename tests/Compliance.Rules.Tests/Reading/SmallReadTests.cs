using System.Text;
using Compliance.Rules.Reading;

namespace Compliance.Rules.Tests.Reading;

/// <summary>
/// A service builds a reader per request and reads a record or a few: such a read must not pay for
/// the buffers and tables a long run needs (it allocated about 370 KB per one-record read: the input
/// window, the string table, the first block of id texts and the index, each at full size).
/// </summary>
public sealed class SmallReadTests
{
    private static readonly byte[] OneRecord = Encoding.UTF8.GetBytes(SampleRecords.Example("CR-1") + "\n");

    [Fact]
    public void A_one_record_read_allocates_far_less_than_the_input_window_alone()
    {
        // The first reads compile code and fill static tables; the third is what every request costs.
        ReadOnce();
        ReadOnce();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var parsed = ReadOnce();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(parsed);
        // 64 KB was the input window alone; the record and its reader now take about 11 KB.
        Assert.InRange(allocated, 1, 32 * 1024);
    }

    [Fact]
    public void A_read_left_after_its_first_result_gives_its_buffer_back_and_the_next_read_is_whole()
    {
        var reader = new RecordReader();
        var two = Encoding.UTF8.GetBytes(SampleRecords.Minimal("CR-1") + "\n" + SampleRecords.Minimal("CR-2") + "\n");
        foreach (var result in reader.Read(new MemoryStream(two), "first", RecordInputFormat.JsonLines))
        {
            Assert.IsType<ParsedRecord>(result);
            break;
        }

        var rest = reader.Read(new MemoryStream(Encoding.UTF8.GetBytes(SampleRecords.Minimal("CR-3") + "\n" + SampleRecords.Minimal("CR-1") + "\n")), "second", RecordInputFormat.JsonLines).ToList();

        Assert.Equal("CR-3", Assert.IsType<ParsedRecord>(rest[0]).Record.CrimeRecordId);
        var repeat = Assert.IsType<Rejection>(rest[1]);
        Assert.Equal((RejectionCode.DuplicateCrimeRecordId, 2L), (repeat.Code, repeat.Line));
        Assert.Contains("first line 1", repeat.Reason, StringComparison.Ordinal);
    }

    private static bool ReadOnce()
    {
        var parsed = false;
        foreach (var result in new RecordReader().Read(new MemoryStream(OneRecord), "request", RecordInputFormat.JsonLines))
        {
            parsed |= result is ParsedRecord;
        }

        return parsed;
    }
}
