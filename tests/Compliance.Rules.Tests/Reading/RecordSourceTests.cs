using Compliance.Rules.Reading;

namespace Compliance.Rules.Tests.Reading;

/// <summary>Opening inputs by path: the format from the extension, standard input for "-", errors before reading.</summary>
public sealed class RecordSourceTests
{
    [Theory]
    [InlineData("records.jsonl", RecordInputFormat.JsonLines)]
    [InlineData("RECORDS.JSONL", RecordInputFormat.JsonLines)]
    [InlineData("export/records.ndjson", RecordInputFormat.JsonLines)]
    [InlineData("records.json", RecordInputFormat.Json)]
    [InlineData("-", RecordInputFormat.JsonLines)]
    public void The_format_follows_the_extension(string path, RecordInputFormat format) =>
        Assert.Equal(format, RecordSource.FormatOf(path));

    [Theory]
    [InlineData("records.txt", "'.txt'")]
    [InlineData("records", "''")]
    [InlineData("records.jsonl.gz", "'.gz'")]
    public void An_unknown_extension_is_refused_with_the_formats_that_are_known(string path, string extension)
    {
        var error = Assert.Throws<ArgumentException>(() => RecordSource.FormatOf(path));

        Assert.Contains(extension, error.Message, StringComparison.Ordinal);
        Assert.Contains(".jsonl (one record per line)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_jsonl_file_is_read_with_its_path_as_source()
    {
        var path = SampleRecords.TestDataPath("Reading", "records.jsonl");
        var reader = new RecordReader();

        using (var source = RecordSource.Open(path))
        {
            var results = reader.Read(source).ToList();

            Assert.Equal([1L, 3L, 4L], results.Select(r => r.Line));
            Assert.All(results, r => Assert.Equal(path, r.Source));
            Assert.Equal(RejectionCode.Truncated, Assert.IsType<Rejection>(results[1]).Code);
        }

        Assert.Equal((3, 2, 1, 1), (reader.Statistics.Read, reader.Statistics.Parsed, reader.Statistics.Rejected, reader.Statistics.BlankLines));
    }

    [Fact]
    public async Task A_json_array_file_is_read_asynchronously_element_by_element()
    {
        var path = SampleRecords.TestDataPath("Reading", "records.json");
        var reader = new RecordReader();
        var lines = new List<long>();

        await using (var source = RecordSource.Open(path))
        {
            await foreach (var result in reader.ReadAsync(source))
            {
                lines.Add(Assert.IsType<ParsedRecord>(result).Line);
            }
        }

        Assert.Equal([2L, 192L], lines);
    }

    [Fact]
    public void A_missing_file_fails_when_opened_not_while_reading()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "Reading", "no-such-file.jsonl");

        Assert.Throws<FileNotFoundException>(() => RecordSource.Open(path));
    }

    [Fact]
    public void A_dash_opens_standard_input_as_json_lines()
    {
        using var source = RecordSource.Open(RecordSource.StandardInputPath);

        Assert.Equal((RecordSource.StandardInputName, RecordInputFormat.JsonLines), (source.Name, source.Format));
        Assert.True(source.Stream.CanRead);
    }
}
