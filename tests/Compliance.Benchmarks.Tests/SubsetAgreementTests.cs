using Compliance.Benchmarks.Data;
using Compliance.Benchmarks.Subset;
using Compliance.Benchmarks.Subset.Floor;
using Compliance.Benchmarks.Subset.Fluent;
using Compliance.Benchmarks.Subset.Peer;
using Compliance.Rules.Engine;
using Compliance.Rules.Records;
using Compliance.Synthetic;

namespace Compliance.Benchmarks.Tests;

/// <summary>
/// The four implementations of the benchmark subset (hand-written floor, our pack, NRules Fluent
/// DSL, Microsoft RulesEngine) give the same findings on the benchmark data, so that comparing
/// their speed compares the same work.
/// </summary>
public sealed class SubsetAgreementTests
{
    public static TheoryData<string> DataSets => ["sapphire", "baseline", "edge-cases"];

    [Theory]
    [MemberData(nameof(DataSets))]
    public void EveryImplementationFindsTheSameRulesOnTheSameRecords(string dataSet)
    {
        var (records, asOf) = Load(dataSet);
        var builtIn = BenchmarkPacks.LoadBuiltIn();
        var evaluators = new ISubsetEvaluator[]
        {
            new HandWrittenSubset(asOf),
            new PackSubset(ComplianceEngine.Create(BenchmarkPacks.Subset()), asOf),
            new FluentSubset(builtIn, asOf),
            new FluentSubset(builtIn, asOf, inlineQuantifiers: true),
            new RulesEngineSubset(builtIn, asOf),
        };

        var floor = Run(evaluators[0], records);
        foreach (var other in evaluators.Skip(1))
        {
            AssertSame(floor, Run(other, records), evaluators[0].Name, other.Name, withSeverity: other is not RulesEngineSubset);
        }
    }

    [Theory]
    [MemberData(nameof(DataSets))]
    public void BatchPathsFindWhatThePerRecordPathsFind(string dataSet)
    {
        var (records, asOf) = Load(dataSet);
        var pack = new PackSubset(ComplianceEngine.Create(BenchmarkPacks.Subset()), asOf);
        var fluent = new FluentSubset(BenchmarkPacks.LoadBuiltIn(), asOf);

        var packBatch = new List<SubsetFinding>();
        pack.EvaluateBatch(records, packBatch);
        var fluentBatch = new List<SubsetFinding>();
        fluent.EvaluateBatch(records, fluentBatch);

        AssertSame(Run(pack, records), packBatch, "pack per record", "pack batch", withSeverity: true);
        AssertSame(Run(fluent, records), fluentBatch, "fluent per record", "fluent batch", withSeverity: true);
    }

    [Fact]
    public void TheSubsetPackFindsWhatTheFullPackFindsForTheSameRules()
    {
        var (records, asOf) = Load("sapphire");
        var full = ComplianceEngine.Create(BenchmarkPacks.LoadBuiltIn());
        var fullFindings = full.EvaluateMany(records, asOf)
            .SelectMany(e => e.Findings.Where(f => SubsetRules.Ids.Contains(f.RuleId)).Select(f => new SubsetFinding(e.CrimeRecordId, f.RuleId, f.Severity)))
            .ToList();

        AssertSame(Run(new PackSubset(ComplianceEngine.Create(BenchmarkPacks.Subset()), asOf), records), fullFindings, "subset pack", "full pack", withSeverity: true);
    }

    [Fact]
    public void TheConditionsOnlySubsetPackFindsWhatTheSubsetPackFinds()
    {
        var (records, asOf) = Load("edge-cases");
        var asWritten = Run(new PackSubset(ComplianceEngine.Create(BenchmarkPacks.Subset()), asOf), records);
        var conditionsOnly = Run(new PackSubset(ComplianceEngine.Create(BenchmarkPacks.Subset(withEvidence: false)), asOf), records);

        AssertSame(asWritten, conditionsOnly, "subset pack", "conditions-only subset pack", withSeverity: true);
    }

    [Fact]
    public void EveryRuleOfTheSubsetFiresOnTheBenchmarkDataAndNotOnEveryRecord()
    {
        // Agreement means little for a rule that never fires (or always does): each must do both.
        var counts = new[] { "sapphire", "baseline", "edge-cases" }
            .Select(Load)
            .SelectMany(data => Run(new HandWrittenSubset(data.AsOf), data.Records).Select(f => (f.RuleId, Records: data.Records.Count)))
            .ToList();
        foreach (var rule in SubsetRules.Ids)
        {
            Assert.Contains(counts, c => c.RuleId == rule);
        }

        var smallest = Load("baseline").Records.Count;
        foreach (var rule in SubsetRules.Ids)
        {
            Assert.True(counts.Count(c => c.RuleId == rule) < 3 * smallest, $"{rule} fires on (nearly) every record");
        }
    }

    private static (IReadOnlyList<CrimeRecord> Records, DateTimeOffset AsOf) Load(string dataSet) => dataSet switch
    {
        "sapphire" => (BenchmarkRecords.Generate(3000), BenchmarkRecords.AsOf),
        "baseline" => (BenchmarkRecords.Generate(2000, GeneratorScenario.Baseline), BenchmarkRecords.AsOf),
        "edge-cases" => (EdgeCaseRecords.Create(4000, seed: 17), EdgeCaseRecords.AsOf),
        _ => throw new ArgumentOutOfRangeException(nameof(dataSet)),
    };

    private static List<SubsetFinding> Run(ISubsetEvaluator evaluator, IReadOnlyList<CrimeRecord> records)
    {
        var findings = new List<SubsetFinding>();
        foreach (var record in records)
        {
            evaluator.Evaluate(record, findings);
        }

        return findings;
    }

    private static void AssertSame(List<SubsetFinding> expected, List<SubsetFinding> actual, string expectedName, string actualName, bool withSeverity)
    {
        static string Key(SubsetFinding f, bool severity) => severity ? $"{f.RecordId} {f.RuleId} {f.Severity}" : $"{f.RecordId} {f.RuleId}";
        var left = expected.Select(f => Key(f, withSeverity)).ToHashSet(StringComparer.Ordinal);
        var right = actual.Select(f => Key(f, withSeverity)).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(expected.Count, left.Count);
        Assert.Equal(actual.Count, right.Count);
        var missing = left.Except(right).Order(StringComparer.Ordinal).Take(10).ToArray();
        var extra = right.Except(left).Order(StringComparer.Ordinal).Take(10).ToArray();
        Assert.True(
            missing.Length == 0 && extra.Length == 0,
            $"{actualName} disagrees with {expectedName}: only {expectedName}: [{string.Join("; ", missing)}]; only {actualName}: [{string.Join("; ", extra)}]");
    }
}
