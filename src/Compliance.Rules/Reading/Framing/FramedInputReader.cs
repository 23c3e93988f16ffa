using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace Compliance.Rules.Reading;

/// <summary>
/// The machinery of one strict read over JSON Lines and <c>.json</c> inputs, shared by every kind
/// of input the library reads (crime records, incident logs): framing, the per-record size limit,
/// statistics, the run's duplicate-id index and its optional pre-scan. What differs between the
/// kinds is only the decoder of one input element and the name of its id property.
/// </summary>
/// <remarks>
/// One instance is one run; not thread-safe. The public readers (<see cref="RecordReader"/>,
/// <c>Incidents.IncidentReader</c>) wrap one each and document the behaviour.
/// </remarks>
internal sealed class FramedInputReader
{
    private readonly List<string> _sourceNames = [];
    private readonly CrimeRecordIdIndex? _ids;
    private readonly IRecordDecoder _decoder;
    private readonly byte[] _idProperty;
    private readonly int _maxRecordBytes;
    private readonly Func<PrescanSettings> _prescan;

    // Set by a pre-scan: the only sources this reader may read from then on.
    private ScannedSources? _scanned;
    private bool _started;

    /// <param name="options">Limits and checks of the run.</param>
    /// <param name="idProperty">The top-level property whose values must be unique (UTF-8), for the pre-scan.</param>
    /// <param name="decoder">Makes the decoder from the run's duplicate index (null when duplicates are not checked) and source names.</param>
    /// <param name="prescan">How a pre-scan sorts id hashes; read when used, so that settings given after construction apply.</param>
    public FramedInputReader(RecordReaderOptions options, ReadOnlySpan<byte> idProperty, Func<CrimeRecordIdIndex?, IReadOnlyList<string>, IRecordDecoder> decoder, Func<PrescanSettings> prescan)
    {
        _prescan = prescan;
        _idProperty = idProperty.ToArray();
        _maxRecordBytes = options.MaxRecordBytes;
        _ids = options.DetectDuplicateIds ? new CrimeRecordIdIndex(_prescan) : null;
        _decoder = decoder(_ids, _sourceNames);
    }

    public ReadStatistics Statistics { get; } = new();

    public bool PrepareDuplicateDetection(IReadOnlyList<RecordSource> sources, CancellationToken cancellationToken)
    {
        if (!CanPrescan(sources))
        {
            return false;
        }

        Prescanned(sources, CrimeRecordIdPrescan.Run(sources, _maxRecordBytes, _idProperty, _prescan(), cancellationToken));
        return true;
    }

    public async Task<bool> PrepareDuplicateDetectionAsync(IReadOnlyList<RecordSource> sources, CancellationToken cancellationToken)
    {
        if (!CanPrescan(sources))
        {
            return false;
        }

        Prescanned(sources, await CrimeRecordIdPrescan.RunAsync(sources, _maxRecordBytes, _idProperty, _prescan(), cancellationToken).ConfigureAwait(false));
        return true;
    }

    public IEnumerable<ReadResult> Read(Stream stream, string sourceName, RecordInputFormat format, SharedParsing? sharing = null)
    {
        Validate(stream, sourceName, format);
        var scannedLength = StartReading(stream, sourceName);

        // Shared for JSON Lines only: a .json document's elements are framed by a parser of its
        // own, and exports that size are written as JSON Lines.
        return sharing is not null && format == RecordInputFormat.JsonLines && _decoder is ISharedDecoder shared && shared.CreatePreParser() is { } own
            ? ReadShared(stream, sourceName, format, scannedLength, sharing, shared, own)
            : ReadCore(stream, sourceName, format, scannedLength);
    }

    public IAsyncEnumerable<ReadResult> ReadAsync(Stream stream, string sourceName, RecordInputFormat format, CancellationToken cancellationToken)
    {
        Validate(stream, sourceName, format);
        var scannedLength = StartReading(stream, sourceName);
        return ReadCoreAsync(stream, sourceName, format, scannedLength, cancellationToken);
    }

    public static void Validate(Stream stream, string sourceName, RecordInputFormat format)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        if (!Enum.IsDefined(format))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown input format.");
        }

        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream cannot be read.", nameof(stream));
        }
    }

    private bool CanPrescan(IReadOnlyList<RecordSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        foreach (var source in sources)
        {
            ArgumentNullException.ThrowIfNull(source, nameof(sources));
            Validate(source.Stream, source.Name, source.Format);
        }

        if (_started || _scanned is not null)
        {
            throw new InvalidOperationException("PrepareDuplicateDetection must be called once, before the reader reads anything.");
        }

        return _ids is not null && sources.All(source => source.Stream.CanSeek);
    }

    private void Prescanned(IReadOnlyList<RecordSource> sources, PrescanOutcome outcome)
    {
        _ids!.RememberOnly(outcome.Repeated);
        _scanned = new ScannedSources(sources, outcome.Lengths);
    }

    /// <returns>The length of the source when it was scanned, if it was.</returns>
    private long? StartReading(Stream stream, string sourceName)
    {
        var scannedLength = _scanned?.LengthOf(stream, sourceName);
        _started = true;
        return scannedLength;
    }

    private IEnumerable<ReadResult> ReadCore(Stream stream, string sourceName, RecordInputFormat format, long? scannedLength)
    {
        var framer = StartSource(sourceName, format);
        var input = new InputBuffer(_maxRecordBytes);
        try
        {
            while (true)
            {
                while (framer.TryTake(input, out var result))
                {
                    Statistics.Count(result!);
                    yield return result!;
                }

                if (framer.Finished)
                {
                    ScannedSources.CheckUnchanged(sourceName, scannedLength, input.Offset);
                    yield break;
                }

                input.Fill(stream);
            }
        }
        finally
        {
            // Runs when the results are read to the end or the enumeration is disposed early.
            input.Release();
        }
    }

    /// <summary>
    /// <see cref="ReadCore"/> with parsing shared: a batch of elements is framed and copied, parsed
    /// by this thread and any helpers, then decoded, counted and given out in input order. A failure
    /// of the input comes after the results framed before it, as in <see cref="ReadCore"/>.
    /// </summary>
    private IEnumerable<ReadResult> ReadShared(Stream stream, string sourceName, RecordInputFormat format, long? scannedLength, SharedParsing sharing, ISharedDecoder decoder, ElementPreParser own)
    {
        var capture = new LineCapture();
        var framer = StartSource(sourceName, format, capture);
        var input = new InputBuffer(_maxRecordBytes);
        var batch = new LineBatch(decoder);
        try
        {
            var finished = false;
            while (!finished)
            {
                capture.Into = batch;
                ExceptionDispatchInfo? failure = null;
                try
                {
                    finished = Frame(framer, input, stream, batch);
                }
                catch (Exception e)
                {
                    // Given to the consumer after the results framed before it (rethrown below).
                    failure = ExceptionDispatchInfo.Capture(e);
                }

                sharing.Parse(batch, own);
                for (var i = 0; i < batch.Count; i++)
                {
                    var result = batch.ResultAt(i) ?? decoder.Decode(batch.LineAt(i), batch.OriginAt(i), batch.ParsedAt(i));
                    Statistics.Count(result);
                    yield return result;
                }

                failure?.Throw();
                batch = batch.Next();
            }

            ScannedSources.CheckUnchanged(sourceName, scannedLength, input.Offset);
        }
        finally
        {
            input.Release();
            batch.Release();
        }
    }

    /// <summary>Frames elements into the batch until it is full or the source ends (true).</summary>
    private static bool Frame(IRecordFramer framer, InputBuffer input, Stream stream, LineBatch batch)
    {
        while (!batch.IsFull)
        {
            if (framer.TryTake(input, out var result))
            {
                // Null: the element went into the batch; otherwise a result the framer made itself.
                if (result is not null)
                {
                    batch.Add(result);
                }

                continue;
            }

            if (framer.Finished)
            {
                return true;
            }

            input.Fill(stream);
        }

        return false;
    }

    private async IAsyncEnumerable<ReadResult> ReadCoreAsync(Stream stream, string sourceName, RecordInputFormat format, long? scannedLength, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var framer = StartSource(sourceName, format);
        var input = new InputBuffer(_maxRecordBytes);
        try
        {
            while (true)
            {
                while (framer.TryTake(input, out var result))
                {
                    Statistics.Count(result!);
                    yield return result!;
                }

                if (framer.Finished)
                {
                    ScannedSources.CheckUnchanged(sourceName, scannedLength, input.Offset);
                    yield break;
                }

                await input.FillAsync(stream, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            // Runs when the results are read to the end or the enumeration is disposed early.
            input.Release();
        }
    }

    private IRecordFramer StartSource(string sourceName, RecordInputFormat format, IRecordDecoder? decoder = null)
    {
        var sourceIndex = _sourceNames.Count;
        _sourceNames.Add(sourceName);
        Statistics.CountSource();
        return RecordFramers.For(format, decoder ?? _decoder, Statistics, sourceIndex, sourceName, _maxRecordBytes);
    }
}
