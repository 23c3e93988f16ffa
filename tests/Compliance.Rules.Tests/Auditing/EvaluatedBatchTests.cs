using Compliance.Rules.Auditing;
using Compliance.Rules.Engine;
using Compliance.Rules.Reading;
using Compliance.Synthetic;

namespace Compliance.Rules.Tests.Auditing;

/// <summary>
/// Batches evaluated on several threads at once and added in input order make the same audit as
/// batches added one after the other; a batch joins only the audit that evaluated it.
/// </summary>
public sealed class EvaluatedBatchTests
{
    private static readonly DateTimeOffset AsOf = new(2010, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly IComplianceEngine Engine = ComplianceEngine.CreateBuiltIn();

    private static readonly ReadResult[][] Batches =
        [.. SyntheticRecords.Generate(new GeneratorOptions { Records = 1200, Seed = 5, Scenario = GeneratorScenario.Sapphire })
            .Select((record, i) => (ReadResult)new ParsedRecord(record, "force.jsonl", i + 1L))
            .Chunk(25)];

    [Fact]
    public void Batches_evaluated_in_parallel_and_added_in_order_give_the_audit_of_one_thread()
    {
        var sequential = new List<string>();
        using var one = new ComplianceAudit(Engine, AsOf);
        foreach (var batch in Batches)
        {
            one.Add(batch, new Notes(sequential));
        }

        var parallel = new List<string>();
        using var many = new ComplianceAudit(Engine, AsOf);
        var evaluated = new EvaluatedBatch[Batches.Length];
        Parallel.For(0, Batches.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => evaluated[i] = many.Evaluate(Batches[i]));
        foreach (var batch in evaluated)
        {
            many.Add(batch, new Notes(parallel));
        }

        Assert.Equal(sequential, parallel);
        var (a, b) = (one.Complete(), many.Complete());
        Assert.Equal(a.FindingsByRule, b.FindingsByRule);
        Assert.Equal(a.Units.Select(u => (u.UnitId, u.Findings.Count)), b.Units.Select(u => (u.UnitId, u.Findings.Count)));
        Assert.Equal(a.Totals.RecordsEvaluated, b.Totals.RecordsEvaluated);
        Assert.True(a.Totals.RecordsEvaluated == 1200 && sequential.Count == 1200);
    }

    [Fact]
    public void A_batch_joins_only_the_audit_that_evaluated_it()
    {
        using var first = new ComplianceAudit(Engine, AsOf);
        using var second = new ComplianceAudit(Engine, AsOf);
        var batch = first.Evaluate(Batches[0]);

        Assert.Throws<InvalidOperationException>(() => second.Add(batch));
        Assert.Equal(0, second.Totals.RecordsRead);
        first.Add(batch);
        Assert.Equal(25, first.Totals.RecordsEvaluated);
    }

    /// <summary>Notes each record's line and findings, in the order the audit tells of them.</summary>
    private sealed class Notes(List<string> into) : IAuditObserver
    {
        public void Evaluated(AuditedRecord record) =>
            into.Add($"{record.Line}:{string.Join(",", record.Evaluation.Findings.Select(f => f.RuleId))}");

        public void Rejected(Rejection rejection) => into.Add($"{rejection.Line}:rejected");
    }
}
