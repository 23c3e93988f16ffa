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
            Put(parsed, runOf: null);
        }
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
            var records = page.Select(r => (RecordBlob.Decompress(r.Blob), r.Source, r.Line)).ToArray();
            var runs = page.Select(r => r.RunId).ToArray();
            Put(records, runs);
            totals.RecordsReevaluated += page.Count;
        }
    }

    private void Put(IReadOnlyList<(CrimeRecord Record, string Source, long Line)> batch, long[]? runOf)
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
