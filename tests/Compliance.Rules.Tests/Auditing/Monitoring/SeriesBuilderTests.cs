using Compliance.Rules.Auditing.Monitoring;

namespace Compliance.Rules.Tests.Auditing.Monitoring;

/// <summary>
/// The series points: one per unit, metric and London-calendar period, labelled as the report writes
/// them, in the report's order, whatever order the events come in.
/// </summary>
public sealed class SeriesBuilderTests
{
    private static MonitorEvent Event(string unit, DateTimeOffset at, bool counted, string metric = MonitorMetrics.RapeAttrition) =>
        new(unit, MonitorMetrics.IndexOf(metric), at.UtcTicks, counted, "R", "");

    private static DateTimeOffset Utc(int year, int month, int day, int hour = 12, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    private static UnitSeries[] Build(MonitorPeriod period, string[] units, params (MonitorEvent Event, double? Baseline)[] events)
    {
        var builder = new SeriesBuilder(units, period);
        foreach (var (e, baseline) in events)
        {
            builder.Add(Array.IndexOf(units, e.UnitId), e, baseline);
        }

        return builder.Build();
    }

    // 30 June 2009 23:30 UTC is 1 July 00:30 in London (BST): it belongs to July. Baselines are
    // averaged over the events that have one (June: 0.1 and 0.3 → 0.2; July: none).
    [Fact]
    public void Months_follow_the_London_calendar_and_average_the_baselines_they_have()
    {
        var series = Build(MonitorPeriod.Month, ["U"],
            (Event("U", Utc(2009, 6, 1), true), 0.1),
            (Event("U", Utc(2009, 6, 30, 22, 59), false), 0.3),
            (Event("U", Utc(2009, 6, 30, 23, 30), true), null));

        var points = Assert.Single(series).Points;
        Assert.Equal([new SeriesPoint("2009-06", 2, 1, 0.2), new SeriesPoint("2009-07", 1, 1, null)], points);
    }

    // Sunday 28 Dec 2008 is ISO 2008-W52; Monday 29 Dec 2008 starts ISO 2009-W01, which runs to
    // Sunday 4 Jan 2009; Monday 5 Jan is 2009-W02.
    [Fact]
    public void Iso_weeks_cross_the_year_as_the_calendar_does()
    {
        var series = Build(MonitorPeriod.Week, ["U"],
            (Event("U", Utc(2008, 12, 28), true), null),
            (Event("U", Utc(2008, 12, 29), false), null),
            (Event("U", Utc(2009, 1, 4), true), null),
            (Event("U", Utc(2009, 1, 5), false), null));

        var points = Assert.Single(series).Points;
        Assert.Equal(["2008-W52", "2009-W01", "2009-W02"], points.Select(p => p.Period));
        Assert.Equal([1L, 2L, 1L], points.Select(p => p.Events));
        Assert.Equal([1L, 1L, 0L], points.Select(p => p.Count));
    }

    [Fact]
    public void Events_out_of_date_order_give_the_same_points()
    {
        (MonitorEvent, double?)[] inOrder =
        [
            (Event("U", Utc(2009, 1, 10), true), 0.5),
            (Event("U", Utc(2009, 2, 10), false), 0.25),
            (Event("U", Utc(2009, 2, 11), true), null),
            (Event("U", Utc(2009, 4, 1), true), 0.75),
        ];
        (MonitorEvent, double?)[] shuffled = [inOrder[3], inOrder[1], inOrder[0], inOrder[2]];

        var expected = Build(MonitorPeriod.Month, ["U"], inOrder);
        var actual = Build(MonitorPeriod.Month, ["U"], shuffled);

        Assert.Equal(
            [new SeriesPoint("2009-01", 1, 1, 0.5), new SeriesPoint("2009-02", 2, 1, 0.25), new SeriesPoint("2009-04", 1, 1, 0.75)],
            expected[0].Points);
        Assert.Equal(expected[0].Points, actual[0].Points);
    }

    // Units in the order given (ordinal order of their ids), then metric ids in ordinal order:
    // police-initiated-retraction < rape-attrition < specialist-first.
    [Fact]
    public void Series_come_by_unit_then_metric_id()
    {
        var series = Build(MonitorPeriod.Month, ["A", "B"],
            (Event("B", Utc(2009, 1, 1), true, MonitorMetrics.SpecialistFirst), null),
            (Event("B", Utc(2009, 1, 1), true, MonitorMetrics.RapeAttrition), null),
            (Event("A", Utc(2009, 1, 1), true, MonitorMetrics.SpecialistFirst), null),
            (Event("B", Utc(2009, 1, 1), true, MonitorMetrics.PoliceInitiatedRetraction), null));

        Assert.Equal(
            [("A", "specialist-first"), ("B", "police-initiated-retraction"), ("B", "rape-attrition"), ("B", "specialist-first")],
            series.Select(s => (s.UnitId, s.Metric)));
    }
}
