using System.Text;
using Compliance.Rules.Reading;

namespace Compliance.Rules.Tests.Reading;

/// <summary>
/// A broken <c>.json</c> array loses nothing silently: a record without its closing brace costs
/// that record only, a missing comma adds no record, and what cannot be split into records is
/// reported as unread with where it starts.
/// </summary>
public sealed class ArrayRecoveryTests
{
    private static string R(int n) => SampleRecords.Minimal($"CR-{n}");

    [Fact]
    public void A_record_without_its_closing_brace_costs_that_record_only()
    {
        // Record 2 loses its last '}'; records 3 to 6 follow it, one per line.
        var broken = R(2)[..^1];
        var text = $"[{R(1)},\n{broken},\n{R(3)},\n{R(4)},\n{R(5)},\n{R(6)}]";

        var outcome = ReadAll.Json(text);

        Assert.Equal(["CR-1", "CR-3", "CR-4", "CR-5", "CR-6"], outcome.Parsed.Select(p => p.Record.CrimeRecordId));
        var rejection = outcome.SingleRejection();
        Assert.Equal((RejectionCode.Truncated, 2L, true), (rejection.Code, rejection.Line, rejection.IsRecord));
        Assert.StartsWith("the record is not closed: the next record starts on line 3", rejection.Reason, StringComparison.Ordinal);
        Assert.Equal((6L, 5L, 1L, 0L), (outcome.Statistics.Read, outcome.Statistics.Parsed, outcome.Statistics.Rejected, outcome.Statistics.UnreadBytes));
    }

    [Fact]
    public void A_nested_object_without_its_closing_brace_costs_its_record_only()
    {
        var broken = SampleRecords.Minimal("CR-2", ",\"force\":{\"code\":\"MPS\"")[..^0];
        var text = $"[{R(1)},{broken},{R(3)}]";

        var outcome = ReadAll.Json(text);

        Assert.Equal(["CR-1", "CR-3"], outcome.Parsed.Select(p => p.Record.CrimeRecordId));
        Assert.Equal((3L, 1L), (outcome.Statistics.Read, outcome.Statistics.Rejected));
    }

    [Fact]
    public void A_missing_comma_is_reported_but_is_not_a_record()
    {
        var text = $"[{R(1)}\n{R(2)},\n{R(3)}]";

        var outcome = ReadAll.Json(text);

        Assert.Equal(3, outcome.Parsed.Count());
        var problem = outcome.SingleRejection();
        Assert.Equal((RejectionCode.MalformedArray, 2L, false), (problem.Code, problem.Line, problem.IsRecord));
        Assert.Equal((3L, 0L, 1L), (outcome.Statistics.Read, outcome.Statistics.Rejected, outcome.Statistics.InputProblems));
    }

    [Fact]
    public void What_follows_an_unterminated_string_is_reported_as_unread_with_its_position()
    {
        // "CR-2 has no closing quote: the quote that should close it opens a string instead, and
        // the rest of the array cannot be split into records.
        var broken = "{\"schemaVersion\":\"1.0\",\"crimeRecordId\":\"CR-2,\"incident\":{\"reportReceivedAt\":\"2008-11-04T22:41:00Z\"}}";
        var head = $"[{R(1)},\n";
        var text = $"{head}{broken},\n{R(3)},\n{R(4)}]";

        var outcome = ReadAll.Json(text);

        Assert.Equal(["CR-1"], outcome.Parsed.Select(p => p.Record.CrimeRecordId));
        var unread = Assert.Single(outcome.Rejections, r => r.Code == RejectionCode.UnreadInput);
        Assert.False(unread.IsRecord);
        // The first syntax error is the 'i' of incident, now outside a string.
        var errorAt = Encoding.UTF8.GetByteCount(head) + broken.IndexOf("incident\":", StringComparison.Ordinal);
        Assert.Equal(((long)errorAt, 2L), (unread.BytePosition, unread.Line));
        Assert.Equal(Encoding.UTF8.GetByteCount(text) - errorAt, outcome.Statistics.UnreadBytes);
        Assert.Equal((2L, 1L, 1L), (outcome.Statistics.Read, outcome.Statistics.Rejected, outcome.Statistics.InputProblems));
    }

    [Fact]
    public void A_record_cut_off_at_the_end_of_the_file_leaves_nothing_unread()
    {
        var text = $"[{R(1)},\n{R(2)[..^10]}";

        var outcome = ReadAll.Json(text);

        Assert.Equal(0L, outcome.Statistics.UnreadBytes);
        Assert.Equal((2L, 1L), (outcome.Statistics.Read, outcome.Statistics.Rejected));
        Assert.Equal(RejectionCode.Truncated, outcome.SingleRejection().Code);
    }

    [Fact]
    public void Many_records_after_a_lost_brace_are_all_read()
    {
        var records = Enumerable.Range(1, 2000).Select(n => n == 7 ? R(n)[..^1] : R(n));
        var text = $"[{string.Join(",", records)}]";

        var outcome = ReadAll.Bytes(Encoding.UTF8.GetBytes(text), RecordInputFormat.Json, chunk: 4096);

        Assert.Equal((2000L, 1999L, 1L, 0L), (outcome.Statistics.Read, outcome.Statistics.Parsed, outcome.Statistics.Rejected, outcome.Statistics.UnreadBytes));
    }
}
