using System.Text;
using Compliance.Rules.Reading;
using Compliance.Server.Api;

namespace Compliance.Server.Tests;

public sealed class RecordReadersTests
{
    [Fact]
    public void A_reused_reader_answers_every_body_as_if_it_were_the_first()
    {
        var valid = Encoding.UTF8.GetBytes(Bodies.ExampleRecord);
        var emptyId = Encoding.UTF8.GetBytes(Bodies.ExampleRecord.Replace("\"CR-2008-SW-004512\"", "\"\"", StringComparison.Ordinal));

        // The same record again and again (one thread, so one reader): never a duplicate-id rejection
        // across requests, and a rejection leaves nothing behind for the next body. 4 100 reads cross
        // the point (4 096) where the thread's reader is replaced.
        for (var i = 0; i < 4100; i++)
        {
            if (i % 3 == 1)
            {
                var rejection = Assert.IsType<Rejection>(RecordReaders.ReadOne(emptyId, "record"));
                Assert.Equal(RejectionCode.EmptyCrimeRecordId, rejection.Code);
                Assert.Equal("$.crimeRecordId", rejection.JsonPath);
            }
            else
            {
                var parsed = Assert.IsType<ParsedRecord>(RecordReaders.ReadOne(valid, "record"));
                Assert.Equal("CR-2008-SW-004512", parsed.Record.CrimeRecordId);
            }
        }
    }
}
