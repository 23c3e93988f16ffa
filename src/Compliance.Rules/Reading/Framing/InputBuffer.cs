using System.Buffers;

namespace Compliance.Rules.Reading;

/// <summary>
/// A window onto a stream: the bytes read but not yet consumed, and their offset in the source.
/// It grows only while a framer keeps an unfinished record in it, and a framer gives a record up
/// (and consumes it) once it passes the size limit, so the window never exceeds <c>maxCapacity</c>.
/// </summary>
/// <remarks>
/// Its storage is rented from the shared array pool and given back by <see cref="Release"/> when a
/// read ends: a host that reads many small inputs (one request, one record) otherwise allocated and
/// zeroed 64 KB per read, nearly all of what such a read allocated.
/// </remarks>
internal sealed class InputBuffer
{
    private const int InitialCapacity = 64 * 1024;

    // Below this much free space at the end, move the pending bytes to the front before reading.
    private const int MinimumReadSize = 16 * 1024;

    private readonly int _maxCapacity;
    private byte[] _bytes;

    // The part of the rented array in use (the pool may hand out a longer one).
    private int _capacity;
    private bool _released;
    private int _start;
    private int _end;

    /// <param name="maxRecordBytes">The size limit of one record; the window may hold a little more (line ends, separators).</param>
    public InputBuffer(int maxRecordBytes)
    {
        _maxCapacity = maxRecordBytes + InitialCapacity;
        _capacity = Math.Min(InitialCapacity, _maxCapacity);
        _bytes = ArrayPool<byte>.Shared.Rent(_capacity);
    }

    /// <summary>The bytes read and not yet consumed.</summary>
    public ReadOnlySpan<byte> Pending => _bytes.AsSpan(_start, _end - _start);

    /// <summary>The offset of <see cref="Pending"/>[0] from the start of the source.</summary>
    public long Offset { get; private set; }

    /// <summary>The size of the window's storage (what it costs in memory).</summary>
    public int Capacity => _capacity;

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
        Received(stream.Read(_bytes, _end, _capacity - _end));
    }

    /// <summary>Reads more bytes (at least one unless the stream is at its end, which sets <see cref="Completed"/>).</summary>
    /// <param name="stream">The source.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>A task that completes when bytes arrived or the end was reached.</returns>
    public async ValueTask FillAsync(Stream stream, CancellationToken cancellationToken)
    {
        MakeRoom();
        Received(await stream.ReadAsync(_bytes.AsMemory(_end, _capacity - _end), cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Gives the storage back to the pool; the buffer cannot be filled again. Idempotent.</summary>
    public void Release()
    {
        if (_released)
        {
            return;
        }

        _released = true;
        var bytes = _bytes;
        _bytes = [];
        _capacity = _start = _end = 0;
        ArrayPool<byte>.Shared.Return(bytes);
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
        ObjectDisposedException.ThrowIf(_released, this);
        if (Completed)
        {
            throw new InvalidOperationException("The stream was already read to its end; a framer asked for more input after it.");
        }

        if (_capacity - _end >= MinimumReadSize)
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

        var free = _capacity - _end;
        if (free >= MinimumReadSize || (free > 0 && _capacity == _maxCapacity))
        {
            return;
        }

        if (_capacity == _maxCapacity)
        {
            throw new InvalidOperationException("An unfinished record outgrew the input buffer; the size limit was not enforced.");
        }

        var capacity = (int)Math.Min((long)_capacity * 2, _maxCapacity);
        var grown = ArrayPool<byte>.Shared.Rent(capacity);
        _bytes.AsSpan(_start, pending).CopyTo(grown);
        ArrayPool<byte>.Shared.Return(_bytes);
        _bytes = grown;
        _capacity = capacity;
        _start = 0;
        _end = pending;
    }
}
