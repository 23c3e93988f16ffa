using System.Globalization;
using Compliance.Rules.Calendar;

namespace Compliance.Rules.Auditing.Monitoring;

/// <summary>
/// Sums the monitor's events into each unit's series, one point per metric and period, and gives
/// them back in the report's order: by unit id, then metric id, then period label (ordinal
/// comparisons throughout).
/// </summary>
/// <remarks>
/// A unit's events of one metric arrive in event-date order (the detectors' order,
/// <see cref="MonitorEvent.Order"/>), so each lands in the unit's last point or opens the next:
/// no label is written and no lookup made per event, only one label per point at the end. Keyed
/// before by (unit, metric, label) in a sorted dictionary, with a label written for every event,
/// this was a fifth of the detectors' time on 200 000 records (docs/benchmarks.md). Months and ISO
/// weeks are numbered in date order, which is also their labels' ordinal order
/// (<c>yyyy-MM</c>, <c>yyyy-Www</c>, four-digit years), so the order of the report is unchanged.
/// </remarks>
internal sealed class SeriesBuilder
{
    private readonly IReadOnlyList<string> _unitIds;
    private readonly MonitorPeriod _period;
    private readonly List<Point>?[,] _points;

    /// <summary>Creates an empty builder.</summary>
    /// <param name="unitIds">The units, in ordinal order of their ids (the index of each is its unit number).</param>
    /// <param name="period">Month or ISO week.</param>
    public SeriesBuilder(IReadOnlyList<string> unitIds, MonitorPeriod period)
    {
        _unitIds = unitIds;
        _period = period;
        _points = new List<Point>?[unitIds.Count, MonitorMetrics.All.Count];
    }

    /// <summary>Adds one event (cheapest when a unit's events of a metric come in event-date order).</summary>
    /// <param name="unit">The unit's number.</param>
    /// <param name="e">The event.</param>
    /// <param name="baseline">The event's baseline, if it has one.</param>
    public void Add(int unit, in MonitorEvent e, double? baseline)
    {
        var points = _points[unit, e.Metric] ??= [];
        var number = Number(e.At);
        if (points.Count > 0 && points[^1].Number == number)
        {
            points[^1].Add(e.Counted, baseline);
            return;
        }

        // Past the last point (always, in the detectors' order); an event out of order still finds
        // or opens its own period's point, so the sums never depend on the order.
        var at = points.Count;
        while (at > 0 && points[at - 1].Number > number)
        {
            at--;
        }

        if (at > 0 && points[at - 1].Number == number)
        {
            points[at - 1].Add(e.Counted, baseline);
            return;
        }

        var point = new Point(number, e.At);
        point.Add(e.Counted, baseline);
        points.Insert(at, point);
    }

    /// <summary>The series, by unit id, then metric id (ordinal), each with its points in period order.</summary>
    /// <returns>One series per unit and metric that had events.</returns>
    public UnitSeries[] Build()
    {
        var metrics = Enumerable.Range(0, MonitorMetrics.All.Count).OrderBy(m => MonitorMetrics.All[m], StringComparer.Ordinal).ToArray();
        var series = new List<UnitSeries>();
        for (var unit = 0; unit < _unitIds.Count; unit++)
        {
            foreach (var metric in metrics)
            {
                if (_points[unit, metric] is { } points)
                {
                    series.Add(new UnitSeries(_unitIds[unit], MonitorMetrics.All[metric], _period,
                        [.. points.Select(p => new SeriesPoint(PeriodLabels.Of(p.First, _period), p.Events, p.Count, p.MeanBaseline))]));
                }
            }
        }

        return [.. series];
    }

    /// <summary>The period's number, in date order: months as year × 12 + month − 1, ISO weeks as ISO year × 64 + week.</summary>
    private int Number(DateTimeOffset at)
    {
        var date = WorkingDayCalendar.LondonDate(at);
        if (_period == MonitorPeriod.Month)
        {
            return (date.Year * 12) + date.Month - 1;
        }

        var day = date.ToDateTime(TimeOnly.MinValue);
        return (ISOWeek.GetYear(day) * 64) + ISOWeek.GetWeekOfYear(day);
    }

    private sealed class Point(int number, DateTimeOffset first)
    {
        private long _withBaseline;
        private double _baselineSum;

        /// <summary>The period's number.</summary>
        public int Number { get; } = number;

        /// <summary>The date of an event in the period (its label is written from it).</summary>
        public DateTimeOffset First { get; } = first;

        public long Events { get; private set; }

        public long Count { get; private set; }

        public double? MeanBaseline => _withBaseline > 0 ? Math.Round(_baselineSum / _withBaseline, 4) : null;

        public void Add(bool counted, double? baseline)
        {
            Events++;
            Count += counted ? 1 : 0;
            if (baseline is { } rate)
            {
                _withBaseline++;
                _baselineSum += rate;
            }
        }
    }
}
