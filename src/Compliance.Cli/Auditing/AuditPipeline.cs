using Compliance.Cli.Reports;
using Compliance.Rules.Auditing;
using Compliance.Rules.Auditing.Monitoring;
using Compliance.Rules.Engine;

namespace Compliance.Cli.Auditing;

/// <summary>
/// The audit's road: input records in batches → the engine (<see cref="IComplianceEngine.EvaluateMany"/>)
/// → per-unit tallies and the report writer, record by record in input order → the unit audits →
/// the caller completes the report.
/// </summary>
/// <remarks>
/// Reading and parsing run on a thread of their own, a few batches ahead of evaluation, so that an
/// audit on two cores costs about the slower of the two rather than their sum. One producer and one
/// consumer keep input order, so the report is the same byte for byte; memory holds at most
/// <see cref="BatchesAhead"/> + 2 batches of input items, whatever the size of the input.
/// </remarks>
internal sealed class AuditPipeline(IComplianceEngine engine, ReportContext context, int batchSize = AuditPipeline.DefaultBatchSize)
{
    public const int DefaultBatchSize = 512;

    /// <summary>How many parsed batches may wait for evaluation.</summary>
    public const int BatchesAhead = 4;

    /// <summary>Runs the audit: every record evaluated and handed to the writer, then the unit audits.</summary>
    /// <param name="input">The input records, parsed or rejected, in input order.</param>
    /// <param name="writer">The report.</param>
    /// <param name="afterBatch">Called after each batch with the running totals (for a progress display).</param>
    /// <returns>The totals and unit audits, for the caller to complete the report with (after any progress display has gone).</returns>
    public AuditResult Run(IEnumerable<InputItem> input, IReportWriter writer, Action<AuditTotals>? afterBatch = null)
    {
        var totals = new AuditTotals();
        var accumulator = new AuditAccumulator(engine.Pack, context.AsOf);
        using var monitor = new MonitorCollector(engine.Pack, context.AsOf);
        using var batches = new BatchReader(input, batchSize, BatchesAhead);
        foreach (var batch in batches.Read())
        {
            Evaluate(batch, totals, accumulator, monitor, writer);
            afterBatch?.Invoke(totals);
        }

        return new AuditResult(totals, UnitAuditor.Run(accumulator, engine.Pack), accumulator.Defects)
        {
            Monitoring = monitor.Finish(accumulator.Units, context.Period),
        };
    }

    private void Evaluate(IReadOnlyList<InputItem> batch, AuditTotals totals, AuditAccumulator accumulator, MonitorCollector monitor, IReportWriter writer)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var parsed = batch.Where(item => item.Record is not null).ToArray();
        using var evaluations = engine.EvaluateMany(parsed.Select(item => item.Record!), context.AsOf, Math.Max(parsed.Length, 1)).GetEnumerator();
        foreach (var item in batch)
        {
            if (item.Rejection is { } rejection)
            {
                totals.Count(rejection);
                writer.Rejected(rejection);
                continue;
            }

            evaluations.MoveNext();
            var evaluation = evaluations.Current;
            var record = item.Record!;
            accumulator.Add(record, evaluation);
            monitor.Add(record, evaluation);
            var texts = context.IncludeText && evaluation.Findings.Count > 0 ? RecordTexts.Of(record) : [];
            var evaluated = new EvaluatedRecord(item.Source, item.Line, evaluation, texts);
            totals.Count(evaluated);
            writer.Record(evaluated);
        }
    }
}
