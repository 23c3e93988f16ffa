using BenchmarkDotNet.Attributes;
using Compliance.Rules.Records;

namespace Compliance.Benchmarks.Suites;

/// <summary>Cost of parsing one record (the floor under every audit).</summary>
[MemoryDiagnoser]
[BenchmarkCategory(Categories.Parsing)]
public class RecordParsingBenchmarks
{
    private byte[] _json = [];

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "example-record.json");
        _json = File.ReadAllBytes(path);
    }

    [Benchmark]
    public CrimeRecord ParseExampleRecord() => RecordJson.Parse(_json);
}
