using Compliance.Rules.Auditing;
using Compliance.Rules.Auditing.Monitoring;
using Compliance.Rules.Engine;
using Compliance.Rules.Reading;
using Compliance.Synthetic;

namespace Compliance.Rules.Tests.Auditing;

/// <summary>
/// A host that keeps only what <see cref="MonitorReplay.Summarize"/> returns, and replays it later in
/// any order, gets the monitoring an audit of the same records gives; what cannot be a stored event
/// or stored count is refused; a replay runs once.
/// </summary>
public sealed class MonitorReplayTests
{
    private static readonly DateTimeOffset AsOf = new(2010, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly IComplianceEngine Engine = ComplianceEngine.CreateBuiltIn();

    [Fact]
    public void Replaying_what_was_kept_of_each_record_gives_the_monitoring_of_the_audit()
    {
        var records = SyntheticRecords.Generate(new GeneratorOptions { Records = 3000, Seed = 2009, Scenario = GeneratorScenario.Sapphire });
        var kept = new List<MonitoredRecord>();
        AuditSummary audited;
        using (var summarizing = new MonitorReplay(Engine.Pack, AsOf))
        {
            audited = ComplianceAudit.Run(Engine, AsOf, records, observer: new Keeping(summarizing, kept));
        }

        // Meaningful only if the audit has series and alerts to compare.
        Assert.Equal(3000, kept.Count);
        Assert.NotEmpty(audited.Monitoring.Alerts);

        // One record at a time, events in reverse order.
        using var perRecord = new MonitorReplay(Engine.Pack, AsOf);
        foreach (var record in kept)
        {
            perRecord.AddRecords(record.UnitId, record.UnitType, 1, record.IsRapeRecord ? 1 : 0);
        }

        foreach (var e in kept.SelectMany(r => r.Events).Reverse())
        {
            perRecord.AddEvent(e);
        }

        // Counts grouped by unit and type, as a store's query gives them, units in reverse order.
        using var grouped = new MonitorReplay(Engine.Pack, AsOf);
        foreach (var g in kept.GroupBy(r => (r.UnitId, r.UnitType)).OrderByDescending(g => g.Key.UnitId, StringComparer.Ordinal))
        {
            grouped.AddRecords(g.Key.UnitId, g.Key.UnitType, g.Count(), g.Count(r => r.IsRapeRecord));
        }

        foreach (var e in kept.SelectMany(r => r.Events))
        {
            grouped.AddEvent(e);
        }

        Assert.Equal(kept.Sum(r => r.Events.Count), perRecord.Events);
        AssertSame(audited.Monitoring, perRecord.Run());
        AssertSame(audited.Monitoring, grouped.Run());
    }

    [Fact]
    public void Events_after_the_as_of_instant_or_of_a_unit_never_added_are_left_out()
    {
        using var replay = new MonitorReplay(Engine.Pack, AsOf);
        var metric = MonitorMetrics.IndexOf(MonitorMetrics.RetractionGrounds);
        replay.AddRecords("UNIT-A", "CID", 3, 0);
        replay.AddEvent(new MonitorEvent("UNIT-A", metric, new DateTimeOffset(2009, 3, 2, 0, 0, 0, TimeSpan.Zero).UtcTicks, true, "CR-1", ""));
        replay.AddEvent(new MonitorEvent("UNIT-A", metric, new DateTimeOffset(2009, 3, 9, 0, 0, 0, TimeSpan.Zero).UtcTicks, false, "CR-2", ""));
        replay.AddEvent(new MonitorEvent("UNIT-A", metric, AsOf.UtcTicks, false, "CR-3", ""));
        replay.AddEvent(new MonitorEvent("UNIT-A", metric, AsOf.UtcTicks + 1, true, "CR-4", ""));
        replay.AddEvent(new MonitorEvent("UNIT-Z", metric, new DateTimeOffset(2009, 3, 2, 0, 0, 0, TimeSpan.Zero).UtcTicks, true, "CR-9", ""));

        var series = Assert.Single(replay.Run().Series);

        // By hand: March 2009 holds CR-1 (counted) and CR-2; January 2010 holds CR-3, at the as-of
        // instant exactly; CR-4, one tick later, and UNIT-Z, never added, are not monitored.
        Assert.Equal(("UNIT-A", MonitorMetrics.RetractionGrounds), (series.UnitId, series.Metric));
        Assert.Equal([("2009-03", 2L, 1L), ("2010-01", 1L, 0L)], series.Points.Select(p => (p.Period, p.Events, p.Count)));
    }

    [Fact]
    public void What_cannot_be_a_stored_event_or_count_is_refused()
    {
        using var replay = new MonitorReplay(Engine.Pack, AsOf);
        var at = new DateTimeOffset(2009, 3, 2, 0, 0, 0, TimeSpan.Zero).UtcTicks;

        Assert.Throws<ArgumentException>(() => replay.AddEvent(new MonitorEvent("UNIT-A", -1, at, true, "CR-1", "")));
        Assert.Throws<ArgumentException>(() => replay.AddEvent(new MonitorEvent("UNIT-A", MonitorMetrics.All.Count, at, true, "CR-1", "")));
        Assert.Throws<ArgumentException>(() => replay.AddEvent(default));
        Assert.Throws<ArgumentOutOfRangeException>(() => replay.AddRecords("UNIT-A", null, -1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => replay.AddRecords("UNIT-A", null, 2, 3));
        Assert.Equal(0, replay.Events);

        // At the edges: the last metric, and as many rape records as records.
        replay.AddEvent(new MonitorEvent("UNIT-A", MonitorMetrics.All.Count - 1, at, true, "CR-1", ""));
        replay.AddRecords("UNIT-A", null, 2, 2);
        Assert.Equal(1, replay.Events);
    }

    [Fact]
    public void A_replay_runs_once_and_then_refuses_more()
    {
        using var replay = new MonitorReplay(Engine.Pack, AsOf);
        replay.AddRecords("UNIT-A", null, 1, 0);

        var first = replay.Run();

        Assert.Same(first, replay.Run());
        Assert.Throws<InvalidOperationException>(() => replay.AddRecords("UNIT-A", null, 1, 0));
        Assert.Throws<InvalidOperationException>(() => replay.AddEvent(new MonitorEvent("UNIT-A", 0, AsOf.UtcTicks, true, "CR-1", "")));
    }

    private static void AssertSame(MonitorResult expected, MonitorResult actual)
    {
        static IEnumerable<(string, string, MonitorPeriod, string, long, long, double?)> Points(MonitorResult r) =>
            r.Series.SelectMany(s => s.Points.Select(p => (s.UnitId, s.Metric, s.Period, p.Period, p.Events, p.Count, p.Baseline)));

        Assert.Equal(Points(expected), Points(actual));
        Assert.Equal(expected.Alerts, actual.Alerts);
        Assert.Equal(expected.Detectors, actual.Detectors);
    }

    private sealed class Keeping(MonitorReplay replay, List<MonitoredRecord> kept) : IAuditObserver
    {
        public void Evaluated(AuditedRecord record) => kept.Add(replay.Summarize(record));

        public void Rejected(Rejection rejection)
        {
        }
    }
}
