using Compliance.Cli.Reports;
using Compliance.Rules.Auditing;
using Compliance.Rules.Reading;

namespace Compliance.Cli.Auditing;

/// <summary>
/// The threads of <c>compliance audit</c> around the library's <see cref="ComplianceAudit"/>: the
/// reader's results are batched on a thread of their own and each batch goes to the audit, which
/// evaluates it and hands every record to the report writer in input order.
/// </summary>
/// <remarks>
/// Reading and parsing run a few batches ahead of evaluation, so that an audit on two cores costs
/// about the slower of the two rather than their sum. With more cores, batches are evaluated on
/// several workers at once (<see cref="DefaultWorkers"/>) and joined to the audit strictly in input
/// order on this thread (an ordered pipeline: read → evaluate in parallel → ordered merge into the
/// tallies and the writer), so the report is the same byte for byte whatever the number of workers;
/// memory holds at most <see cref="BatchesAhead"/> + workers + 2 batches of input, whatever the size
/// of the input.
/// </remarks>
internal static class AuditPipeline
{
    /// <summary>How many parsed batches may wait for evaluation.</summary>
    public const int BatchesAhead = 4;

    /// <summary>Records per batch of <c>compliance audit</c> (each batch one hand-over between threads).</summary>
    /// <remarks>
    /// Why 128 and not the library's 512: the reader runs ahead of evaluation, so a record waits for
    /// <see cref="BatchesAhead"/> batches before it is evaluated and dropped. With 512-record batches
    /// that is about 2 000 records, whose evaluation allocates more than the young generation holds:
    /// the waiting records survived into the old generation and died there, so the old generation
    /// was collected again and again. Measured on 200 000 records (runtime counters, one process
    /// each): 30 gen2 collections and 2.98 s of GC pauses with 512, 4 and 0.54 s with 128; CPU time
    /// 7.6–8.3 s against 9.9 s in a paired run. The report does not depend on it (every record is
    /// evaluated alone; docs/benchmarks.md).
    /// </remarks>
    public const int DefaultBatchSize = 128;

    /// <summary>
    /// Evaluation workers: one core is left to reading and parsing (the reading thread), the rest
    /// evaluate; at most 16. On two cores this is one: evaluation stays on the consumer thread, as
    /// before (measured: a second worker on two cores only adds contention, docs/benchmarks.md).
    /// The runtime's <c>DOTNET_PROCESSOR_COUNT</c> limits it.
    /// </summary>
    public static int DefaultWorkers => Math.Clamp(Environment.ProcessorCount - 1, 1, 16);

    /// <summary>Runs the audit: every record evaluated and handed to the writer, then the incidents (if any), then the unit audits and the detectors.</summary>
    /// <param name="audit">The audit (engine, as-of time, series period).</param>
    /// <param name="input">The input records, parsed or rejected, in input order.</param>
    /// <param name="writer">The report.</param>
    /// <param name="afterBatch">Called after each batch with the running totals (for a progress display).</param>
    /// <param name="batchSize">Records per batch (one engine session each).</param>
    /// <param name="workers">Batches evaluated at once (null: <see cref="DefaultWorkers"/>); 1 evaluates on this thread.</param>
    /// <param name="incidents">The incident logs, judged on this thread after the last record (the audit must include incidents); null for none.</param>
    /// <param name="sharing">The parsing <paramref name="input"/> shares (this thread parses while it waits for a batch), or null.</param>
    /// <returns>The summary, for the caller to complete the report with (after any progress display has gone).</returns>
    public static AuditSummary Run(ComplianceAudit audit, IEnumerable<ReadResult> input, IReportWriter writer, Action<AuditTotals>? afterBatch = null, int batchSize = DefaultBatchSize, int? workers = null, IEnumerable<ReadResult>? incidents = null, SharedParsing? sharing = null)
    {
        RunRecords(audit, input, writer, afterBatch, batchSize, workers, sharing);
        if (incidents is not null)
        {
            audit.AddIncidents(incidents, writer);
        }

        return audit.Complete();
    }

    private static void RunRecords(ComplianceAudit audit, IEnumerable<ReadResult> input, IReportWriter writer, Action<AuditTotals>? afterBatch, int batchSize, int? workers, SharedParsing? sharing)
    {
        var parallel = workers ?? DefaultWorkers;
        ArgumentOutOfRangeException.ThrowIfLessThan(parallel, 1, nameof(workers));
        using var batches = new BatchReader(input, batchSize, BatchesAhead, sharing);
        if (parallel == 1)
        {
            foreach (var batch in batches.Read())
            {
                audit.Add(batch, writer);
                afterBatch?.Invoke(audit.Totals);
            }

            return;
        }

        // Evaluations in flight, oldest first: each batch is joined when it and every batch before it are done.
        var inFlight = new Queue<Task<EvaluatedBatch>>(parallel);
        try
        {
            using var read = batches.Read().GetEnumerator();
            while (Next(read, audit, inFlight, writer, afterBatch))
            {
                var batch = read.Current;
                inFlight.Enqueue(Task.Run(() => audit.Evaluate(batch)));
                if (inFlight.Count == parallel)
                {
                    Join(audit, inFlight.Dequeue(), writer, afterBatch);
                }
            }

            while (inFlight.Count > 0)
            {
                Join(audit, inFlight.Dequeue(), writer, afterBatch);
            }
        }
        finally
        {
            // Stopped early (a signal, an error of the writer): let the evaluations still running
            // finish before the audit and the engine are disposed; their results are not wanted.
            foreach (var task in inFlight)
            {
                task.ContinueWith(static _ => { }, TaskScheduler.Default).Wait();
            }
        }
    }

    /// <summary>
    /// The next batch read; when reading failed, the batches read before the failure are joined
    /// first (as with one worker: nothing read is lost), then the failure is thrown.
    /// </summary>
    private static bool Next(IEnumerator<ReadResult[]> read, ComplianceAudit audit, Queue<Task<EvaluatedBatch>> inFlight, IReportWriter writer, Action<AuditTotals>? afterBatch)
    {
        try
        {
            return read.MoveNext();
        }
        catch (Exception)
        {
            while (inFlight.Count > 0)
            {
                Join(audit, inFlight.Dequeue(), writer, afterBatch);
            }

            throw;
        }
    }

    private static void Join(ComplianceAudit audit, Task<EvaluatedBatch> evaluation, IReportWriter writer, Action<AuditTotals>? afterBatch)
    {
        audit.Add(evaluation.GetAwaiter().GetResult(), writer);
        afterBatch?.Invoke(audit.Totals);
    }
}
