using System.Text;
using System.Text.Json.Nodes;
using Compliance.Rules.Reading;

namespace Compliance.Rules.Tests.Reading;

/// <summary>Records to read, as JSON text.</summary>
internal static class SampleRecords
{
    /// <summary>The smallest valid record: only the three required fields (and any extra JSON members given).</summary>
    public static string Minimal(string id, string extraMembers = "") =>
        $$"""{"schemaVersion":"1.0","crimeRecordId":"{{id}}","incident":{"reportReceivedAt":"2008-11-04T22:41:00Z"}{{extraMembers}}}""";

    /// <summary>The full example record on one line, under another id.</summary>
    public static string Example(string id)
    {
        var node = JsonNode.Parse(File.ReadAllText(ExamplePath))!;
        node["crimeRecordId"] = id;
        return node.ToJsonString();
    }

    /// <summary>The full example record, indented over many lines, under another id.</summary>
    public static string ExampleIndented(string id)
    {
        var node = JsonNode.Parse(File.ReadAllText(ExamplePath))!;
        node["crimeRecordId"] = id;
        return node.ToJsonString(new() { WriteIndented = true });
    }

    public static string ExamplePath => TestDataPath("example-record.json");

    public static string TestDataPath(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);
}

/// <summary>
/// Reads test input and keeps every result. Every read is made twice, as read and pre-scanned
/// (<see cref="RecordReader.PrepareDuplicateDetection"/>, with runs of three hashes so that the
/// merge of spilled runs is used), and the two must agree result for result and count for count.
/// </summary>
internal static class ReadAll
{
    /// <summary>Hashes per sorted run in the cross-checking pre-scan: tiny, so most inputs spill several runs.</summary>
    public const int TinyRun = 3;

    public static Outcome Lines(string text, RecordReaderOptions? options = null) =>
        Bytes(Encoding.UTF8.GetBytes(text), RecordInputFormat.JsonLines, options);

    public static Outcome Json(string text, RecordReaderOptions? options = null) =>
        Bytes(Encoding.UTF8.GetBytes(text), RecordInputFormat.Json, options);

    public static Outcome Bytes(byte[] bytes, RecordInputFormat format, RecordReaderOptions? options = null, int? chunk = null)
    {
        var reader = new RecordReader(options);
        using Stream stream = chunk is { } size ? new TricklingStream(bytes, size) : new MemoryStream(bytes);
        var outcome = new Outcome(reader.Read(stream, "input", format).ToList(), reader.Statistics);
        AssertSame(outcome, Prescanned([bytes], format, options));
        return outcome;
    }

    /// <summary>Reads the inputs as the sources <c>input</c>, <c>input2</c>, … of one run, pre-scanned first.</summary>
    public static Outcome Prescanned(IReadOnlyList<byte[]> inputs, RecordInputFormat format, RecordReaderOptions? options = null, int runLength = TinyRun)
    {
        var reader = new RecordReader(options) { Prescan = new(runLength, null) };
        var sources = inputs.Select((bytes, index) => RecordSource.FromStream(new MemoryStream(bytes), SourceName(index), format)).ToList();
        try
        {
            Assert.Equal(reader.Options.DetectDuplicateIds, reader.PrepareDuplicateDetection(sources));
            return new(sources.SelectMany(reader.Read).ToList(), reader.Statistics);
        }
        finally
        {
            sources.ForEach(source => source.Dispose());
        }
    }

    /// <summary>Reads the inputs as the sources <c>input</c>, <c>input2</c>, … of one run, without a pre-scan.</summary>
    public static Outcome InMemory(IReadOnlyList<byte[]> inputs, RecordInputFormat format, RecordReaderOptions? options = null)
    {
        var reader = new RecordReader(options);
        var results = new List<ReadResult>();
        for (var index = 0; index < inputs.Count; index++)
        {
            // Not seekable, as standard input: no pre-scan is possible.
            using var stream = new TricklingStream(inputs[index], int.MaxValue);
            results.AddRange(reader.Read(stream, SourceName(index), format));
        }

        return new(results, reader.Statistics);
    }

    /// <summary>Asserts that two reads gave the same results, reasons and counts.</summary>
    public static void AssertSame(Outcome expected, Outcome actual)
    {
        Assert.Equal(expected.Describe(), actual.Describe());
        Assert.Equal(expected.Statistics.Counts(), actual.Statistics.Counts());
    }

    private static string SourceName(int index) => index == 0 ? "input" : $"input{index + 1}";

    public static async Task<Outcome> BytesAsync(byte[] bytes, RecordInputFormat format, int chunk, CancellationToken cancellationToken = default)
    {
        var reader = new RecordReader();
        using var stream = new TricklingStream(bytes, chunk);
        var results = new List<ReadResult>();
        await foreach (var result in reader.ReadAsync(stream, "input", format, cancellationToken))
        {
            results.Add(result);
        }

        var outcome = new Outcome(results, reader.Statistics);
        AssertSame(outcome, await PrescannedAsync(bytes, format, cancellationToken));
        return outcome;
    }

    private static async Task<Outcome> PrescannedAsync(byte[] bytes, RecordInputFormat format, CancellationToken cancellationToken)
    {
        var reader = new RecordReader { Prescan = new(TinyRun, null) };
        await using var source = RecordSource.FromStream(new MemoryStream(bytes), "input", format);
        Assert.True(await reader.PrepareDuplicateDetectionAsync([source], cancellationToken));
        var results = new List<ReadResult>();
        await foreach (var result in reader.ReadAsync(source, cancellationToken))
        {
            results.Add(result);
        }

        return new(results, reader.Statistics);
    }

    /// <summary>Every count of a run, to compare two runs.</summary>
    private static string Counts(this ReadStatistics statistics) =>
        $"read {statistics.Read}, parsed {statistics.Parsed}, rejected {statistics.Rejected}, blank {statistics.BlankLines}, sources {statistics.Sources}; "
        + string.Join(", ", Enum.GetValues<RejectionCode>().Select(code => $"{code} {statistics.RejectedFor(code)}"));

    internal sealed record Outcome(List<ReadResult> Results, ReadStatistics Statistics)
    {
        public IEnumerable<ParsedRecord> Parsed => Results.OfType<ParsedRecord>();

        public IEnumerable<Rejection> Rejections => Results.OfType<Rejection>();

        public Rejection SingleRejection() => Assert.Single(Rejections);

        /// <summary>Every result as one comparable line (ids for records, the full text for rejections).</summary>
        public IEnumerable<string> Describe() =>
            Results.Select(result => result is ParsedRecord parsed ? $"{parsed.Source}:{parsed.Line}: {parsed.Record.CrimeRecordId}" : result.ToString()!);
    }
}

/// <summary>
/// A stream that returns at most a few bytes per read, like a slow pipe, to find bugs at buffer
/// boundaries; and, given <c>failAt</c>, one that fails there as a failing disk does.
/// </summary>
internal sealed class TricklingStream(byte[] bytes, int chunk, int failAt = int.MaxValue) : Stream
{
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_position >= failAt)
        {
            throw new IOException("input/output error (the test's broken input)");
        }

        var count = Math.Min(Math.Min(Math.Min(chunk, buffer.Length), bytes.Length - _position), failAt - _position);
        bytes.AsSpan(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Read(buffer.Span));
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>
/// A stream of <c>prefix</c>, then <c>length</c> bytes of <c>fill</c> (never held in memory: a line
/// far longer than any buffer), then <c>suffix</c>.
/// </summary>
internal sealed class LongLineStream(byte[] prefix, long length, byte fill, byte[] suffix) : Stream
{
    private long _position;

    public long BytesRead => _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => prefix.Length + length + suffix.Length;

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length && _position < Length)
        {
            var target = buffer[written..];
            int count;
            if (_position < prefix.Length)
            {
                count = Math.Min(target.Length, prefix.Length - (int)_position);
                prefix.AsSpan((int)_position, count).CopyTo(target);
            }
            else if (_position < prefix.Length + length)
            {
                count = (int)Math.Min(target.Length, prefix.Length + length - _position);
                target[..count].Fill(fill);
            }
            else
            {
                var at = (int)(_position - prefix.Length - length);
                count = Math.Min(target.Length, suffix.Length - at);
                suffix.AsSpan(at, count).CopyTo(target);
            }

            written += count;
            _position += count;
        }

        return written;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
