using Compliance.Rules.Records;

namespace Compliance.Synthetic;

/// <summary>
/// Writes records as JSON Lines: UTF-8 without a byte-order mark, one compact record per line,
/// each line ended by <c>\n</c>. Output is buffered in blocks of about 64 KiB, so memory does not
/// grow with the number of records; the stream is not closed.
/// </summary>
public sealed class JsonLinesRecordWriter : IDisposable
{
    private readonly JsonLinesBuffer _lines;

    /// <summary>Creates a writer on a stream.</summary>
    /// <param name="output">A writable stream; the writer does not close it.</param>
    public JsonLinesRecordWriter(Stream output) => _lines = new JsonLinesBuffer(output);

    /// <summary>How many records have been written.</summary>
    public long Count => _lines.Count;

    /// <summary>Writes one record as one line.</summary>
    /// <param name="record">The record.</param>
    public void Write(CrimeRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _lines.WriteLine(json => RecordJson.Write(json, record));
    }

    /// <summary>Writes everything buffered to the stream and flushes it.</summary>
    public void Flush() => _lines.Flush();

    /// <summary>Flushes what is buffered; the stream stays open.</summary>
    public void Dispose() => _lines.Dispose();
}
