using Compliance.Cli.Auditing;
using Compliance.Cli.Reports;
using Compliance.Cli.Reports.Json;
using Compliance.Rules.Auditing;
using Compliance.Rules.Engine;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;
using Compliance.Synthetic;

namespace Compliance.Cli.Tests.Auditing;

/// <summary>
/// Evaluation on several workers: the JSON report is the same byte for byte as with one, every
/// record reaches the writer in input order (rejections in their place), and a failure of the input
/// half way still surfaces after the records before it.
/// </summary>
public sealed class ParallelEvaluationTests
{
    private static readonly DateTimeOffset AsOf = new(2010, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly IComplianceEngine Engine = ComplianceEngine.CreateBuiltIn();

    private static readonly ReadResult[] Input = [.. Build()];

    [Fact]
    public void The_report_is_the_same_byte_for_byte_with_one_two_three_or_eight_workers()
    {
        var (one, order) = Audit(workers: 1);

        // Input order as given: the writer saw every record and rejection, line by line.
        Assert.Equal(Input.Select(i => i.Line), order);
        foreach (var workers in new[] { 2, 3, 8 })
        {
            var (report, seen) = Audit(workers);
            Assert.Equal(order, seen);
            Assert.True(one.AsSpan().SequenceEqual(report), $"the report with {workers} workers differs from the one with one");
        }
    }

    [Fact]
    public void An_input_that_fails_half_way_throws_after_the_records_read_before_it()
    {
        using var audit = new ComplianceAudit(Engine, AsOf);
        using var output = new MemoryStream();
        var writer = new OrderWriter(new JsonReportWriter(output, ReportContext.Of(audit, ["force.jsonl"], includeText: false)));

        var error = Assert.Throws<IOException>(() => AuditPipeline.Run(audit, Failing(), writer, batchSize: 16, workers: 4));

        Assert.Equal("disk gone", error.Message);
        Assert.Equal(Input.Take(100).Select(i => i.Line), writer.Lines);
    }

    private static IEnumerable<ReadResult> Failing()
    {
        foreach (var item in Input.Take(100))
        {
            yield return item;
        }

        throw new IOException("disk gone");
    }

    private static (byte[] Report, List<long> Order) Audit(int workers)
    {
        using var audit = new ComplianceAudit(Engine, AsOf);
        using var output = new MemoryStream();
        var writer = new OrderWriter(new JsonReportWriter(output, ReportContext.Of(audit, ["force.jsonl"], includeText: false)));
        var summary = AuditPipeline.Run(audit, Input, writer, batchSize: 16, workers: workers);
        writer.Complete(summary);
        writer.Dispose();
        return (output.ToArray(), writer.Lines);
    }

    private static IEnumerable<ReadResult> Build()
    {
        var line = 0L;
        foreach (var record in SyntheticRecords.Generate(new GeneratorOptions { Records = 900, Seed = 21, Scenario = GeneratorScenario.Sapphire }))
        {
            line++;
            if (line % 37 == 0)
            {
                yield return new Rejection(RejectionCode.Truncated, "the record ends before it is complete", "force.jsonl", line++);
            }

            yield return new ParsedRecord(record, "force.jsonl", line);
        }
    }

    /// <summary>A report writer that also notes the line of every record it is told of.</summary>
    private sealed class OrderWriter(IReportWriter inner) : IReportWriter
    {
        public List<long> Lines { get; } = [];

        public void Evaluated(AuditedRecord record)
        {
            Lines.Add(record.Line);
            inner.Evaluated(record);
        }

        public void Rejected(Rejection rejection)
        {
            Lines.Add(rejection.Line);
            inner.Rejected(rejection);
        }

        public void Complete(AuditSummary result) => inner.Complete(result);

        public void Dispose() => inner.Dispose();
    }
}
