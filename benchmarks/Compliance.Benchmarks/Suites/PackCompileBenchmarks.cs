using BenchmarkDotNet.Attributes;
using Compliance.Benchmarks.Data;
using Compliance.Rules.Engine;
using Compliance.Rules.Packs;

namespace Compliance.Benchmarks.Suites;

/// <summary>
/// Pack load (strict JSON, DynamicExpresso parsing, allowlist) and compile (parameter binding,
/// delegates, one NRules session factory): the cost paid once per pack and policy.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory(Categories.Engine)]
[MaxIterationCount(40)]
public class PackCompileBenchmarks
{
    private RulePack _pack = null!;

    [GlobalSetup]
    public void Setup() => _pack = BenchmarkPacks.LoadBuiltIn();

    [Benchmark]
    public RulePack Load() => BenchmarkPacks.LoadBuiltIn();

    [Benchmark]
    public IComplianceEngine Compile() => ComplianceEngine.Create(_pack);

    [Benchmark(Baseline = true)]
    public IComplianceEngine LoadAndCompile() => ComplianceEngine.Create(BenchmarkPacks.LoadBuiltIn());
}
