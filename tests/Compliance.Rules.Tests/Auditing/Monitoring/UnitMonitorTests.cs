using Compliance.Rules.Auditing;
using Compliance.Rules.Auditing.Monitoring;
using Compliance.Rules.Auditing.Tallies;

namespace Compliance.Rules.Tests.Auditing.Monitoring;

/// <summary>The detectors on hand-built event streams.</summary>
public sealed class UnitMonitorTests
{
    private const double CountedWeight = 0.597837; // ln(p1/p0) at p0 = 0.1, k = 2 (see CusumCalibrationTests)

    private static readonly DateTimeOffset Start = new(2009, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private static MonitorEvent Event(string unit, DateTimeOffset at, bool counted, string id, string metric = MonitorMetrics.RapeAttrition) =>
        new(unit, MonitorMetrics.IndexOf(metric), at.UtcTicks, counted, id, "");

    private static MonitorResult Run(IEnumerable<MonitorEvent> events, MonitorSettings settings, params string[] units) =>
        UnitMonitor.Run([.. events.Order(MonitorEvent.Order)], [.. units.Select(u => new UnitTally(u))], settings);

    // 120 days of uncounted reports keep S at 0 (each weight is negative). Then every report is lost:
    // S grows by 0.597837 a day, so the first alarm comes on the first day S exceeds h — the statistic
    // is above h, and one report earlier it was not. The onset is the first lost report, every event
    // since it is counted (rate 1), the baseline is the benchmark, and after the alarm S restarts:
    // the next alert's onset is the day after. All alerts within 90 days are one episode.
    [Fact]
    public void A_sustained_rise_alarms_with_its_onset_and_restarts()
    {
        var events = Enumerable.Range(0, 120).Select(d => Event("S", Start.AddDays(d), false, $"R{d:D3}"))
            .Concat(Enumerable.Range(120, 30).Select(d => Event("S", Start.AddDays(d), true, $"R{d:D3}")));
        var settings = new MonitorSettings { Benchmarks = new Dictionary<string, double> { [MonitorMetrics.RapeAttrition] = 0.1 } };

        var alerts = Run(events, settings, "S").Alerts;

        var first = alerts[0];
        Assert.Equal(Start.AddDays(120), first.OnsetEstimate);
        Assert.True(first.Statistic > first.Threshold);
        Assert.True(first.Statistic - CountedWeight <= first.Threshold);
        Assert.Equal((first.Events, 1.0, 0.1), (first.Count, first.RateSinceOnset, first.Baseline));
        var perAlert = (int)first.Events;
        Assert.Equal(Start.AddDays(120 + perAlert - 1), first.AlarmAt);
        Assert.Equal(30 / perAlert, alerts.Count);
        Assert.Equal(first.AlarmAt.AddDays(1), alerts[1].OnsetEstimate);
        Assert.All(alerts, a => Assert.Equal($"S/rape-attrition/{first.AlarmAt:yyyy-MM-dd}", a.EpisodeId));
    }

    // Peers' baseline: A's 29 reports of 2008 (3 lost) are too few (< 30): S's first report is paused
    // (no baseline). After A's 30th report, 3/30 = 0.1. A report of A more than 365 days earlier does
    // not count.
    [Fact]
    public void The_detector_pauses_below_thirty_peer_events_in_the_year_before()
    {
        var peer = Enumerable.Range(0, 29).Select(d => Event("A", new DateTimeOffset(2008, 6, 1, 0, 0, 0, TimeSpan.Zero).AddDays(d), d < 3, $"A{d:D2}"))
            .Append(Event("A", new DateTimeOffset(2007, 12, 1, 0, 0, 0, TimeSpan.Zero), true, "A-OLD"))
            .Append(Event("A", new DateTimeOffset(2009, 2, 1, 0, 0, 0, TimeSpan.Zero), false, "A29"));
        var unit = new[] { Event("S", new DateTimeOffset(2009, 1, 10, 0, 0, 0, TimeSpan.Zero), false, "S1"), Event("S", new DateTimeOffset(2009, 3, 10, 0, 0, 0, TimeSpan.Zero), false, "S2") };

        var result = Run(peer.Concat(unit), new MonitorSettings(), "A", "S");

        var series = result.Series.Single(s => s.UnitId == "S");
        Assert.Equal([("2009-01", 1L, 0L, (double?)null), ("2009-03", 1L, 0L, 0.1)], series.Points.Select(p => (p.Period, p.Events, p.Count, p.Baseline)));
        Assert.Empty(result.Alerts);
    }

    // Events after the as-of instant are ignored; series points are per period with events only.
    [Fact]
    public void Events_after_the_as_of_instant_are_ignored()
    {
        var events = new[]
        {
            Event("S", new DateTimeOffset(2009, 1, 5, 0, 0, 0, TimeSpan.Zero), true, "S1"),
            Event("S", new DateTimeOffset(2009, 3, 5, 0, 0, 0, TimeSpan.Zero), false, "S2"),
            Event("S", new DateTimeOffset(2009, 6, 5, 0, 0, 0, TimeSpan.Zero), true, "S3"),
        };

        var result = Run(events, new MonitorSettings { AsOf = new DateTimeOffset(2009, 6, 1, 0, 0, 0, TimeSpan.Zero) }, "S");

        Assert.Equal(["2009-01", "2009-03"], result.Series.Single().Points.Select(p => p.Period));
    }

    // Europe/London periods: 2009-03-31T23:30Z is 00:30 BST on 1 April; 2008-12-29 (a Monday) is in ISO
    // week 2009-W01; 2010-01-03 (a Sunday) in 2009-W53.
    [Theory]
    [InlineData("2009-03-31T23:30:00Z", MonitorPeriod.Month, "2009-04")]
    [InlineData("2009-01-31T23:30:00Z", MonitorPeriod.Month, "2009-01")]
    [InlineData("2008-12-29T00:00:00Z", MonitorPeriod.Week, "2009-W01")]
    [InlineData("2010-01-03T12:00:00Z", MonitorPeriod.Week, "2009-W53")]
    [InlineData("2010-01-03T23:30:00Z", MonitorPeriod.Week, "2009-W53")]
    [InlineData("2009-06-28T23:30:00Z", MonitorPeriod.Week, "2009-W27")]
    public void Periods_follow_the_London_calendar(string at, MonitorPeriod period, string label)
    {
        Assert.Equal(label, PeriodLabels.Of(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture), period));
    }

    [Fact]
    public void The_spool_sorts_beyond_its_memory_budget_as_in_memory()
    {
        var random = new Random(5);
        var events = Enumerable.Range(0, 40).Select(i => new MonitorEvent($"U{random.Next(3)}", random.Next(5), Start.AddHours(random.Next(20)).UtcTicks, random.Next(2) == 0, $"R{random.Next(10)}", i % 3 == 0 ? $"ST{i}" : "")).ToArray();
        using var spool = new MonitorEventSpool(memoryBudget: 7);
        foreach (var e in events)
        {
            spool.Add(e);
        }

        Assert.Equal(5, spool.SpilledRuns);
        var expected = events.Order(MonitorEvent.Order).ToArray();
        Assert.Equal(expected, spool.Sorted());
        Assert.Equal(expected, spool.Sorted());
    }
}
