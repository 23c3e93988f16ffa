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

/// <summary>Reads test input and keeps every result.</summary>
internal static class ReadAll
{
    public static Outcome Lines(string text, RecordReaderOptions? options = null) =>
        Bytes(Encoding.UTF8.GetBytes(text), RecordInputFormat.JsonLines, options);

    public static Outcome Json(string text, RecordReaderOptions? options = null) =>
        Bytes(Encoding.UTF8.GetBytes(text), RecordInputFormat.Json, options);

    public static Outcome Bytes(byte[] bytes, RecordInputFormat format, RecordReaderOptions? options = null, int? chunk = null)
    {
        var reader = new RecordReader(options);
        using Stream stream = chunk is { } size ? new TricklingStream(bytes, size) : new MemoryStream(bytes);
        return new(reader.Read(stream, "input", format).ToList(), reader.Statistics);
    }

    public static async Task<Outcome> BytesAsync(byte[] bytes, RecordInputFormat format, int chunk, CancellationToken cancellationToken = default)
    {
        var reader = new RecordReader();
        using var stream = new TricklingStream(bytes, chunk);
        var results = new List<ReadResult>();
        await foreach (var result in reader.ReadAsync(stream, "input", format, cancellationToken))
        {
            results.Add(result);
        }

        return new(results, reader.Statistics);
    }

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

/// <summary>A stream that returns at most a few bytes per read, like a slow pipe, to find bugs at buffer boundaries.</summary>
internal sealed class TricklingStream(byte[] bytes, int chunk) : Stream
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
        var count = Math.Min(Math.Min(chunk, buffer.Length), bytes.Length - _position);
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
