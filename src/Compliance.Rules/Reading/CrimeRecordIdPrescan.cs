namespace Compliance.Rules.Reading;

/// <summary>
/// The first of two passes over sources that can be read twice: the same framers as the read,
/// with a <see cref="CrimeRecordIdCollector"/> for decoder, give the hashes of every id; what
/// comes back is the set of hashes found more than once. Each stream is left where it started.
/// Nothing is counted in the reader's statistics.
/// </summary>
internal static class CrimeRecordIdPrescan
{
    public static HashSet<ulong> Run(IReadOnlyList<RecordSource> sources, int maxRecordBytes, PrescanSettings settings, CancellationToken cancellationToken)
    {
        using var hashes = new RepeatedHashFinder(settings);
        var collector = new CrimeRecordIdCollector(hashes);
        foreach (var source in sources)
        {
            var start = source.Stream.Position;
            try
            {
                var framer = RecordFramers.For(source.Format, collector, new ReadStatistics(), 0, source.Name, maxRecordBytes);
                var input = new InputBuffer(maxRecordBytes);
                while (!TakeAll(framer, input))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    input.Fill(source.Stream);
                }
            }
            finally
            {
                source.Stream.Position = start;
            }
        }

        return hashes.Find();
    }

    public static async Task<HashSet<ulong>> RunAsync(IReadOnlyList<RecordSource> sources, int maxRecordBytes, PrescanSettings settings, CancellationToken cancellationToken)
    {
        using var hashes = new RepeatedHashFinder(settings);
        var collector = new CrimeRecordIdCollector(hashes);
        foreach (var source in sources)
        {
            var start = source.Stream.Position;
            try
            {
                var framer = RecordFramers.For(source.Format, collector, new ReadStatistics(), 0, source.Name, maxRecordBytes);
                var input = new InputBuffer(maxRecordBytes);
                while (!TakeAll(framer, input))
                {
                    await input.FillAsync(source.Stream, cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                source.Stream.Position = start;
            }
        }

        return hashes.Find();
    }

    /// <summary>Takes every record the buffer holds; true once the source is finished.</summary>
    private static bool TakeAll(IRecordFramer framer, InputBuffer input)
    {
        while (framer.TryTake(input, out _))
        {
        }

        return framer.Finished;
    }
}
