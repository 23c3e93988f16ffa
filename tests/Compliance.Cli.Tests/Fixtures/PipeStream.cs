namespace Compliance.Cli.Tests.Fixtures;

/// <summary>Bytes that can be read once, front to back, like standard input from a pipe (it cannot seek).</summary>
internal sealed class PipeStream(byte[] bytes) : Stream
{
    private readonly MemoryStream _bytes = new(bytes);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => _bytes.Read(buffer, offset, count);

    public override int Read(Span<byte> buffer) => _bytes.Read(buffer);

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _bytes.Dispose();
        }

        base.Dispose(disposing);
    }
}
