namespace Compliance.Rules.Reading;

/// <summary>
/// Lets threads that would otherwise wait take a share of a read's parsing. A read given one
/// (<see cref="RecordReader.Read(RecordSource, SharedParsing)"/>) frames records a batch at a time,
/// posts each batch here and parses it together with whichever threads call <see cref="TryHelp"/>
/// meanwhile; it then checks ids and counts in input order, so the results, their order and every
/// rejection are those of a read without it.
/// </summary>
/// <remarks>
/// An audit's evaluating thread waits for the reading thread about a fifth of the time on two
/// cores: calling <see cref="TryHelp"/> while it waits moves parsing to it, and the reading thread
/// no longer sets the pace alone (docs/benchmarks.md). A helping thread gets a parser of its own
/// (it keeps scratch lists), kept for the next batch. Thread-safe.
/// </remarks>
public sealed class SharedParsing
{
    private readonly Dictionary<int, (ISharedDecoder Decoder, ElementPreParser Parser)> _helpers = [];
    private LineBatch? _current;
    private long _helpedChunks;

    /// <summary>
    /// Raised on the reading thread whenever a batch is posted: a thread waiting for something
    /// else can wake and call <see cref="TryHelp"/>. Keep the handler short (it delays the read).
    /// </summary>
    public event Action? WorkPosted;

    /// <summary>Chunks of elements parsed by helping threads so far.</summary>
    internal long HelpedChunks => Interlocked.Read(ref _helpedChunks);

    /// <summary>
    /// Parses what is left of the posted batch on the calling thread, if anything is, and returns
    /// once nothing more can be claimed.
    /// </summary>
    /// <returns>Whether the calling thread parsed anything.</returns>
    public bool TryHelp()
    {
        var batch = Volatile.Read(ref _current);
        if (batch is null)
        {
            return false;
        }

        var parser = ParserFor(batch.Decoder);
        if (parser is null)
        {
            return false;
        }

        var helped = false;
        while (batch.TryParseNextChunk(parser))
        {
            helped = true;
            Interlocked.Increment(ref _helpedChunks);
        }

        return helped;
    }

    /// <summary>Posts a batch, parses it with any helpers, and returns once every chunk is parsed.</summary>
    /// <param name="batch">The batch, complete.</param>
    /// <param name="own">The reading thread's parser.</param>
    internal void Parse(LineBatch batch, ElementPreParser own)
    {
        batch.Seal();
        Volatile.Write(ref _current, batch);
        WorkPosted?.Invoke();
        try
        {
            while (batch.TryParseNextChunk(own))
            {
            }

            // A helper may still be inside the last chunk it claimed: tens of microseconds. Never
            // Sleep(1) here (SpinWait's default after 20 turns): a millisecond per batch would cost
            // more than the sharing gains.
            var wait = default(SpinWait);
            while (!batch.Done)
            {
                wait.SpinOnce(sleep1Threshold: -1);
            }
        }
        finally
        {
            Volatile.Write(ref _current, null);
        }
    }

    private ElementPreParser? ParserFor(ISharedDecoder decoder)
    {
        var thread = Environment.CurrentManagedThreadId;
        lock (_helpers)
        {
            if (_helpers.TryGetValue(thread, out var helper) && ReferenceEquals(helper.Decoder, decoder))
            {
                return helper.Parser;
            }

            if (decoder.CreatePreParser() is not { } parser)
            {
                return null;
            }

            _helpers[thread] = (decoder, parser);
            return parser;
        }
    }
}
