using Compliance.Rules.Auditing.Monitoring;

namespace Compliance.Rules.Tests.Auditing.Monitoring;

/// <summary>
/// <see cref="MonitorEventSort"/>: the detectors' order (metric, instant, record, item, unit,
/// counted) — worked by hand on small cases, and the same as the comparer's sort on noisy events
/// where many share a metric and an instant.
/// </summary>
public sealed class MonitorEventSortTests
{
    private const long Day = TimeSpan.TicksPerDay;
    private static readonly long Start = new DateTime(2009, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    [Fact]
    public void TheMetricComesBeforeTheInstantAndTheRecordDecidesBetweenEventsOfOneInstant()
    {
        MonitorEvent[] events =
        [
            new("U1", 1, Start, true, "CR-1", "i"),
            new("U1", 0, Start + (2 * Day), false, "CR-2", "i"),
            new("U1", 0, Start + Day, true, "CR-9", "i"),
            new("U1", 0, Start + Day, true, "CR-3", "i"),
            new("U2", 0, Start + Day, false, "CR-3", "h"),
        ];

        MonitorEventSort.Sort(events);

        // Metric 0 first: day 1 (CR-3 item h, CR-3 item i, CR-9), then day 2; metric 1 last though its instant is earliest.
        Assert.Equal(
            [("U2", 0, Start + Day, "CR-3", "h"), ("U1", 0, Start + Day, "CR-3", "i"), ("U1", 0, Start + Day, "CR-9", "i"), ("U1", 0, Start + (2 * Day), "CR-2", "i"), ("U1", 1, Start, "CR-1", "i")],
            events.Select(e => (e.UnitId, e.Metric, e.AtUtcTicks, e.RecordId, e.ItemId)));
    }

    [Fact]
    public void TheUnitAndThenTheFlagDecideWhenEverythingElseIsShared()
    {
        MonitorEvent[] events =
        [
            new("U2", 2, Start, false, "CR-1", "i"),
            new("U1", 2, Start, true, "CR-1", "i"),
            new("U1", 2, Start, false, "CR-1", "i"),
        ];

        MonitorEventSort.Sort(events);

        Assert.Equal([("U1", false), ("U1", true), ("U2", false)], events.Select(e => (e.UnitId, e.Counted)));
    }

    [Fact]
    public void NoisyEventsComeOutAsTheComparersSortPutsThem()
    {
        var random = new Random(20261205);
        var events = new List<MonitorEvent>();
        for (var i = 0; i < 6_000; i++)
        {
            if (i > 0 && random.Next(20) == 0)
            {
                events.Add(events[random.Next(events.Count)]); // exact repeats
                continue;
            }

            // A few instants shared by many events (the ties the whole order must settle), and noise.
            var ticks = random.Next(3) == 0 ? Start + (random.Next(5) * Day) : Start + random.NextInt64(400 * Day);
            events.Add(new MonitorEvent($"U{random.Next(4)}", random.Next(5), ticks, random.Next(2) == 0, $"CR-{random.Next(40)}", $"item-{random.Next(3)}"));
        }

        var expected = events.ToList();
        expected.Sort(MonitorEvent.Order);
        var sorted = events.ToArray();

        MonitorEventSort.Sort(sorted);

        Assert.Equal(expected, sorted);
    }

    [Fact]
    public void AMetricOutsideTheKnownPositionsStillSortsByTheWholeOrder()
    {
        MonitorEvent[] events =
        [
            new("U1", 64, Start, true, "CR-1", "i"),
            new("U1", -1, Start + Day, true, "CR-2", "i"),
            new("U1", 3, Start, true, "CR-3", "i"),
        ];

        MonitorEventSort.Sort(events);

        Assert.Equal([-1, 3, 64], events.Select(e => e.Metric));
    }

    [Fact]
    public void NoEventsOrOneEventIsLeftAsItIs()
    {
        MonitorEvent[] one = [new("U1", 0, Start, true, "CR-1", "i")];
        var copy = one[0];

        MonitorEventSort.Sort(Span<MonitorEvent>.Empty);
        MonitorEventSort.Sort(one);

        Assert.Equal(copy, one[0]);
    }
}
