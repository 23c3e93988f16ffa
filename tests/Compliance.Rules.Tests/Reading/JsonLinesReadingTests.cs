using System.Text;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;

namespace Compliance.Rules.Tests.Reading;

/// <summary>Every class of bad JSON Lines input: the line reported and the reason given.</summary>
public sealed class JsonLinesReadingTests
{
    private static readonly string A = SampleRecords.Minimal("CR-A");
    private static readonly string B = SampleRecords.Minimal("CR-B");

    [Fact]
    public void Valid_lines_give_records_with_their_source_and_line()
    {
        var outcome = ReadAll.Lines($"{SampleRecords.Example("CR-1")}\n{A}\n");

        Assert.Equal(["input:1: CR-1", "input:2: CR-A"], outcome.Describe());
        Assert.Equal(RecordingOutcome.CrimeRecorded, outcome.Parsed.First().Record.RecordingDecision!.Outcome);
        Assert.Equal((2, 2, 0), (outcome.Statistics.Read, outcome.Statistics.Parsed, outcome.Statistics.Rejected));
    }

    [Fact]
    public void Blank_lines_are_skipped_not_rejected_and_lines_still_count()
    {
        var outcome = ReadAll.Lines($"\n{A}\n   \n\t\n\r\n{B}\n\n");

        Assert.Equal(["input:2: CR-A", "input:6: CR-B"], outcome.Describe());
        Assert.Equal(5, outcome.Statistics.BlankLines);
        Assert.Equal(0, outcome.Statistics.Rejected);
    }

    [Fact]
    public void Crlf_line_ends_are_read_like_lf()
    {
        var outcome = ReadAll.Lines($"{A}\r\n{B}\r\nnot json\r\n");

        Assert.Equal(["input:1: CR-A", "input:2: CR-B"], outcome.Parsed.Select(p => $"{p.Source}:{p.Line}: {p.Record.CrimeRecordId}"));
        var rejection = outcome.SingleRejection();
        Assert.Equal(3, rejection.Line);
        Assert.Equal(RejectionCode.NotJson, rejection.Code);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_skipped_and_counted_in_byte_positions()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes($"{A}\nhello\n")];

        var outcome = ReadAll.Bytes(bytes, RecordInputFormat.JsonLines);

        Assert.Equal("input:1: CR-A", outcome.Describe().First());
        var rejection = outcome.SingleRejection();
        Assert.Equal(2, rejection.Line);
        Assert.Equal(3 + A.Length + 1, rejection.BytePosition);
    }

    [Fact]
    public void Invalid_utf8_is_rejected_at_its_line_and_byte()
    {
        var bad = Encoding.UTF8.GetBytes(SampleRecords.Minimal("CR-Caf?"));
        var questionMark = Array.IndexOf(bad, (byte)'?');
        bad[questionMark] = 0xE9; // "é" in Windows-1252
        byte[] bytes = [.. Encoding.UTF8.GetBytes(A + "\n"), .. bad, (byte)'\n', .. Encoding.UTF8.GetBytes(B)];

        var outcome = ReadAll.Bytes(bytes, RecordInputFormat.JsonLines);

        var rejection = outcome.SingleRejection();
        Assert.Equal((RejectionCode.InvalidUtf8, 2L), (rejection.Code, rejection.Line));
        Assert.Contains("not valid UTF-8 (byte 0xE9)", rejection.Reason, StringComparison.Ordinal);
        Assert.Equal(A.Length + 1 + questionMark, rejection.BytePosition);
        Assert.Equal(2, outcome.Statistics.Parsed);
    }

    [Fact]
    public void A_complete_last_line_without_a_line_end_is_a_record()
    {
        var outcome = ReadAll.Lines($"{A}\n{B}");

        Assert.Equal(["input:1: CR-A", "input:2: CR-B"], outcome.Describe());
    }

    [Fact]
    public void A_cut_off_last_line_is_rejected_as_truncated()
    {
        var outcome = ReadAll.Lines($"{A}\n{B[..40]}");

        var rejection = outcome.SingleRejection();
        Assert.Equal((RejectionCode.Truncated, 2L), (rejection.Code, rejection.Line));
        Assert.Contains("cut off", rejection.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hello", "'h' is an invalid start of a value")]
    [InlineData("{\"schemaVersion\" \"1.0\"}", "Expected a ':'")]
    [InlineData("{'schemaVersion':'1.0'}", "not valid JSON")]
    [InlineData("{\"a\":1,}", "not valid JSON")]
    public void A_line_that_is_not_json_is_rejected(string line, string reason)
    {
        var outcome = ReadAll.Lines($"{A}\n{line}\n{B}\n");

        var rejection = outcome.SingleRejection();
        Assert.Equal((RejectionCode.NotJson, 2L), (rejection.Code, rejection.Line));
        Assert.Contains(reason, rejection.Reason, StringComparison.Ordinal);
        Assert.Equal(2, outcome.Statistics.Parsed);
    }

    [Fact]
    public void Two_records_on_one_line_are_rejected_as_content_after_the_record()
    {
        var outcome = ReadAll.Lines($"{A} {B}\n");

        var rejection = outcome.SingleRejection();
        Assert.Equal((RejectionCode.NotJson, 1L), (rejection.Code, rejection.Line));
        Assert.Contains("after the end of the record", rejection.Reason, StringComparison.Ordinal);
        Assert.Equal(A.Length + 1, rejection.BytePosition);
    }

    [Theory]
    [InlineData("42", "a JSON number")]
    [InlineData("\"CR-1\"", "a JSON string")]
    [InlineData("null", "JSON null")]
    [InlineData("true", "a JSON boolean")]
    [InlineData("[{\"schemaVersion\":\"1.0\"}]", "a JSON array")]
    public void A_json_value_that_is_not_an_object_is_rejected(string line, string found)
    {
        var outcome = ReadAll.Lines($"{A}\n{line}\n");

        var rejection = outcome.SingleRejection();
        Assert.Equal((RejectionCode.NotAnObject, 2L), (rejection.Code, rejection.Line));
        Assert.Equal($"found {found}, but a record is a JSON object {{ … }}", rejection.Reason);
    }

    [Fact]
    public void A_line_over_the_size_limit_is_rejected_and_the_next_line_read()
    {
        var big = SampleRecords.Minimal("CR-BIG", $",\"recordingDecision\":{{\"rationaleText\":\"{new string('x', 500)}\"}}");
        var options = new RecordReaderOptions { MaxRecordBytes = 300 };

        var outcome = ReadAll.Lines($"{A}\n{big}\n{B}\n", options);

        Assert.Equal(["input:1: CR-A", "input:3: CR-B"], outcome.Parsed.Select(p => $"{p.Source}:{p.Line}: {p.Record.CrimeRecordId}"));
        var rejection = outcome.SingleRejection();
        Assert.Equal((RejectionCode.TooLarge, 2L), (rejection.Code, rejection.Line));
        Assert.Equal($"the line is {big.Length:N0} bytes, more than the limit of 300 bytes per record (MaxRecordBytes); it was skipped without being read", rejection.Reason);
    }

    [Fact]
    public void A_line_exactly_at_the_limit_is_read_even_with_a_crlf()
    {
        var exact = new RecordReaderOptions { MaxRecordBytes = A.Length };
        var oneShort = new RecordReaderOptions { MaxRecordBytes = A.Length - 1 };

        Assert.Single(ReadAll.Lines($"{A}\r\n", exact).Parsed);
        Assert.Equal(RejectionCode.TooLarge, ReadAll.Lines($"{A}\r\n", oneShort).SingleRejection().Code);
    }

    [Fact]
    public void A_very_long_line_is_skipped_without_being_held_in_memory()
    {
        const int limit = 1024 * 1024;
        const long length = 48L * 1024 * 1024;
        var stream = new LongLineStream(Encoding.UTF8.GetBytes($"{A}\n"), length, (byte)'x', Encoding.UTF8.GetBytes($"\n{B}\n"));
        var statistics = new ReadStatistics();
        var framer = new JsonLinesFramer(new RecordDecoder(new CrimeRecordIdIndex(), ["long.jsonl"]), statistics, 0, "long.jsonl", limit);
        var input = new InputBuffer(limit);
        var results = new List<ReadResult>();
        var largestBuffer = 0;

        while (!framer.Finished)
        {
            while (framer.TryTake(input, out var result))
            {
                results.Add(result!);
            }

            largestBuffer = Math.Max(largestBuffer, input.Capacity);
            if (!framer.Finished)
            {
                input.Fill(stream);
            }
        }

        Assert.Equal(stream.Length, stream.BytesRead);
        Assert.InRange(largestBuffer, 0, limit + (64 * 1024));
        Assert.Collection(
            results,
            first => Assert.Equal("CR-A", Assert.IsType<ParsedRecord>(first).Record.CrimeRecordId),
            second =>
            {
                var rejection = Assert.IsType<Rejection>(second);
                Assert.Equal((RejectionCode.TooLarge, 2L), (rejection.Code, rejection.Line));
                Assert.Contains($"is {length:N0} bytes", rejection.Reason, StringComparison.Ordinal);
            },
            third => Assert.Equal(3, Assert.IsType<ParsedRecord>(third).Line));
    }

    [Fact]
    public void A_duplicate_crime_record_id_is_rejected_naming_the_first_line()
    {
        var outcome = ReadAll.Lines($"{A}\n{B}\n\n{SampleRecords.Example("CR-A")}\n");

        var rejection = outcome.SingleRejection();
        Assert.Equal((RejectionCode.DuplicateCrimeRecordId, 4L, "$.crimeRecordId"), (rejection.Code, rejection.Line, rejection.JsonPath));
        Assert.Equal("crimeRecordId \"CR-A\" was already read at input line 1; the first record with an id is kept", rejection.Reason);
    }

    [Fact]
    public void Duplicates_are_found_across_the_sources_of_one_run()
    {
        var reader = new RecordReader();
        using var first = new MemoryStream(Encoding.UTF8.GetBytes($"{B}\n{A}\n"));
        using var second = new MemoryStream(Encoding.UTF8.GetBytes($"{SampleRecords.Minimal("CR-C")}\n{A}\n"));

        var results = reader.Read(first, "monday.jsonl", RecordInputFormat.JsonLines)
            .Concat(reader.Read(second, "tuesday.jsonl", RecordInputFormat.JsonLines))
            .ToList();

        var rejection = Assert.Single(results.OfType<Rejection>());
        Assert.Equal(("tuesday.jsonl", 2L), (rejection.Source, rejection.Line));
        Assert.Contains("already read at monday.jsonl line 2", rejection.Reason, StringComparison.Ordinal);
        Assert.Equal(2, reader.Statistics.Sources);
    }

    [Fact]
    public void Duplicate_detection_can_be_turned_off()
    {
        var outcome = ReadAll.Lines($"{A}\n{A}\n", new RecordReaderOptions { DetectDuplicateIds = false });

        Assert.Equal(2, outcome.Statistics.Parsed);
    }

    [Fact]
    public void A_rejected_record_does_not_claim_its_id()
    {
        var invalid = SampleRecords.Minimal("CR-A", ",\"colour\":\"red\"");

        var outcome = ReadAll.Lines($"{invalid}\n{A}\n");

        Assert.Equal(RejectionCode.InvalidRecord, outcome.SingleRejection().Code);
        Assert.Equal(2, Assert.Single(outcome.Parsed).Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_crime_record_id_is_rejected(string id)
    {
        var outcome = ReadAll.Lines($"{A}\n{SampleRecords.Minimal(id)}\n");

        var rejection = outcome.SingleRejection();
        Assert.Equal((RejectionCode.EmptyCrimeRecordId, 2L, "$.crimeRecordId"), (rejection.Code, rejection.Line, rejection.JsonPath));
        Assert.Contains("crimeRecordId is empty", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_schema_version_is_rejected_before_its_unknown_fields()
    {
        var future = """{"schemaVersion":"2.0","crimeRecordId":"CR-F","incident":{"reportReceivedAt":"2030-01-01T00:00:00Z"},"newField":1}""";

        var outcome = ReadAll.Lines($"{A}\n{future}\n");

        var rejection = outcome.SingleRejection();
        Assert.Equal((RejectionCode.UnsupportedSchemaVersion, 2L, "$.schemaVersion"), (rejection.Code, rejection.Line, rejection.JsonPath));
        Assert.Equal("schemaVersion \"2.0\" is not supported: this library reads schema versions 1.0 and 1.1", rejection.Reason);
        Assert.Equal(A.Length + 1 + future.IndexOf("\"2.0\"", StringComparison.Ordinal), rejection.BytePosition);
    }

    [Fact]
    public void Json_nested_deeper_than_the_model_allows_is_rejected()
    {
        // victims is at depth 1, so its k-th nested array opens at depth k.
        static string Nested(int arrays) => SampleRecords.Minimal("CR-D", $",\"victims\":{new string('[', arrays)}{new string(']', arrays)}");

        var outcome = ReadAll.Lines($"{Nested(RecordJson.MaxDepth - 1)}\n{Nested(RecordJson.MaxDepth)}\n{Nested(10_000)}\n");

        Assert.Collection(
            outcome.Rejections,
            atLimit => Assert.Equal(RejectionCode.InvalidRecord, atLimit.Code),
            overLimit =>
            {
                Assert.Equal((RejectionCode.TooDeep, 2L), (overLimit.Code, overLimit.Line));
                Assert.Equal($"nested deeper than the record model allows (at most {RecordJson.MaxDepth} levels)", overLimit.Reason);
            },
            farOver => Assert.Equal((RejectionCode.TooDeep, 3L), (farOver.Code, farOver.Line)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    public void An_empty_input_has_no_records_and_no_errors(string text)
    {
        var outcome = ReadAll.Lines(text);

        Assert.Empty(outcome.Results);
        Assert.Equal(0, outcome.Statistics.Read);
    }
}
