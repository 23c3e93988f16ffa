using Compliance.Rules.Reading;

namespace Compliance.Rules.Incidents;

/// <summary>
/// Reads incident logs from JSON Lines and <c>.json</c> inputs exactly as strictly as
/// <see cref="RecordReader"/> reads crime records, with the same framing, limits and reasons: each
/// input incident becomes one <see cref="ReadResult"/> — a <see cref="ParsedIncident"/> or a
/// <see cref="Rejection"/> naming source, line, JSON path and reason — and no input is held in
/// memory whole.
/// </summary>
/// <remarks>
/// One reader is one run: its <see cref="Statistics"/> add up over every source it reads
/// (incidents read = parsed + rejected), and a repeated <c>incidentId</c> is rejected
/// (<see cref="RejectionCode.DuplicateIncidentId"/>; the first is kept) across all of them.
/// Duplicate detection remembers every id (about 60 bytes per incident) unless the sources are
/// first given to <see cref="PrepareDuplicateDetection"/>. Not thread-safe; never closes a stream.
/// </remarks>
/// <example>
/// <code>
/// var reader = new IncidentReader();
/// using var source = RecordSource.Open("incidents.jsonl");
/// foreach (var result in reader.Read(source))
/// {
///     if (result is ParsedIncident parsed) { Check(parsed.Incident); }
///     else { Report((Rejection)result); }
/// }
/// </code>
/// </example>
public sealed class IncidentReader
{
    private readonly FramedInputReader _input;

    /// <summary>Creates a reader for one run.</summary>
    /// <param name="options">Limits and checks; <see cref="RecordReaderOptions.Default"/> when null.</param>
    public IncidentReader(RecordReaderOptions? options = null)
    {
        Options = options ?? RecordReaderOptions.Default;
        _input = new FramedInputReader(Options, "incidentId"u8, (ids, sourceNames) => new IncidentDecoder(ids, sourceNames, Options.MaxListLength), () => PrescanSettings.Default);
    }

    /// <summary>The options of this run.</summary>
    public RecordReaderOptions Options { get; }

    /// <summary>Counts over every source read so far.</summary>
    public ReadStatistics Statistics => _input.Statistics;

    /// <summary>
    /// Makes duplicate detection take memory only for ids that occur more than once, by reading
    /// the sources once ahead (as <see cref="RecordReader.PrepareDuplicateDetection"/> does).
    /// </summary>
    /// <param name="sources">Every source the run will read, each positioned where it will be read from, and left there.</param>
    /// <param name="cancellationToken">Stops the scan.</param>
    /// <returns>True when the sources were scanned; false when duplicate detection is off or a source cannot seek.</returns>
    /// <exception cref="InvalidOperationException">The reader has already read, or was already prepared.</exception>
    public bool PrepareDuplicateDetection(IReadOnlyList<RecordSource> sources, CancellationToken cancellationToken = default) =>
        _input.PrepareDuplicateDetection(sources, cancellationToken);

    /// <summary>Reads the incidents of an opened source.</summary>
    /// <param name="source">The source (see <see cref="RecordSource.Open"/>).</param>
    /// <returns>One result per input incident, in input order.</returns>
    public IEnumerable<ReadResult> Read(RecordSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return _input.Read(source.Stream, source.Name, source.Format);
    }

    /// <summary>Reads the incidents of a stream.</summary>
    /// <param name="stream">The input, read from its current position to its end; not closed.</param>
    /// <param name="sourceName">How results name the input.</param>
    /// <param name="format">How the incidents are laid out.</param>
    /// <returns>One result per input incident, in input order.</returns>
    public IEnumerable<ReadResult> Read(Stream stream, string sourceName, RecordInputFormat format) =>
        _input.Read(stream, sourceName, format);
}
