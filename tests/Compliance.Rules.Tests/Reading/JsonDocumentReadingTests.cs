using System.Text;
using Compliance.Rules.Reading;

namespace Compliance.Rules.Tests.Reading;

/// <summary><c>.json</c> input: one record, or an array read element by element; each bad element rejected at its starting line.</summary>
public sealed class JsonDocumentReadingTests
{
    private static readonly string A = SampleRecords.Minimal("CR-A");
    private static readonly string B = SampleRecords.Minimal("CR-B");

    [Fact]
    public void A_file_with_one_record_gives_that_record()
    {
        var outcome = ReadAll.Json(File.ReadAllText(SampleRecords.ExamplePath));

        Assert.Equal(["input:1: CR-2008-SW-004512"], outcome.Describe());
    }

    [Fact]
    public void A_single_record_is_reported_at_the_line_where_it_starts()
    {
        var outcome = ReadAll.Json($"\n\n  {SampleRecords.ExampleIndented("CR-1")}\n\n");

        Assert.Equal(["input:3: CR-1"], outcome.Describe());
    }

    [Fact]
    public void Array_elements_are_reported_at_the_line_where_each_starts()
    {
        var first = SampleRecords.ExampleIndented("CR-1");
        var text = $"[\n  {first},\n  {SampleRecords.ExampleIndented("CR-2")}\n]\n";
        var secondLine = 3 + first.Count(c => c == '\n');

        var outcome = ReadAll.Json(text);

        Assert.Equal(["input:2: CR-1", $"input:{secondLine}: CR-2"], outcome.Describe());
    }

    [Fact]
    public void A_bad_element_is_rejected_and_the_rest_of_the_array_read()
    {
        var text = $$"""
            [
              {{A}},
              {{SampleRecords.Minimal("CR-X", ",\"colour\":\"red\"")}},
              {"schemaVersion" "1.0",
               "crimeRecordId": "CR-Y"},
              {{B}}
            ]
            """;

        var outcome = ReadAll.Json(text);

        Assert.Equal(["input:2: CR-A", "input:6: CR-B"], outcome.Parsed.Select(p => $"{p.Source}:{p.Line}: {p.Record.CrimeRecordId}"));
        Assert.Collection(
            outcome.Rejections,
            unknown => Assert.Equal((RejectionCode.InvalidRecord, 3L, "$.colour"), (unknown.Code, unknown.Line, unknown.JsonPath)),
            syntax =>
            {
                Assert.Equal((RejectionCode.NotJson, 4L), (syntax.Code, syntax.Line));
                Assert.Contains("Expected a ':'", syntax.Reason, StringComparison.Ordinal);
            });
    }

    [Fact]
    public void Elements_that_are_not_objects_are_rejected_one_by_one()
    {
        var outcome = ReadAll.Json($"[{A},\n42,\n\"CR-1\",\n[{B}],\nnull,\n{B}]");

        Assert.Equal([1L, 6L], outcome.Parsed.Select(p => p.Line));
        Assert.Equal(
            [(2L, "a JSON number"), (3L, "a JSON string"), (4L, "a JSON array"), (5L, "JSON null")],
            outcome.Rejections.Select(r => (r.Line, r.Reason["found ".Length..r.Reason.IndexOf(',', StringComparison.Ordinal)])));
        Assert.All(outcome.Rejections, r => Assert.Equal(RejectionCode.NotAnObject, r.Code));
    }

    [Fact]
    public void Brackets_and_quotes_inside_strings_do_not_end_an_element()
    {
        var tricky = SampleRecords.Minimal("CR-]},\\\"[{", ",\"recordingDecision\":{\"rationaleText\":\"a ] } \\\\\\\" [ { , \\\" end\"}");

        var outcome = ReadAll.Json($"[{tricky},{A}]");

        Assert.Equal(["input:1: CR-]},\"[{", "input:1: CR-A"], outcome.Describe());
    }

    [Fact]
    public void A_missing_comma_is_reported_and_both_records_read()
    {
        var outcome = ReadAll.Json($"[\n{A}\n{B}\n]");

        Assert.Equal(2, outcome.Statistics.Parsed);
        var rejection = outcome.SingleRejection();
        Assert.Equal((RejectionCode.MalformedArray, 3L), (rejection.Code, rejection.Line));
        Assert.Equal("expected ',' or ']' after the record that starts on line 2: a comma is missing between records", rejection.Reason);
    }

    [Theory]
    [InlineData("[{A},\n]", 1, 2, "a ',' is followed by ']'")]
    [InlineData("[{A},\n,{B}]", 2, 2, "a ',' where a record was expected")]
    [InlineData("[{A}]\n{B}", 1, 2, "content after the closing ']' of the array")]
    public void Malformed_arrays_are_reported_at_their_line(string template, int parsed, long line, string reason)
    {
        var outcome = ReadAll.Json(template.Replace("{A}", A, StringComparison.Ordinal).Replace("{B}", B, StringComparison.Ordinal));

        Assert.Equal(parsed, outcome.Statistics.Parsed);
        var rejection = outcome.SingleRejection();
        Assert.Equal((RejectionCode.MalformedArray, line), (rejection.Code, rejection.Line));
        Assert.StartsWith(reason, rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_cut_off_inside_an_element_rejects_that_element()
    {
        var outcome = ReadAll.Json($"[\n{A},\n{B[..50]}");

        Assert.Equal(1, outcome.Statistics.Parsed);
        var rejection = outcome.SingleRejection();
        Assert.Equal((RejectionCode.Truncated, 3L), (rejection.Code, rejection.Line));
        Assert.Contains("cut off", rejection.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[\n{A}\n")]
    [InlineData("[\n{A},\n")]
    public void A_file_cut_off_between_elements_reports_the_unclosed_array(string template)
    {
        var outcome = ReadAll.Json(template.Replace("{A}", A, StringComparison.Ordinal));

        Assert.Equal(1, outcome.Statistics.Parsed);
        var rejection = outcome.SingleRejection();
        Assert.Equal((RejectionCode.Truncated, 3L), (rejection.Code, rejection.Line));
        Assert.Equal("the file ends inside the array (no closing ']'): it was probably cut off", rejection.Reason);
    }

    [Fact]
    public void A_too_large_element_is_skipped_and_the_next_read()
    {
        var big = SampleRecords.ExampleIndented("CR-BIG");
        var options = new RecordReaderOptions { MaxRecordBytes = 1000 };

        var outcome = ReadAll.Json($"[{A},\n{big},\n{B}]", options);

        Assert.Equal(["input:1: CR-A", $"input:{3 + big.Count(c => c == '\n')}: CR-B"], outcome.Parsed.Select(p => $"{p.Source}:{p.Line}: {p.Record.CrimeRecordId}"));
        var rejection = outcome.SingleRejection();
        Assert.Equal((RejectionCode.TooLarge, 2L), (rejection.Code, rejection.Line));
        Assert.Contains($"the record is {Encoding.UTF8.GetByteCount(big):N0} bytes", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_too_large_element_is_skipped_without_being_held_in_memory()
    {
        const int limit = 1024 * 1024;
        const long length = 24L * 1024 * 1024;
        var prefix = Encoding.UTF8.GetBytes($"[{A},\n{{\"schemaVersion\":\"1.0\",\"crimeRecordId\":\"CR-BIG\",\"padding\":\"");
        var suffix = Encoding.UTF8.GetBytes($"\"}},\n{B}]");
        var stream = new LongLineStream(prefix, length, (byte)'x', suffix);
        var framer = new JsonDocumentFramer(new RecordDecoder(new CrimeRecordIdIndex(), ["big.json"]), 0, "big.json", limit);
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

        Assert.InRange(largestBuffer, 0, limit + (64 * 1024));
        Assert.Equal(["CR-A", "CR-B"], results.OfType<ParsedRecord>().Select(p => p.Record.CrimeRecordId));
        var rejection = Assert.Single(results.OfType<Rejection>());
        Assert.Equal((RejectionCode.TooLarge, 2L), (rejection.Code, rejection.Line));
    }

    [Fact]
    public void A_byte_order_mark_before_the_array_is_skipped()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes($"[{A},{B}]")];

        Assert.Equal(2, ReadAll.Bytes(bytes, RecordInputFormat.Json).Statistics.Parsed);
    }

    [Fact]
    public void Invalid_utf8_inside_an_element_rejects_only_that_element()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes($"[{A},\n{{\"crimeRecordId\":\""), 0xC3, 0x28, .. Encoding.UTF8.GetBytes($"\"}},\n{B}]")];

        var outcome = ReadAll.Bytes(bytes, RecordInputFormat.Json);

        Assert.Equal(2, outcome.Statistics.Parsed);
        var rejection = outcome.SingleRejection();
        Assert.Equal((RejectionCode.InvalidUtf8, 2L), (rejection.Code, rejection.Line));
    }

    [Fact]
    public void Two_objects_in_a_json_file_are_one_rejected_record()
    {
        var outcome = ReadAll.Json($"{A}\n{B}\n");

        var rejection = outcome.SingleRejection();
        Assert.Equal((RejectionCode.NotJson, 1L), (rejection.Code, rejection.Line));
        Assert.Contains("one record per line in .jsonl", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicates_inside_an_array_name_the_first_element()
    {
        var outcome = ReadAll.Json($"[\n{A},\n{B},\n{A}\n]");

        var rejection = outcome.SingleRejection();
        Assert.Equal((RejectionCode.DuplicateCrimeRecordId, 4L), (rejection.Code, rejection.Line));
        Assert.Contains("already read at input line 2", rejection.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t")]
    [InlineData("[]")]
    [InlineData(" [ \n ] \n")]
    public void An_empty_file_or_array_has_no_records_and_no_errors(string text)
    {
        var outcome = ReadAll.Json(text);

        Assert.Empty(outcome.Results);
    }
}
