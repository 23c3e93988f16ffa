using BenchmarkDotNet.Attributes;
using Compliance.Benchmarks.Data;
using Compliance.Rules.Engine;
using Compliance.Rules.Records;

namespace Compliance.Benchmarks.Suites;

/// <summary>
/// The whole built-in pack: one record at a time, each evaluated alone in a pooled session — how a
/// host system checks a decision before saving it — and in a fresh session per record (what pooling
/// saves), against <see cref="IComplianceEngine.EvaluateMany"/> (how an audit runs), and against
/// <see cref="IComplianceEngine.Explain"/>. Per-record
/// times: every benchmark evaluates <see cref="Records"/> records and reports the time per record.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory(Categories.Engine)]
public class EngineBenchmarks
{
    private const int Records = 1000;

    private IComplianceEngine _engine = null!;
    private CrimeRecord[] _records = [];
    private DateTimeOffset _asOf;

    [GlobalSetup]
    public void Setup()
    {
        _engine = Shared.BuiltIn;
        _records = Shared.Records(Records);
        _asOf = BenchmarkRecords.AsOf;
    }

    /// <summary>One <see cref="IComplianceEngine.Evaluate"/> per record: the record alone in a session.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Records)]
    public int EvaluateOneRecord()
    {
        var findings = 0;
        foreach (var record in _records)
        {
            findings += _engine.Evaluate(record, _asOf).Findings.Count;
        }

        return findings;
    }

    /// <summary>One record per session created for it and dropped after.</summary>
    [Benchmark(OperationsPerInvoke = Records)]
    public int EvaluateOneRecordFreshSession()
    {
        var engine = (NRulesComplianceEngine)_engine;
        var findings = 0;
        foreach (var record in _records)
        {
            findings += engine.EvaluateInFreshSession(record, _asOf).Findings.Count;
        }

        return findings;
    }

    /// <summary>The same records through <see cref="IComplianceEngine.EvaluateMany"/> (pooled sessions, 16 records a run).</summary>
    [Benchmark(OperationsPerInvoke = Records)]
    public int Batched()
    {
        var findings = 0;
        foreach (var evaluation in _engine.EvaluateMany(_records, _asOf))
        {
            findings += evaluation.Findings.Count;
        }

        return findings;
    }

    /// <summary>What <see cref="IComplianceEngine.Explain"/> costs per record (every rule's verdict, no NRules).</summary>
    [Benchmark(OperationsPerInvoke = Records)]
    public int Explain()
    {
        var verdicts = 0;
        foreach (var record in _records)
        {
            verdicts += _engine.Explain(record, _asOf).Rules.Count;
        }

        return verdicts;
    }
}
