using BenchmarkDotNet.Attributes;
using Compliance.Benchmarks.Data;
using Compliance.Rules.Engine;
using Compliance.Rules.Records;

namespace Compliance.Benchmarks.Suites;

/// <summary>The whole built-in pack over batches of 1 000 and 10 000 records (<see cref="IComplianceEngine.EvaluateMany"/>).</summary>
[MemoryDiagnoser]
[BenchmarkCategory(Categories.Engine)]
public class EngineBatchBenchmarks
{
    private IComplianceEngine _engine = null!;
    private CrimeRecord[] _records = [];

    [ParamsSource(nameof(Sizes))]
    public int Records { get; set; }

    public static IEnumerable<int> Sizes => Shared.Smoke ? [1_000] : [1_000, 10_000];

    [GlobalSetup]
    public void Setup()
    {
        _engine = Shared.BuiltIn;
        _records = Shared.Records(Records);
    }

    [Benchmark]
    public int EvaluateMany() => BatchRun.CountFindings(_engine, _records);
}

/// <summary>
/// 100 000 records in one run: a few hundred MB of records in memory and seconds per operation, so
/// it is not in the default run on a 2-core machine (<c>--anyCategories Large</c>).
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory(Categories.Large)]
[MaxIterationCount(20)]
public class EngineLargeBatchBenchmarks
{
    private IComplianceEngine _engine = null!;
    private CrimeRecord[] _records = [];

    [GlobalSetup]
    public void Setup()
    {
        _engine = Shared.BuiltIn;
        _records = BenchmarkRecords.Generate(100_000);
    }

    [Benchmark]
    public int EvaluateMany100k() => BatchRun.CountFindings(_engine, _records);
}

internal static class BatchRun
{
    public static int CountFindings(IComplianceEngine engine, CrimeRecord[] records)
    {
        var findings = 0;
        foreach (var evaluation in engine.EvaluateMany(records, BenchmarkRecords.AsOf))
        {
            findings += evaluation.Findings.Count;
        }

        return findings;
    }
}
