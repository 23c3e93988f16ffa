using System.Buffers;

namespace Compliance.Rules.Reading;

/// <summary>
/// Input elements framed by the reading thread and copied out of its input window, waiting to be
/// parsed (by any thread, <see cref="ChunkSize"/> elements at a time) and then decoded in input
/// order; with them, in their places, the results the framer made itself (a line over the size limit).
/// </summary>
/// <remarks>
/// Threads claim chunks by counting up one shared number, so a chunk is parsed once, and every
/// claim after the last chunk fails for good: a thread that looks at a batch late finds nothing to
/// do and never touches its storage, which the next batch then takes over (<see cref="Next"/>).
/// </remarks>
internal sealed class LineBatch
{
    /// <summary>Elements parsed by one claim: small enough to share a batch, large enough that claiming costs nothing measurable.</summary>
    public const int ChunkSize = 8;

    /// <summary>Elements in a batch.</summary>
    public const int Capacity = 64;

    // Bytes after which a batch is full whatever its count: a batch of records at the size limit holds one.
    private const int ByteBudget = 1 << 20;
    private const int InitialBytes = 256 * 1024;

    private readonly Storage _storage;
    private int _nextChunk;
    private int _remaining;

    public LineBatch(ISharedDecoder decoder)
        : this(decoder, new Storage())
    {
    }

    private LineBatch(ISharedDecoder decoder, Storage storage) => (Decoder, _storage) = (decoder, storage);

    /// <summary>The decoder whose parsers read these elements.</summary>
    public ISharedDecoder Decoder { get; }

    /// <summary>Entries so far (elements and framer-made results).</summary>
    public int Count { get; private set; }

    /// <summary>Whether another entry would go over the count or the byte budget.</summary>
    public bool IsFull => Count == Capacity || _storage.Used >= ByteBudget;

    /// <summary>Chunks of <see cref="ChunkSize"/> entries (the last may be short).</summary>
    private int Chunks => (Count + ChunkSize - 1) / ChunkSize;

    /// <summary>Whether every chunk has been parsed (after <see cref="Seal"/>).</summary>
    public bool Done => Volatile.Read(ref _remaining) == 0;

    /// <summary>Adds an element: its bytes are copied, so the input window may move on.</summary>
    /// <param name="json">The element.</param>
    /// <param name="origin">Where it starts.</param>
    public void Add(ReadOnlySpan<byte> json, in RecordOrigin origin)
    {
        var s = _storage;
        s.Reserve(json.Length);
        json.CopyTo(s.Bytes.AsSpan(s.Used));
        s.Starts[Count] = s.Used;
        s.Lengths[Count] = json.Length;
        s.Origins[Count] = origin;
        s.Used += json.Length;
        Count++;
    }

    /// <summary>Adds a result the framer made itself.</summary>
    /// <param name="result">The result.</param>
    public void Add(ReadResult result)
    {
        _storage.Results[Count] = result;
        Count++;
    }

    /// <summary>Opens the batch to parsing: no entry is added after this.</summary>
    public void Seal() => Volatile.Write(ref _remaining, Chunks);

    /// <summary>Claims the next chunk and parses its elements; false when none is left.</summary>
    /// <param name="parser">A parser of the calling thread.</param>
    /// <returns>Whether a chunk was parsed.</returns>
    public bool TryParseNextChunk(ElementPreParser parser)
    {
        var chunk = Interlocked.Increment(ref _nextChunk) - 1;
        if (chunk >= Chunks)
        {
            return false;
        }

        try
        {
            var s = _storage;
            var end = Math.Min(Count, (chunk + 1) * ChunkSize);
            for (var i = chunk * ChunkSize; i < end; i++)
            {
                if (s.Results[i] is null)
                {
                    s.Parsed[i] = parser(s.Bytes.AsSpan(s.Starts[i], s.Lengths[i]));
                }
            }
        }
        finally
        {
            // A full fence: what was parsed is seen by the thread that finds the batch done.
            Interlocked.Decrement(ref _remaining);
        }

        return true;
    }

    /// <summary>The result the framer made for an entry, or null for an element.</summary>
    /// <param name="index">The entry.</param>
    /// <returns>The result, or null.</returns>
    public ReadResult? ResultAt(int index) => _storage.Results[index];

    /// <summary>An element's bytes.</summary>
    /// <param name="index">The entry.</param>
    /// <returns>The bytes.</returns>
    public ReadOnlySpan<byte> LineAt(int index) => _storage.Bytes.AsSpan(_storage.Starts[index], _storage.Lengths[index]);

    /// <summary>Where an element starts.</summary>
    /// <param name="index">The entry.</param>
    /// <returns>The origin.</returns>
    public RecordOrigin OriginAt(int index) => _storage.Origins[index];

    /// <summary>What a parser made of an element (null: it gave up, or it was not parsed).</summary>
    /// <param name="index">The entry.</param>
    /// <returns>The parsed element, or null.</returns>
    public object? ParsedAt(int index) => _storage.Parsed[index];

    /// <summary>
    /// An empty batch on this one's storage (cleared, so an entry's slots need no reset when added);
    /// this one must be <see cref="Done"/> (every claim on it now fails).
    /// </summary>
    /// <returns>The next batch.</returns>
    public LineBatch Next()
    {
        _storage.Clear();
        return new LineBatch(Decoder, _storage);
    }

    /// <summary>Gives the byte storage back to the pool.</summary>
    public void Release() => _storage.Release();

    /// <summary>The arrays a batch and the batches after it use in turn.</summary>
    private sealed class Storage
    {
        public byte[] Bytes { get; private set; } = ArrayPool<byte>.Shared.Rent(InitialBytes);

        public int Used { get; set; }

        public int[] Starts { get; } = new int[Capacity];

        public int[] Lengths { get; } = new int[Capacity];

        public RecordOrigin[] Origins { get; } = new RecordOrigin[Capacity];

        public ReadResult?[] Results { get; } = new ReadResult?[Capacity];

        public object?[] Parsed { get; } = new object?[Capacity];

        public void Reserve(int length)
        {
            if (Bytes.Length - Used >= length)
            {
                return;
            }

            var grown = ArrayPool<byte>.Shared.Rent(Math.Max(Bytes.Length * 2, Used + length));
            Bytes.AsSpan(0, Used).CopyTo(grown);
            ArrayPool<byte>.Shared.Return(Bytes);
            Bytes = grown;
        }

        public void Clear()
        {
            Used = 0;

            // A record near the size limit grew the storage: the batches after it need no more than usual.
            if (Bytes.Length > 4 * InitialBytes)
            {
                ArrayPool<byte>.Shared.Return(Bytes);
                Bytes = ArrayPool<byte>.Shared.Rent(InitialBytes);
            }

            // The parsed records and results go to the consumer; the batch must not keep them alive.
            Array.Clear(Results);
            Array.Clear(Parsed);
        }

        public void Release()
        {
            var bytes = Bytes;
            Bytes = [];
            Used = 0;
            if (bytes.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
    }
}
