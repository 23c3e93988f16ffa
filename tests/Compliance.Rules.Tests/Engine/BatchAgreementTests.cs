using Compliance.Rules.Engine;
using Compliance.Rules.Records;
using Compliance.Synthetic;

namespace Compliance.Rules.Tests.Engine;

/// <summary>The built-in pack on generated data: batches of any size, and a fresh session per record, give exactly what one-by-one evaluation gives.</summary>
public sealed class BatchAgreementTests
{
    private static readonly DateTimeOffset AsOf = new(2010, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Batched_and_single_evaluations_of_generated_records_agree()
    {
        var records = SyntheticRecords.Generate(new GeneratorOptions { Records = 1500, Seed = 7, Scenario = GeneratorScenario.Sapphire }).ToArray();
        var engine = ComplianceEngine.CreateBuiltIn();

        var single = Describe(records.Select(r => engine.Evaluate(r, AsOf)));

        Assert.Contains("SEXOFF-004", single, StringComparison.Ordinal);
        foreach (var batchSize in new[] { 1, 13, 512, 5000 })
        {
            Assert.Equal(single, Describe(engine.EvaluateMany(records, AsOf, batchSize)));
        }

        // Pooled sessions keep earlier records' facts until they are retracted in groups; a session of
        // its own per record must find exactly the same.
        var fresh = (NRulesComplianceEngine)engine;
        Assert.Equal(single, Describe(records.Select(r => fresh.EvaluateInFreshSession(r, AsOf))));
    }

    private static string Describe(IEnumerable<RecordEvaluation> evaluations) => string.Join("\n", evaluations.Select(e =>
        $"{e.CrimeRecordId} {string.Join(",", e.Findings.Select(f => $"{f.RuleId}/{f.Severity}/{f.Message}"))} {string.Join(",", e.Errors.Select(x => x.RuleId))}"));
}
