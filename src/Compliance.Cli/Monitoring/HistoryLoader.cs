using Compliance.Cli.Auditing;
using Compliance.Cli.History;
using Compliance.Rules.Auditing;
using Compliance.Rules.Reading;

namespace Compliance.Cli.Monitoring;

/// <summary>
/// Puts records into the store through the library's audit entry point (<see cref="ComplianceAudit"/>:
/// one engine session per batch, every record handed to a <see cref="StoringObserver"/> in input
/// order): this run's input records, each replacing the stored copy of its key (so the copy read
/// last wins, across runs and within one); and, on a rebuild, every stored record evaluated again. A
/// signal is honoured between batches; the store's transaction makes whatever was done vanish.
/// </summary>
/// <remarks>
/// The audit's own summary (unit audits and series of this run's records alone) is not used: the
/// detectors run afterwards over every stored record.
/// </remarks>
internal sealed class HistoryLoader(HistoryStore store, ComplianceAudit audit, StoringObserver observer, MonitorTotals totals, CancellationToken interruption)
{
    /// <summary>Stores the input records.</summary>
    public void Load(IEnumerable<ReadResult> input)
    {
        using var batches = new BatchReader(input, ComplianceAudit.DefaultBatchSize, AuditPipeline.BatchesAhead);
        foreach (var batch in batches.Read())
        {
            interruption.ThrowIfCancellationRequested();
            audit.Add(SkipUnchanged(batch), observer);
        }
    }

    /// <summary>Evaluates every stored record again (with this run's pack and as-of) and stores what it gives now.</summary>
    public void Rebuild()
    {
        long after = 0;
        while (true)
        {
            interruption.ThrowIfCancellationRequested();
            var page = store.ReadRecords(after, ComplianceAudit.DefaultBatchSize);
            if (page.Count == 0)
            {
                return;
            }

            after = page[^1].Id;
            var batch = new List<ReadResult>(page.Count);
            foreach (var (_, blob, source, line, runId) in page)
            {
                var parsed = new ParsedRecord(RecordBlob.Decompress(blob), source, line);
                observer.Expect(parsed, blob, runId);
                batch.Add(parsed);
            }

            audit.Add(batch, observer);
        }
    }

    /// <summary>
    /// Compresses the batch's records (on every core rather than on the one thread that writes to the
    /// store) and leaves out those whose stored copy is the same, counted as unchanged: a force that
    /// sends its whole year again each month pays only for what changed. A key that occurs twice in
    /// the batch is always kept, so that the later copy still replaces the earlier one in order.
    /// </summary>
    private ReadResult[] SkipUnchanged(ReadResult[] batch)
    {
        var blobs = batch.AsParallel().AsOrdered().Select(r => r is ParsedRecord p ? RecordBlob.Compress(p.Record) : null).ToArray();
        var twice = batch.OfType<ParsedRecord>().GroupBy(Key).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        var kept = new List<ReadResult>(batch.Length);
        for (var i = 0; i < batch.Length; i++)
        {
            if (batch[i] is ParsedRecord parsed)
            {
                var key = Key(parsed);
                if (!twice.Contains(key) && store.Holds(key.Force, key.Id, blobs[i]!))
                {
                    totals.Unchanged();
                    continue;
                }

                observer.Expect(parsed, blobs[i]!);
            }

            kept.Add(batch[i]);
        }

        return [.. kept];
    }

    private static (string Force, string Id) Key(ParsedRecord parsed) => (parsed.Record.Force?.Code ?? string.Empty, parsed.Record.CrimeRecordId);
}
