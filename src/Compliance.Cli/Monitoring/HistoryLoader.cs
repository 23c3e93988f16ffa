using Compliance.Cli.Auditing;
using Compliance.Cli.History;
using Compliance.Rules.Records;

namespace Compliance.Cli.Monitoring;

/// <summary>
/// Puts records into the store: this run's input records, in input order, each replacing the stored
/// copy of its key (so the copy read last wins, across runs and within one); and, on a rebuild, every
/// stored record evaluated again. A signal is honoured between batches; the store's transaction makes
/// whatever was done before it vanish.
/// </summary>
internal sealed class HistoryLoader(HistoryStore store, RecordSummarizer summarizer, long runId, MonitorTotals totals, CancellationToken interruption)
{
    /// <summary>Records evaluated at once (the engine evaluates a batch in parallel).</summary>
    public const int BatchSize = 512;

    /// <summary>Stores the input records.</summary>
    public void Load(IEnumerable<InputItem> input)
    {
        using var batches = new BatchReader(input, BatchSize, AuditPipeline.BatchesAhead);
        foreach (var batch in batches.Read())
        {
            interruption.ThrowIfCancellationRequested();
            foreach (var item in batch)
            {
                if (item.Rejection is { } rejection)
                {
                    totals.Rejected(rejection);
                }
            }

            var parsed = batch.Where(i => i.Record is not null).Select(i => (i.Record!, i.Source, i.Line)).ToArray();
            Put(SkipUnchanged(WithBlobs(parsed)), runOf: null);
        }
    }

    /// <summary>
    /// Compresses a batch's records on every core rather than on the one thread that writes to the
    /// store (which SQLite needs to be a single thread): the store's writes stay the only serial part.
    /// </summary>
    private static (CrimeRecord Record, string Source, long Line, byte[] Blob)[] WithBlobs(IReadOnlyList<(CrimeRecord Record, string Source, long Line)> batch) =>
        [.. batch.AsParallel().AsOrdered().Select(b => (b.Record, b.Source, b.Line, RecordBlob.Compress(b.Record)))];

    /// <summary>
    /// Leaves out the records whose stored copy is the same (counted as unchanged): a force that sends
    /// its whole year again each month pays only for what changed. A key that occurs twice in the
    /// batch is always kept, so that the later copy still replaces the earlier one in order.
    /// </summary>
    private (CrimeRecord Record, string Source, long Line, byte[] Blob)[] SkipUnchanged((CrimeRecord Record, string Source, long Line, byte[] Blob)[] batch)
    {
        var keys = batch.GroupBy(b => (b.Record.Force?.Code ?? string.Empty, b.Record.CrimeRecordId)).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        var kept = new List<(CrimeRecord, string, long, byte[])>(batch.Length);
        foreach (var item in batch)
        {
            var key = (item.Record.Force?.Code ?? string.Empty, item.Record.CrimeRecordId);
            if (!keys.Contains(key) && store.Holds(key.Item1, key.Item2, item.Blob))
            {
                totals.Unchanged();
                continue;
            }

            kept.Add(item);
        }

        return [.. kept];
    }

    /// <summary>Evaluates every stored record again (with this run's pack and as-of) and stores what it gives now.</summary>
    public void Rebuild()
    {
        long after = 0;
        while (true)
        {
            interruption.ThrowIfCancellationRequested();
            var page = store.ReadRecords(after, BatchSize);
            if (page.Count == 0)
            {
                return;
            }

            after = page[^1].Id;
            var records = page.Select(r => (RecordBlob.Decompress(r.Blob), r.Source, r.Line, r.Blob)).ToArray();
            var runs = page.Select(r => r.RunId).ToArray();
            Put(records, runs);
            totals.RecordsReevaluated += page.Count;
        }
    }

    private void Put(IReadOnlyList<(CrimeRecord Record, string Source, long Line, byte[] Blob)> batch, long[]? runOf)
    {
        var summaries = summarizer.Summarize(batch);
        for (var i = 0; i < summaries.Count; i++)
        {
            var (stored, ruleErrors, defect) = summaries[i];
            if (runOf is not null)
            {
                // A rebuild keeps the copy (and the run that stored it); only its tuples change.
                if (stored is not null)
                {
                    store.Put(stored, runOf[i], reevaluated: true);
                }

                continue;
            }

            if (stored is null)
            {
                totals.Defect(batch[i].Source, batch[i].Line, batch[i].Record.CrimeRecordId, defect!, ruleErrors);
                continue;
            }

            totals.Stored(store.Put(stored, runId), ruleErrors);
        }
    }
}
