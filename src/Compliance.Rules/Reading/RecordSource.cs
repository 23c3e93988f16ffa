namespace Compliance.Rules.Reading;

/// <summary>
/// An input opened for a <see cref="RecordReader"/>: a file (format chosen by its extension) or
/// standard input (JSON Lines). Opening is eager, so that a missing or unreadable file is an
/// error before any record is read.
/// </summary>
public sealed class RecordSource : IDisposable, IAsyncDisposable
{
    /// <summary>The path that means standard input.</summary>
    public const string StandardInputPath = "-";

    /// <summary>How results name standard input.</summary>
    public const string StandardInputName = "<stdin>";

    // The reader does its own buffering, in larger blocks: a FileStream buffer would only copy twice.
    private const int NoFileStreamBuffer = 0;

    private RecordSource(Stream stream, string name, RecordInputFormat format)
    {
        Stream = stream;
        Name = name;
        Format = format;
    }

    /// <summary>The bytes.</summary>
    public Stream Stream { get; }

    /// <summary>How results name this source: the path as given, or <see cref="StandardInputName"/>.</summary>
    public string Name { get; }

    /// <summary>The layout of the records.</summary>
    public RecordInputFormat Format { get; }

    /// <summary>Opens a file, or standard input for <see cref="StandardInputPath"/>.</summary>
    /// <param name="path">A <c>.jsonl</c>, <c>.ndjson</c> or <c>.json</c> file, or <c>-</c>.</param>
    /// <returns>The opened source; dispose it when done.</returns>
    /// <exception cref="ArgumentException">The extension is not one of the supported ones.</exception>
    /// <exception cref="IOException">The file cannot be opened (<see cref="FileNotFoundException"/>, …), or the path is a directory.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static RecordSource Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (path == StandardInputPath)
        {
            return new RecordSource(Console.OpenStandardInput(), StandardInputName, RecordInputFormat.JsonLines);
        }

        if (Directory.Exists(path))
        {
            // Opening a directory fails as "access denied", which sends people looking at permissions.
            throw new IOException($"{path} is a directory, not a file: name the record files in it (for example {Path.Combine(path, "*.jsonl")})");
        }

        var format = FormatOf(path);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, NoFileStreamBuffer, FileOptions.SequentialScan);
        return new RecordSource(stream, path, format);
    }

    /// <summary>Wraps a stream that is already open (standard input given by a host, a download, a blob).</summary>
    /// <param name="stream">The bytes, read from the current position; disposed with the source.</param>
    /// <param name="name">How results name this source.</param>
    /// <param name="format">The layout of the records.</param>
    /// <returns>The source.</returns>
    public static RecordSource FromStream(Stream stream, string name, RecordInputFormat format)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!Enum.IsDefined(format))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown input format.");
        }

        return new RecordSource(stream, name, format);
    }

    /// <summary>The format a path's extension stands for: <c>.jsonl</c>/<c>.ndjson</c> JSON Lines, <c>.json</c> a record or an array; <c>-</c> JSON Lines.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The format.</returns>
    /// <exception cref="ArgumentException">The extension is not one of those.</exception>
    public static RecordInputFormat FormatOf(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (path == StandardInputPath)
        {
            return RecordInputFormat.JsonLines;
        }

        var extension = Path.GetExtension(path);
        return extension.ToUpperInvariant() switch
        {
            ".JSONL" or ".NDJSON" => RecordInputFormat.JsonLines,
            ".JSON" => RecordInputFormat.Json,
            _ => throw new ArgumentException(
                $"{path}: cannot tell the format from the extension '{extension}'; use .jsonl (one record per line), .json (a record or an array of records), or - for standard input.",
                nameof(path)),
        };
    }

    /// <inheritdoc />
    public void Dispose() => Stream.Dispose();

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Stream.DisposeAsync();
}
