namespace Compliance.Rules.Reading;

/// <summary>
/// Reads crime records from JSON Lines and <c>.json</c> inputs as a stream: each input record
/// becomes exactly one <see cref="ReadResult"/> — a <see cref="ParsedRecord"/> or a
/// <see cref="Rejection"/> naming source, line and reason — and no input is ever held in memory
/// whole (at most one record, up to <see cref="RecordReaderOptions.MaxRecordBytes"/>).
/// </summary>
/// <remarks>
/// One reader is one run: its <see cref="Statistics"/> add up over every source it reads, and
/// duplicate <c>crimeRecordId</c>s are detected across all of them (the first accepted record with
/// an id is kept). Results are produced lazily as the returned sequence is enumerated; enumerate
/// each sequence once, and one at a time (a reader is not thread-safe). The reader never closes a
/// stream it is given.
/// Duplicate detection remembers every id it reads (about 60 bytes per record) unless the run's
/// sources are first given to <see cref="PrepareDuplicateDetection"/>, which needs sources that
/// can be read twice (files) and keeps memory flat however many records there are.
/// </remarks>
/// <example>
/// <code>
/// var reader = new RecordReader();
/// using var source = RecordSource.Open("records.jsonl");
/// foreach (var result in reader.Read(source))
/// {
///     if (result is ParsedRecord parsed) { Evaluate(parsed.Record); }
///     else { Report((Rejection)result); }
/// }
/// // reader.Statistics.Read == reader.Statistics.Parsed + reader.Statistics.Rejected
/// </code>
/// </example>
public sealed class RecordReader
{
    private readonly FramedInputReader _input;

    /// <summary>Creates a reader for one run.</summary>
    /// <param name="options">Limits and checks; <see cref="RecordReaderOptions.Default"/> when null.</param>
    public RecordReader(RecordReaderOptions? options = null)
    {
        Options = options ?? RecordReaderOptions.Default;
        // The hash is looked up when used, so that a test's Prescan settings (set after construction) apply to both passes.
        _input = new FramedInputReader(Options, "crimeRecordId"u8, (ids, sourceNames) => new RecordDecoder(ids, sourceNames, Options.MaxListLength), () => Prescan);
    }

    /// <summary>The options of this run.</summary>
    public RecordReaderOptions Options { get; }

    /// <summary>Counts over every source read so far.</summary>
    public ReadStatistics Statistics => _input.Statistics;

    /// <summary>How a pre-scan sorts id hashes (tests make runs tiny to exercise the merge).</summary>
    internal PrescanSettings Prescan { get; init; } = PrescanSettings.Default;

    /// <summary>
    /// Makes duplicate detection take memory only for ids that occur more than once, by reading
    /// the run's sources once ahead: every <c>crimeRecordId</c> is reduced to a 64-bit hash, the
    /// hashes are sorted in runs of a million (8 MB) and, beyond one run, merged from temporary
    /// files (8 bytes per record, in <see cref="Path.GetTempPath"/>, deleted before this returns).
    /// Results, reasons and statistics are exactly those of a reader without the pre-scan.
    /// </summary>
    /// <param name="sources">
    /// Every source the run will read, each positioned where it will be read from, and left there.
    /// </param>
    /// <param name="cancellationToken">Stops the scan; the reader then remembers every id, as without one.</param>
    /// <returns>
    /// True when the sources were scanned. False when nothing was done, because duplicate
    /// detection is off or a source cannot seek (standard input): reading then remembers every id,
    /// about 60 bytes per record.
    /// </returns>
    /// <exception cref="InvalidOperationException">The reader has already read, or was already prepared.</exception>
    /// <remarks>
    /// Once prepared, the reader reads only the sources given here, each once from where it was:
    /// any other read throws <see cref="InvalidOperationException"/>, since duplicates in it would
    /// go unnoticed. For the same reason a source that has a different length when it is read than
    /// when it was scanned (a file still being written) ends its results with an
    /// <see cref="IOException"/>.
    /// </remarks>
    public bool PrepareDuplicateDetection(IReadOnlyList<RecordSource> sources, CancellationToken cancellationToken = default)
        => _input.PrepareDuplicateDetection(sources, cancellationToken);

    /// <summary>
    /// Asynchronously makes duplicate detection take memory only for ids that occur more than
    /// once; see <see cref="PrepareDuplicateDetection"/>.
    /// </summary>
    /// <param name="sources">Every source the run will read, each positioned where it will be read from, and left there.</param>
    /// <param name="cancellationToken">Stops the scan; the reader then remembers every id, as without one.</param>
    /// <returns>True when the sources were scanned; false when duplicate detection is off or a source cannot seek.</returns>
    /// <exception cref="InvalidOperationException">The reader has already read, or was already prepared.</exception>
    public Task<bool> PrepareDuplicateDetectionAsync(IReadOnlyList<RecordSource> sources, CancellationToken cancellationToken = default)
        => _input.PrepareDuplicateDetectionAsync(sources, cancellationToken);

    /// <summary>Reads the records of an opened source.</summary>
    /// <param name="source">The source (see <see cref="RecordSource.Open"/>).</param>
    /// <returns>One result per input record, in input order.</returns>
    public IEnumerable<ReadResult> Read(RecordSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Read(source.Stream, source.Name, source.Format);
    }

    /// <summary>
    /// Reads the records of an opened source, sharing the parsing with threads that call
    /// <see cref="SharedParsing.TryHelp"/> meanwhile: the same results in the same order as
    /// <see cref="Read(RecordSource)"/>. JSON Lines sources are shared; a <c>.json</c> document is read as without it.
    /// </summary>
    /// <param name="source">The source (see <see cref="RecordSource.Open"/>).</param>
    /// <param name="sharing">Where batches are posted for helping threads.</param>
    /// <returns>One result per input record, in input order.</returns>
    public IEnumerable<ReadResult> Read(RecordSource source, SharedParsing sharing)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(sharing);
        return _input.Read(source.Stream, source.Name, source.Format, sharing);
    }

    /// <summary>Reads the records of a stream.</summary>
    /// <param name="stream">The input, read from its current position to its end; not closed.</param>
    /// <param name="sourceName">How results name the input (a file name, <c>&lt;stdin&gt;</c>).</param>
    /// <param name="format">How the records are laid out.</param>
    /// <returns>One result per input record, in input order.</returns>
    /// <exception cref="InvalidOperationException">The reader was prepared (<see cref="PrepareDuplicateDetection"/>) without this stream, or the stream was moved since.</exception>
    public IEnumerable<ReadResult> Read(Stream stream, string sourceName, RecordInputFormat format)
        => _input.Read(stream, sourceName, format);

    /// <summary>Reads the records of an opened source asynchronously.</summary>
    /// <param name="source">The source (see <see cref="RecordSource.Open"/>).</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>One result per input record, in input order.</returns>
    public IAsyncEnumerable<ReadResult> ReadAsync(RecordSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return ReadAsync(source.Stream, source.Name, source.Format, cancellationToken);
    }

    /// <summary>Reads the records of a stream asynchronously.</summary>
    /// <param name="stream">The input, read from its current position to its end; not closed.</param>
    /// <param name="sourceName">How results name the input (a file name, <c>&lt;stdin&gt;</c>).</param>
    /// <param name="format">How the records are laid out.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>One result per input record, in input order.</returns>
    /// <exception cref="InvalidOperationException">The reader was prepared (<see cref="PrepareDuplicateDetectionAsync"/>) without this stream, or the stream was moved since.</exception>
    public IAsyncEnumerable<ReadResult> ReadAsync(Stream stream, string sourceName, RecordInputFormat format, CancellationToken cancellationToken = default)
        => _input.ReadAsync(stream, sourceName, format, cancellationToken);
}
