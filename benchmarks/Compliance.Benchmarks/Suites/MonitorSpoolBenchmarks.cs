using BenchmarkDotNet.Attributes;
using Compliance.Benchmarks.Data;
using Compliance.Rules.Auditing.Monitoring;

namespace Compliance.Benchmarks.Suites;

/// <summary>
/// The detectors' events sorted as a large audit sorts them: every event added to the spool, then
/// the sorted sequence read through once (the detectors read it twice). Held in memory (the
/// baseline) against spilled to disk in sorted runs and merged back, as an audit of more than about
/// 100 000 records does. Per-event times: a cost per event on reading a run back (once, a system
/// call for the file's length) shows here as the spilled road drifting away from the baseline.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory(Categories.Pipeline)]
[MaxIterationCount(20)]
public class MonitorSpoolBenchmarks
{
    private const int Events = 200_000;

    // The dry run (CI) only proves the road works: a few runs of a small spool.
    private static int Count => Shared.Smoke ? 2_000 : Events;

    private static int SpilledBudget => Count / 12;

    private MonitorEvent[] _events = [];

    [GlobalSetup]
    public void Setup()
    {
        // Two years of events over 43 units and every metric; some events carry a statement id.
        // The random seed is fixed, so every run sorts the same events.
        var random = new Random(17);
        var start = new DateTimeOffset(2008, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks;
        _events = new MonitorEvent[Count];
        for (var i = 0; i < _events.Length; i++)
        {
            var ticks = start + (long)(random.NextDouble() * TimeSpan.FromDays(730).Ticks);
            _events[i] = new MonitorEvent(
                $"U{random.Next(43):D2}",
                random.Next(MonitorMetrics.All.Count),
                ticks,
                random.Next(4) == 0,
                $"CR-{random.Next(10_000_000):D7}",
                random.Next(3) == 0 ? $"ST-{random.Next(100)}" : "");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Events)]
    public long InMemory() => SortAndRead(Count + 1);

    [Benchmark(OperationsPerInvoke = Events)]
    public long Spilled() => SortAndRead(SpilledBudget);

    private long SortAndRead(int memoryBudget)
    {
        using var spool = new MonitorEventSpool(memoryBudget);
        foreach (var e in _events)
        {
            spool.Add(e);
        }

        var checksum = 0L;
        foreach (var e in spool.Sorted())
        {
            checksum += e.AtUtcTicks & 0xFF;
        }

        return checksum;
    }
}
