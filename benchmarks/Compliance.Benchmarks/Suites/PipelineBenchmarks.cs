using BenchmarkDotNet.Attributes;
using Compliance.Benchmarks.Data;
using Compliance.Benchmarks.Pipeline;
using Compliance.Rules.Auditing;
using Compliance.Rules.Engine;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;

namespace Compliance.Benchmarks.Suites;

/// <summary>
/// A JSON Lines file of generated records, read with the streaming reader and nothing else (the
/// physical limit of any audit), against the full audit of the same file: <c>compliance audit
/// --format json</c> run in process (read, evaluate every record rule, tally per unit, run the unit
/// audits, write the JSON report to a file), and the same road through the library without a
/// report. All stream from disk (the file is in the OS cache after the first pass). Per-record times.
/// The file is large enough (50 000 records, ≈ 100 MB) that the audit's fixed costs — loading and
/// compiling the pack, about a quarter of a second — weigh as they would on a real export, not as
/// they would on a sample.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory(Categories.Pipeline)]
[WarmupCount(2)]
[IterationCount(10)] // seconds per operation
public class PipelineBenchmarks
{
    private const int Records = 50_000;

    // The dry run (CI) only proves the road works: a small file, figures meaningless.
    private static int FileRecords => Shared.Smoke ? 2_000 : Records;

    private string _path = string.Empty;
    private IComplianceEngine _engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"compliance-bench-{Environment.ProcessId}-{FileRecords}.jsonl");
        BenchmarkRecords.WriteJsonLines(_path, FileRecords);
        _engine = Shared.BuiltIn;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        File.Delete(_path);
        File.Delete(ReportPath);
    }

    private string ReportPath => _path + ".report.json";

    [Benchmark(Baseline = true, OperationsPerInvoke = Records)]
    public int ParseOnly()
    {
        var parsed = 0;
        using var source = RecordSource.Open(_path);
        foreach (var result in new RecordReader().Read(source))
        {
            parsed += result is ParsedRecord ? 1 : 0;
        }

        return parsed;
    }

    [Benchmark(OperationsPerInvoke = Records)]
    public void FullAudit() => CliAudit.Run(_path, BenchmarkRecords.AsOf, "json", ReportPath);

    [Benchmark(OperationsPerInvoke = Records)]
    public int AuditWithoutReport() => AuditPipeline.Run(_path, _engine, BenchmarkRecords.AsOf);
}

/// <summary>
/// The audit's road through the library, as <c>compliance audit</c> takes it (<see cref="ComplianceAudit"/>:
/// batches of 512, unit tallies and monitoring series), on one thread and without a report.
/// </summary>
public static class AuditPipeline
{
    /// <summary>Audits one file.</summary>
    /// <param name="path">A records file.</param>
    /// <param name="engine">The engine (with its pack).</param>
    /// <param name="asOf">The as-of instant.</param>
    /// <returns>Findings, record and unit, in total.</returns>
    public static int Run(string path, IComplianceEngine engine, DateTimeOffset asOf)
    {
        using var source = RecordSource.Open(path);
        var summary = ComplianceAudit.Run(engine, asOf, new RecordReader().Read(source));
        return (int)Enum.GetValues<Severity>().Sum(summary.Findings);
    }
}
