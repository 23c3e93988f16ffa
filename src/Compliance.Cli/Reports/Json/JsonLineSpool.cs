using System.Buffers;
using System.Text.Json;

namespace Compliance.Cli.Reports.Json;

/// <summary>
/// A temporary file of compact JSON values, one per line, written as an array's elements arrive
/// and copied into the report at the end, one element per line. It lets the report keep the contract's key order
/// (summary before records) without holding the records in memory. Deleted when disposed.
/// </summary>
internal sealed class JsonLineSpool : IDisposable
{
    private const int BlockSize = 1 << 16;
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _writer;
    private FileStream? _file;

    public JsonLineSpool() => _writer = new Utf8JsonWriter(_buffer, JsonValues.Compact);

    public long Count { get; private set; }

    /// <summary>Appends one value.</summary>
    public void Append(Action<Utf8JsonWriter> write)
    {
        write(_writer);
        _writer.Flush();
        _file ??= CreateFile();
        _file.Write(_buffer.WrittenSpan);
        _file.WriteByte((byte)'\n');
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        Count++;
    }

    /// <summary>
    /// Writes every value, in order, each on its own line after <paramref name="indent"/>, separated
    /// by commas: the inside of a JSON array whose <c>[</c> the caller has written.
    /// </summary>
    public void CopyTo(Stream output, ReadOnlySpan<byte> indent)
    {
        if (_file is null)
        {
            return;
        }

        _file.Flush();
        _file.Position = 0;
        var block = new byte[BlockSize];
        var filled = 0;
        var first = true;
        int read;
        while ((read = _file.Read(block, filled, block.Length - filled)) > 0)
        {
            filled += read;
            var start = 0;
            int end;
            while ((end = Array.IndexOf(block, (byte)'\n', start, filled - start)) >= 0)
            {
                output.Write(first ? "\n"u8 : ",\n"u8);
                output.Write(indent);
                output.Write(block, start, end - start);
                first = false;
                start = end + 1;
            }

            // Keep the unfinished line at the front; grow the block when one line fills it.
            filled -= start;
            Array.Copy(block, start, block, 0, filled);
            if (filled == block.Length)
            {
                Array.Resize(ref block, block.Length * 2);
            }
        }
    }

    public void Dispose()
    {
        _writer.Dispose();
        _file?.Dispose();
    }

    private static FileStream CreateFile() => new(
        Path.Combine(Path.GetTempPath(), "compliance-audit-" + Path.GetRandomFileName()),
        FileMode.CreateNew,
        FileAccess.ReadWrite,
        FileShare.None,
        BlockSize,
        FileOptions.DeleteOnClose);
}
