using System.Text.Json;
using Compliance.Rules.Records;

namespace Compliance.Synthetic.Tests;

/// <summary>
/// A write-only stream that splits what the generator writes into lines and parses each one with
/// <see cref="RecordJson.Parse(ReadOnlySpan{byte})"/> as it arrives, so a test can check every
/// byte of a large output without keeping it.
/// </summary>
internal sealed class JsonLinesSink(Action<CrimeRecord> onRecord) : Stream
{
    private readonly List<byte> _line = new(8192);

    public long Lines { get; private set; }

    public List<string> Rejections { get; } = [];

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        foreach (var b in buffer)
        {
            if (b != (byte)'\n')
            {
                _line.Add(b);
                continue;
            }

            Lines++;
            try
            {
                onRecord(RecordJson.Parse(_line.ToArray()));
            }
            catch (JsonException exception)
            {
                Rejections.Add($"line {Lines}: {exception.Message}");
            }

            _line.Clear();
        }
    }

    /// <summary>Bytes written after the last line feed (a truncated last line).</summary>
    public int Pending => _line.Count;

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
