using System.Runtime.CompilerServices;

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
    private readonly List<string> _sourceNames = [];
    private readonly RecordDecoder _decoder;

    /// <summary>Creates a reader for one run.</summary>
    /// <param name="options">Limits and checks; <see cref="RecordReaderOptions.Default"/> when null.</param>
    public RecordReader(RecordReaderOptions? options = null)
    {
        Options = options ?? RecordReaderOptions.Default;
        _decoder = new RecordDecoder(Options.DetectDuplicateIds, _sourceNames);
    }

    /// <summary>The options of this run.</summary>
    public RecordReaderOptions Options { get; }

    /// <summary>Counts over every source read so far.</summary>
    public ReadStatistics Statistics { get; } = new();

    /// <summary>Reads the records of an opened source.</summary>
    /// <param name="source">The source (see <see cref="RecordSource.Open"/>).</param>
    /// <returns>One result per input record, in input order.</returns>
    public IEnumerable<ReadResult> Read(RecordSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Read(source.Stream, source.Name, source.Format);
    }

    /// <summary>Reads the records of a stream.</summary>
    /// <param name="stream">The input, read from its current position to its end; not closed.</param>
    /// <param name="sourceName">How results name the input (a file name, <c>&lt;stdin&gt;</c>).</param>
    /// <param name="format">How the records are laid out.</param>
    /// <returns>One result per input record, in input order.</returns>
    public IEnumerable<ReadResult> Read(Stream stream, string sourceName, RecordInputFormat format)
    {
        Validate(stream, sourceName, format);
        return ReadCore(stream, sourceName, format);
    }

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
    public IAsyncEnumerable<ReadResult> ReadAsync(Stream stream, string sourceName, RecordInputFormat format, CancellationToken cancellationToken = default)
    {
        Validate(stream, sourceName, format);
        return ReadCoreAsync(stream, sourceName, format, cancellationToken);
    }

    private static void Validate(Stream stream, string sourceName, RecordInputFormat format)
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

    private IEnumerable<ReadResult> ReadCore(Stream stream, string sourceName, RecordInputFormat format)
    {
        var framer = StartSource(sourceName, format);
        var input = new InputBuffer(Options.MaxRecordBytes);
        while (true)
        {
            while (framer.TryTake(input, out var result))
            {
                Statistics.Count(result!);
                yield return result!;
            }

            if (framer.Finished)
            {
                yield break;
            }

            input.Fill(stream);
        }
    }

    private async IAsyncEnumerable<ReadResult> ReadCoreAsync(Stream stream, string sourceName, RecordInputFormat format, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var framer = StartSource(sourceName, format);
        var input = new InputBuffer(Options.MaxRecordBytes);
        while (true)
        {
            while (framer.TryTake(input, out var result))
            {
                Statistics.Count(result!);
                yield return result!;
            }

            if (framer.Finished)
            {
                yield break;
            }

            await input.FillAsync(stream, cancellationToken).ConfigureAwait(false);
        }
    }

    private IRecordFramer StartSource(string sourceName, RecordInputFormat format)
    {
        var sourceIndex = _sourceNames.Count;
        _sourceNames.Add(sourceName);
        Statistics.CountSource();
        return format == RecordInputFormat.Json
            ? new JsonDocumentFramer(_decoder, sourceIndex, sourceName, Options.MaxRecordBytes)
            : new JsonLinesFramer(_decoder, Statistics, sourceIndex, sourceName, Options.MaxRecordBytes);
    }
}
