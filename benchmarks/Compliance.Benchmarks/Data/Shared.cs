using System.Collections.Concurrent;
using Compliance.Rules.Engine;
using Compliance.Rules.Records;

namespace Compliance.Benchmarks.Data;

/// <summary>
/// Records and engines built once per process and shared by the benchmark cases that only read
/// them. BenchmarkDotNet runs a case's global setup for every case; in-process runs (the dry CI
/// run) would otherwise generate the same records and compile the same pack again and again.
/// </summary>
public static class Shared
{
    private static readonly ConcurrentDictionary<int, CrimeRecord[]> Generated = new();
    private static readonly Lazy<IComplianceEngine> BuiltInEngine = new(() => ComplianceEngine.Create(BenchmarkPacks.LoadBuiltIn()));

    /// <summary>
    /// Set <c>COMPLIANCE_BENCH_SMOKE=1</c> to shrink the largest inputs (the analyzer host, the
    /// 10 000-record batch) for a smoke run whose figures mean nothing but which proves every suite works.
    /// </summary>
    public static bool Smoke { get; } = Environment.GetEnvironmentVariable("COMPLIANCE_BENCH_SMOKE") == "1";

    /// <summary>The built-in pack's engine.</summary>
    public static IComplianceEngine BuiltIn => BuiltInEngine.Value;

    /// <summary><paramref name="count"/> generated Sapphire-scenario records (the same array for the same count).</summary>
    /// <param name="count">How many.</param>
    /// <returns>The records; do not modify.</returns>
    public static CrimeRecord[] Records(int count) => Generated.GetOrAdd(count, c => BenchmarkRecords.Generate(c));
}
