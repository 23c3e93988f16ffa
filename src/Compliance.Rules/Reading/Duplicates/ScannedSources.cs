namespace Compliance.Rules.Reading;

/// <summary>
/// The sources a pre-scan covered: where each stream started and how many bytes it had. A read
/// after a pre-scan must be one of them, from where it was scanned, and as long as it was; anything
/// else could hold duplicates the scan never saw, so it is an error, never a silent miss.
/// </summary>
internal sealed class ScannedSources
{
    private readonly Dictionary<Stream, (long Start, long Length)> _sources = new(ReferenceEqualityComparer.Instance);

    public ScannedSources(IReadOnlyList<RecordSource> sources, IReadOnlyList<long> lengths)
    {
        for (var index = 0; index < sources.Count; index++)
        {
            _sources[sources[index].Stream] = (sources[index].Stream.Position, lengths[index]);
        }
    }

    /// <summary>Checks that a stream about to be read was scanned, from here.</summary>
    /// <returns>Its length when it was scanned (in bytes from where it is now).</returns>
    public long LengthOf(Stream stream, string sourceName)
    {
        if (!_sources.TryGetValue(stream, out var scanned))
        {
            throw new InvalidOperationException($"{sourceName} was not among the sources given to PrepareDuplicateDetection, so its duplicate ids would go unnoticed: give it every source of the run, or read this one with a new reader.");
        }

        if (stream.Position != scanned.Start)
        {
            throw new InvalidOperationException($"{sourceName} is no longer where PrepareDuplicateDetection scanned it from (was it read twice, or moved?): each scanned source is read once, from where it was.");
        }

        return scanned.Length;
    }

    /// <summary>Checks, once a source is read, that it had as many bytes as when it was scanned.</summary>
    public static void CheckUnchanged(string sourceName, long? scannedLength, long length)
    {
        if (scannedLength is { } scanned && length != scanned)
        {
            throw new IOException($"{sourceName} changed while it was being read ({scanned} bytes when its ids were scanned, {length} bytes now), so duplicates in it may have gone unnoticed: read a copy that is not being written to.");
        }
    }
}
