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
/// about the slower of the two rather than their sum. One producer and one consumer keep input
/// order, so the report is the same byte for byte; memory holds at most <see cref="BatchesAhead"/> + 2
/// batches of input, whatever the size of the input.
/// </remarks>
internal static class AuditPipeline
{
    /// <summary>How many parsed batches may wait for evaluation.</summary>
    public const int BatchesAhead = 4;

    /// <summary>Runs the audit: every record evaluated and handed to the writer, then the unit audits and the detectors.</summary>
    /// <param name="audit">The audit (engine, as-of time, series period).</param>
    /// <param name="input">The input records, parsed or rejected, in input order.</param>
    /// <param name="writer">The report.</param>
    /// <param name="afterBatch">Called after each batch with the running totals (for a progress display).</param>
    /// <param name="batchSize">Records per batch (one engine session each).</param>
    /// <returns>The summary, for the caller to complete the report with (after any progress display has gone).</returns>
    public static AuditSummary Run(ComplianceAudit audit, IEnumerable<ReadResult> input, IReportWriter writer, Action<AuditTotals>? afterBatch = null, int batchSize = ComplianceAudit.DefaultBatchSize)
    {
        using var batches = new BatchReader(input, batchSize, BatchesAhead);
        foreach (var batch in batches.Read())
        {
            audit.Add(batch, writer);
            afterBatch?.Invoke(audit.Totals);
        }

        return audit.Complete();
    }
}
