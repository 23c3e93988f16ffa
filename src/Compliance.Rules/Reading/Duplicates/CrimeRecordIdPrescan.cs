namespace Compliance.Rules.Reading;

/// <summary>
/// The first of two passes over sources that can be read twice: the same framers as the read,
/// with a <see cref="CrimeRecordIdCollector"/> for decoder, give the hashes of every id (the
/// top-level property named by the caller: <c>crimeRecordId</c> of records, <c>incidentId</c> of incidents); what
/// comes back is the set of hashes found more than once, and how many bytes each source had. Each
/// stream is left where it started. Nothing is counted in the reader's statistics.
/// </summary>
internal static class CrimeRecordIdPrescan
{
    public static PrescanOutcome Run(IReadOnlyList<RecordSource> sources, int maxRecordBytes, byte[] idProperty, PrescanSettings settings, CancellationToken cancellationToken)
    {
        using var hashes = new RepeatedHashFinder(settings);
        var collector = new CrimeRecordIdCollector(hashes, settings.IdHash, idProperty);
        var lengths = new long[sources.Count];
        for (var index = 0; index < sources.Count; index++)
        {
            var source = sources[index];
            var start = source.Stream.Position;
            try
            {
                var framer = RecordFramers.For(source.Format, collector, new ReadStatistics(), 0, source.Name, maxRecordBytes);
                var input = new InputBuffer(maxRecordBytes);
                try
                {
                    while (!TakeAll(framer, input))
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        input.Fill(source.Stream);
                    }

                    lengths[index] = input.Offset;
                }
                finally
                {
                    input.Release();
                }
            }
            finally
            {
                source.Stream.Position = start;
            }
        }

        return new(hashes.Find(), lengths);
    }

    public static async Task<PrescanOutcome> RunAsync(IReadOnlyList<RecordSource> sources, int maxRecordBytes, byte[] idProperty, PrescanSettings settings, CancellationToken cancellationToken)
    {
        using var hashes = new RepeatedHashFinder(settings);
        var collector = new CrimeRecordIdCollector(hashes, settings.IdHash, idProperty);
        var lengths = new long[sources.Count];
        for (var index = 0; index < sources.Count; index++)
        {
            var source = sources[index];
            var start = source.Stream.Position;
            try
            {
                var framer = RecordFramers.For(source.Format, collector, new ReadStatistics(), 0, source.Name, maxRecordBytes);
                var input = new InputBuffer(maxRecordBytes);
                try
                {
                    while (!TakeAll(framer, input))
                    {
                        await input.FillAsync(source.Stream, cancellationToken).ConfigureAwait(false);
                    }

                    lengths[index] = input.Offset;
                }
                finally
                {
                    input.Release();
                }
            }
            finally
            {
                source.Stream.Position = start;
            }
        }

        return new(hashes.Find(), lengths);
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

/// <summary>What a pre-scan found.</summary>
/// <param name="Repeated">The hashes of ids found more than once.</param>
/// <param name="Lengths">The bytes of each source from where it was scanned to its end, by position in the list.</param>
internal sealed record PrescanOutcome(HashSet<ulong> Repeated, long[] Lengths);
