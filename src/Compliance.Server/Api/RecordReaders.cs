using Compliance.Rules.Reading;

namespace Compliance.Server.Api;

/// <summary>
/// The strict record reader, one per thread and reused across requests. A new reader builds a string
/// table of about 130 KB before it reads a byte: per request that was two thirds of the server's
/// allocation (≈ 200 KB a request, 60 gen0 collections a second at 1 000 requests/s; see the load
/// section of docs/benchmarks.md). A reader keeps no state between reads that changes a result (duplicate
/// detection is off: a body holds one record), only the name of each source read, so it is replaced
/// after a few thousand reads to keep that list small.
/// </summary>
internal static class RecordReaders
{
    private const int ReadsPerReader = 4096;

    private static readonly RecordReaderOptions Options = new() { DetectDuplicateIds = false };

    [ThreadStatic]
    private static RecordReader? Current;

    [ThreadStatic]
    private static int Reads;

    /// <summary>Reads the one record of <paramref name="json"/>; results name the source <paramref name="name"/>.</summary>
    public static ReadResult ReadOne(byte[] json, string name)
    {
        if (Current is null || Reads >= ReadsPerReader)
        {
            Current = new RecordReader(Options);
            Reads = 0;
        }

        Reads++;
        using var stream = new MemoryStream(json, writable: false);
        return Current.Read(stream, name, RecordInputFormat.Json).First();
    }
}
