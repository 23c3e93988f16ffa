using BenchmarkDotNet.Attributes;
using Compliance.Benchmarks.Data;
using Compliance.Benchmarks.Subset;
using Compliance.Benchmarks.Subset.Floor;
using Compliance.Benchmarks.Subset.Fluent;
using Compliance.Benchmarks.Subset.Peer;
using Compliance.Rules.Engine;
using Compliance.Rules.Records;

namespace Compliance.Benchmarks.Suites;

/// <summary>
/// The same twelve rules (<see cref="SubsetRules"/>) over the same 1 000 generated records, in one
/// run: the hand-written floor (the baseline of the Ratio column), our pack, NRules Fluent DSL,
/// Microsoft RulesEngine — and the whole built-in pack for scale. Times are per record. The
/// agreement tests (tests/Compliance.Benchmarks.Tests) prove the findings are the same.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory(Categories.Peers)]
public class FloorAndPeersBenchmarks
{
    private const int Records = 1000;

    private readonly List<SubsetFinding> _findings = new(4 * Records);
    private CrimeRecord[] _records = [];
    private HandWrittenSubset _floor = null!;
    private PackSubset _pack = null!;
    private PackSubset _packConditionsOnly = null!;
    private PackSubset _fullPack = null!;
    private FluentSubset _fluent = null!;
    private FluentSubset _fluentInlined = null!;
    private RulesEngineSubset _rulesEngine = null!;

    [GlobalSetup]
    public void Setup()
    {
        var asOf = BenchmarkRecords.AsOf;
        var builtIn = BenchmarkPacks.LoadBuiltIn();
        _records = Shared.Records(Records);
        _floor = new HandWrittenSubset(asOf);
        _pack = new PackSubset(ComplianceEngine.Create(BenchmarkPacks.Subset()), asOf);
        _packConditionsOnly = new PackSubset(ComplianceEngine.Create(BenchmarkPacks.Subset(withEvidence: false)), asOf);
        _fullPack = new PackSubset(Shared.BuiltIn, asOf, "full pack");
        _fluent = new FluentSubset(builtIn, asOf);
        _fluentInlined = new FluentSubset(builtIn, asOf, inlineQuantifiers: true);
        _rulesEngine = new RulesEngineSubset(builtIn, asOf);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Records)]
    public int Floor() => PerRecord(_floor);

    [Benchmark(OperationsPerInvoke = Records)]
    public int PackPerRecord() => PerRecord(_pack);

    [Benchmark(OperationsPerInvoke = Records)]
    public int PackConditionsOnlyPerRecord() => PerRecord(_packConditionsOnly);

    [Benchmark(OperationsPerInvoke = Records)]
    public int FluentPerRecord() => PerRecord(_fluent);

    [Benchmark(OperationsPerInvoke = Records)]
    public int FluentInliningCompilerPerRecord() => PerRecord(_fluentInlined);

    [Benchmark(OperationsPerInvoke = Records)]
    public int RulesEnginePerRecord() => PerRecord(_rulesEngine);

    [Benchmark(OperationsPerInvoke = Records)]
    public int FullPackPerRecord() => PerRecord(_fullPack);

    [Benchmark(OperationsPerInvoke = Records)]
    public int PackBatched()
    {
        _findings.Clear();
        _pack.EvaluateBatch(_records, _findings);
        return _findings.Count;
    }

    [Benchmark(OperationsPerInvoke = Records)]
    public int PackConditionsOnlyBatched()
    {
        _findings.Clear();
        _packConditionsOnly.EvaluateBatch(_records, _findings);
        return _findings.Count;
    }

    [Benchmark(OperationsPerInvoke = Records)]
    public int FluentBatched()
    {
        _findings.Clear();
        _fluent.EvaluateBatch(_records, _findings);
        return _findings.Count;
    }

    [Benchmark(OperationsPerInvoke = Records)]
    public int FullPackBatched()
    {
        _findings.Clear();
        _fullPack.EvaluateBatch(_records, _findings);
        return _findings.Count;
    }

    private int PerRecord(ISubsetEvaluator evaluator)
    {
        _findings.Clear();
        foreach (var record in _records)
        {
            evaluator.Evaluate(record, _findings);
        }

        return _findings.Count;
    }
}
