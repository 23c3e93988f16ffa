using BenchmarkDotNet.Attributes;
using Compliance.Benchmarks.Data;
using Compliance.Rules.Engine;
using Compliance.Rules.Records;

namespace Compliance.Benchmarks.Suites;

/// <summary>
/// Cost against the number of rules: the built-in pack's record rules ×1, ×2, ×4, ×8 under renamed
/// ids. The copies have identical conditions, which NRules shares between rules (one alpha node per
/// distinct condition), so this measures what grows with rule count — session size, activations,
/// findings — more than condition evaluation. Per-record times.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory(Categories.Engine)]
public class EngineScalingBenchmarks
{
    private const int Records = 500;

    private IComplianceEngine _engine = null!;
    private CrimeRecord[] _records = [];

    [Params(1, 2, 4, 8)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _engine = ComplianceEngine.Create(BenchmarkPacks.Replicated(Copies));
        _records = Shared.Records(Records);
    }

    [Benchmark(OperationsPerInvoke = Records)]
    public int EvaluateOneRecord()
    {
        var findings = 0;
        foreach (var record in _records)
        {
            findings += _engine.Evaluate(record, BenchmarkRecords.AsOf).Findings.Count;
        }

        return findings;
    }

    [Benchmark(OperationsPerInvoke = Records)]
    public int Batched() => BatchRun.CountFindings(_engine, _records);
}
