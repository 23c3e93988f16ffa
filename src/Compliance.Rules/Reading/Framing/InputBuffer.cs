namespace Compliance.Rules.Reading;

/// <summary>
/// A window onto a stream: the bytes read but not yet consumed, and their offset in the source.
/// It grows only while a framer keeps an unfinished record in it, and a framer gives a record up
/// (and consumes it) once it passes the size limit, so the window never exceeds <c>maxCapacity</c>.
/// </summary>
internal sealed class InputBuffer
{
    private const int InitialCapacity = 64 * 1024;

    // Below this much free space at the end, move the pending bytes to the front before reading.
    private const int MinimumReadSize = 16 * 1024;

    private readonly int _maxCapacity;
    private byte[] _bytes;
    private int _start;
    private int _end;

    /// <param name="maxRecordBytes">The size limit of one record; the window may hold a little more (line ends, separators).</param>
    public InputBuffer(int maxRecordBytes)
    {
        _maxCapacity = maxRecordBytes + InitialCapacity;
        _bytes = new byte[Math.Min(InitialCapacity, _maxCapacity)];
    }

    /// <summary>The bytes read and not yet consumed.</summary>
    public ReadOnlySpan<byte> Pending => _bytes.AsSpan(_start, _end - _start);

    /// <summary>The offset of <see cref="Pending"/>[0] from the start of the source.</summary>
    public long Offset { get; private set; }

    /// <summary>The size of the window's storage (what it costs in memory).</summary>
    public int Capacity => _bytes.Length;

    /// <summary>Whether the stream has no more bytes: <see cref="Pending"/> is all that is left.</summary>
    public bool Completed { get; private set; }

    /// <summary>Marks bytes as used; they may be overwritten by the next read.</summary>
    /// <param name="count">How many bytes, from the start of <see cref="Pending"/>.</param>
    public void Consume(int count)
    {
        if ((uint)count > (uint)(_end - _start))
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        _start += count;
        Offset += count;
        if (_start == _end)
        {
            _start = _end = 0;
        }
    }

    /// <summary>Reads more bytes (at least one unless the stream is at its end, which sets <see cref="Completed"/>).</summary>
    /// <param name="stream">The source.</param>
    public void Fill(Stream stream)
    {
        MakeRoom();
        Received(stream.Read(_bytes, _end, _bytes.Length - _end));
    }

    /// <summary>Reads more bytes (at least one unless the stream is at its end, which sets <see cref="Completed"/>).</summary>
    /// <param name="stream">The source.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>A task that completes when bytes arrived or the end was reached.</returns>
    public async ValueTask FillAsync(Stream stream, CancellationToken cancellationToken)
    {
        MakeRoom();
        Received(await stream.ReadAsync(_bytes.AsMemory(_end), cancellationToken).ConfigureAwait(false));
    }

    private void Received(int count)
    {
        if (count == 0)
        {
            Completed = true;
        }

        _end += count;
    }

    private void MakeRoom()
    {
        if (Completed)
        {
            throw new InvalidOperationException("The stream was already read to its end; a framer asked for more input after it.");
        }

        if (_bytes.Length - _end >= MinimumReadSize)
        {
            return;
        }

        var pending = _end - _start;
        if (_start > 0)
        {
            _bytes.AsSpan(_start, pending).CopyTo(_bytes);
            _start = 0;
            _end = pending;
        }

        var free = _bytes.Length - _end;
        if (free >= MinimumReadSize || (free > 0 && _bytes.Length == _maxCapacity))
        {
            return;
        }

        if (_bytes.Length == _maxCapacity)
        {
            throw new InvalidOperationException("An unfinished record outgrew the input buffer; the size limit was not enforced.");
        }

        var grown = new byte[(int)Math.Min((long)_bytes.Length * 2, _maxCapacity)];
        _bytes.AsSpan(_start, pending).CopyTo(grown);
        _bytes = grown;
        _start = 0;
        _end = pending;
    }
}
