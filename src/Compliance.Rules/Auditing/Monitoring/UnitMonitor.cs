using Compliance.Rules.Auditing.Tallies;
using Compliance.Rules.Calendar;

namespace Compliance.Rules.Auditing.Monitoring;

/// <summary>
/// Monitoring over time: each unit's metrics by period, and for each unit and metric a Bernoulli
/// CUSUM over the unit's events in event-date order that alerts soon after the unit's rate rises
/// above its peers'. Pure: the same events, tallies and settings give the same result; it never reads
/// the clock.
/// </summary>
/// <remarks>
/// Two passes over the sorted events. The first computes every event's baseline (its peers' pooled
/// rate over the year before it), the series, and each detector's mean baseline and event rate, from
/// which its threshold h follows (<see cref="CusumCalibration"/>: in-control run length of
/// <see cref="MonitorSettings.ArlYears"/> years of the unit's events). The second runs the CUSUMs.
/// </remarks>
internal static class UnitMonitor
{
    private const double TicksPerYear = TimeSpan.TicksPerDay * 365.2425;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(double, double, double, double), double> Thresholds = new();

    /// <summary>Runs the detectors.</summary>
    /// <param name="sortedEvents">The events in <see cref="MonitorEvent.Order"/>; enumerated twice.</param>
    /// <param name="units">The unit tallies of the same input (their types and rape records choose the peers).</param>
    /// <param name="settings">The settings.</param>
    /// <returns>Series, alerts and detector set-ups.</returns>
    public static MonitorResult Run(IEnumerable<MonitorEvent> sortedEvents, IReadOnlyList<UnitTally> units, MonitorSettings settings) =>
        Run(sortedEvents, units, settings, []);

    /// <summary>Runs the detectors, the <c>unanswered-incident</c> ones among incident units.</summary>
    /// <param name="sortedEvents">The events in <see cref="MonitorEvent.Order"/>; enumerated twice.</param>
    /// <param name="units">The unit tallies of the records (their types and rape records choose the peers of the record metrics).</param>
    /// <param name="settings">The settings.</param>
    /// <param name="incidentUnits">The incident units (they choose the peers of <c>unanswered-incident</c>, as AUDIT-007 does).</param>
    /// <returns>Series, alerts and detector set-ups.</returns>
    internal static MonitorResult Run(IEnumerable<MonitorEvent> sortedEvents, IReadOnlyList<UnitTally> units, MonitorSettings settings, IReadOnlyList<IncidentUnitTally> incidentUnits)
    {
        ArgumentNullException.ThrowIfNull(sortedEvents);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(incidentUnits);
        var unitIds = units.Select(u => u.UnitId).Union(incidentUnits.Select(u => u.UnitId), StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var index = unitIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        var metrics = MonitorMetrics.All.Count;

        // Peers per metric and unit: the record metrics compare record units as AUDIT-002 and
        // AUDIT-006 do, unanswered-incident compares incident units as AUDIT-007 does; a unit that is
        // not of the metric's kind has no peers (it has no events of that metric either).
        var tallies = units.OrderBy(u => u.UnitId, StringComparer.Ordinal).ToArray();
        var recordPeers = tallies.ToDictionary(t => t.UnitId, t => PeerGroup.Choose(t, tallies), StringComparer.Ordinal);
        var incidentPeers = incidentUnits.ToDictionary(u => u.UnitId, u => u.Peers(incidentUnits, settings.IncidentPeerMinEvents), StringComparer.Ordinal);
        var sources = new string?[metrics, unitIds.Count];
        var peers = new int[metrics][][];
        for (var m = 0; m < metrics; m++)
        {
            peers[m] = new int[unitIds.Count][];
            for (var i = 0; i < unitIds.Count; i++)
            {
                (string Source, IReadOnlyList<string> UnitIds)? group = m == MonitorMetrics.UnansweredIncidentIndex
                    ? incidentPeers.TryGetValue(unitIds[i], out var g) ? g : null
                    : recordPeers.TryGetValue(unitIds[i], out var r) ? (r.Source, r.UnitIds) : null;
                sources[m, i] = group?.Source;
                peers[m][i] = group is { } chosen ? [.. chosen.UnitIds.Select(id => index[id])] : [];
            }
        }

        var asOfTicks = settings.AsOf.UtcTicks;

        // Pass 1: baselines, series and detector statistics.
        var stats = new DetectorStats[unitIds.Count, metrics];
        var series = new SeriesBuilder(unitIds, settings.Period);
        Sweep(sortedEvents, index, peers, settings, asOfTicks, (e, unit, p0, peerEvents) =>
        {
            ref var s = ref stats[unit, e.Metric];
            s.Add(e.AtUtcTicks, p0, peerEvents);
            series.Add(unit, e, p0);
        });

        var thresholds = new double?[unitIds.Count, metrics];
        CalibrateInParallel(stats, settings, thresholds);
        var detectors = new List<DetectorInfo>();
        foreach (var (unit, i) in unitIds.Select((u, i) => (u, i)))
        {
            for (var m = 0; m < metrics; m++)
            {
                var s = stats[i, m];
                if (s.Events == 0)
                {
                    continue;
                }

                var perYear = PerYear(s);
                double? meanBaseline = s.WithBaseline > 0 ? s.BaselineSum / s.WithBaseline : null;

                var source = settings.Benchmarks.ContainsKey(MonitorMetrics.All[m]) ? PeerGroup.BenchmarkSource : sources[m, i] ?? PeerGroup.AllOtherUnitsSource;
                detectors.Add(new DetectorInfo(unit, MonitorMetrics.All[m], source, s.Events, perYear, meanBaseline, thresholds[i, m]));
            }
        }

        // Pass 2: the CUSUMs.
        var states = new CusumState[unitIds.Count, metrics];
        var alerts = new List<MonitorAlert>();
        Sweep(sortedEvents, index, peers, settings, asOfTicks, (e, unit, p0, _) =>
        {
            ref var state = ref states[unit, e.Metric];
            if (thresholds[unit, e.Metric] is not { } h)
            {
                return;
            }

            state.Span ??= [];
            if (state.Statistic == 0)
            {
                state.Span.Clear();
            }

            if (p0 is not { } rate)
            {
                state.Span.Add(new SpanEvent(e.AtUtcTicks, e.Counted, double.NaN, state.Statistic));
                return; // paused: S unchanged
            }

            var (counted, notCounted) = CusumCalibration.Weights(rate, settings.OddsRatio);
            state.Statistic = Math.Max(0, state.Statistic + (e.Counted ? counted : notCounted));
            state.Span.Add(new SpanEvent(e.AtUtcTicks, e.Counted, rate, state.Statistic));
            if (state.Statistic > h)
            {
                var metric = MonitorMetrics.All[e.Metric];
                if (state.EpisodeId is null || e.AtUtcTicks - state.LastAlarmTicks > TimeSpan.FromDays(MonitorSettings.EpisodeDays).Ticks)
                {
                    state.EpisodeId = $"{e.UnitId}/{metric}/{WorkingDayCalendar.LondonDate(e.At):yyyy-MM-dd}";
                }

                var start = OnsetEstimator.Start(state.Span, settings.Onset, h);
                var events = state.Span.Count - start;
                var count = 0L;
                for (var j = start; j < state.Span.Count; j++)
                {
                    count += state.Span[j].Counted ? 1 : 0;
                }

                var (low, high) = Proportions.WilsonInterval(count, events, 0.95);
                alerts.Add(new MonitorAlert(e.UnitId, metric, state.EpisodeId, e.At, new DateTimeOffset(state.Span[start].Ticks, TimeSpan.Zero), rate,
                    count / (double)events, low, high, events, count, state.Statistic, h));
                state.LastAlarmTicks = e.AtUtcTicks;
                state.Statistic = 0;
            }
        });

        var seriesList = series.Build();
        var ordered = alerts.OrderBy(a => a.AlarmAt).ThenBy(a => a.UnitId, StringComparer.Ordinal).ThenBy(a => a.Metric, StringComparer.Ordinal).ToArray();
        return new MonitorResult(seriesList, ordered,
            [.. detectors.OrderBy(d => d.UnitId, StringComparer.Ordinal).ThenBy(d => d.Metric, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// h for a baseline and a target run length. The inputs are rounded first — the baseline to three
    /// significant digits, the target up to two — so thresholds are shared between detectors and runs
    /// (a threshold costs up to 15 banded solves); rounding the target up keeps the run length at least
    /// the one asked for.
    /// </summary>
    private static double PerYear(DetectorStats s) => s.Events / (Math.Max(s.LastTicks - s.FirstTicks, TimeSpan.TicksPerDay * 30) / TicksPerYear);

    /// <summary>
    /// The threshold of every detector with a baseline, computed on all cores: each is a pure function
    /// of its rate and target (so the order does not matter and the result is the same), and together
    /// they were a tenth of a 200 000-record audit's time on one thread at its very end, while the
    /// reading thread's core sat idle (docs/benchmarks.md).
    /// </summary>
    private static void CalibrateInParallel(DetectorStats[,] stats, MonitorSettings settings, double?[,] thresholds)
    {
        var wanted = new List<(int Unit, int Metric, double P0, double Target, double BaselineEvents)>();
        for (var i = 0; i < stats.GetLength(0); i++)
        {
            for (var m = 0; m < stats.GetLength(1); m++)
            {
                var s = stats[i, m];
                if (s.Events > 0 && s.WithBaseline > 0)
                {
                    // Peer baselines are estimates: the threshold allows for their error (when switched on),
                    // judged from the mean number of peer events behind them (a policy benchmark is exact).
                    var baselineEvents = settings.AllowForBaselineError && s.WithPeerBaseline > 0
                        ? s.PeerEventsSum / s.WithPeerBaseline
                        : double.PositiveInfinity;
                    wanted.Add((i, m, s.BaselineSum / s.WithBaseline, settings.ArlYears * PerYear(s), baselineEvents));
                }
            }
        }

        var values = new double[wanted.Count];
        // One solve per core at most: each holds a banded matrix of up to a few MB on the large-object
        // heap, and the thread pool may otherwise run more solves at once than there are cores. The
        // largest first, so that the solves after them reuse their bands (see BandBuffers): the
        // calibration of a 200 000-record audit 116–149 → 105–142 ms (4 alternated runs each), the
        // peak memory of a 6.6 M-record audit 182 → 160 MB.
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        var order = Enumerable.Range(0, wanted.Count).OrderByDescending(k => CusumCalibration.FirstBandLength(wanted[k].P0, settings.OddsRatio, wanted[k].Target)).ThenBy(k => k).ToArray();
        var buffers = new BandBuffers();
        Parallel.For(0, order.Length, options, i =>
        {
            var k = order[i];
            values[k] = ThresholdFor(wanted[k].P0, settings.OddsRatio, wanted[k].Target, wanted[k].BaselineEvents, buffers);
        });
        for (var k = 0; k < wanted.Count; k++)
        {
            thresholds[wanted[k].Unit, wanted[k].Metric] = values[k];
        }
    }

    internal static double ThresholdFor(double p0, double oddsRatio, double targetEvents, double baselineEvents = double.PositiveInfinity, BandBuffers? buffers = null)
    {
        // Fewer baseline events mean a wider error and a higher threshold, so that count is rounded
        // down (one significant digit: 720 → 700, 96 → 90); an estimated baseline is rounded to two
        // digits (its own error is 10% or more). Coarse keys share thresholds: one allowing for the
        // error costs three solves per trial instead of one.
        var exact = double.IsPositiveInfinity(baselineEvents);
        var events = exact ? baselineEvents : FloorSignificant(Math.Max(baselineEvents, 1), 1);
        var key = (Significant(p0, exact ? 3 : 2), CeilingSignificant(Math.Max(targetEvents, 1), 2), oddsRatio, events);
        return Thresholds.GetOrAdd(key, static (k, buffers) => CusumCalibration.Threshold(k.Item1, k.Item3, k.Item2, k.Item4, buffers), buffers);
    }

    private static double FloorSignificant(double value, int digits)
    {
        var scale = Math.Pow(10, digits - 1 - (int)Math.Floor(Math.Log10(value)));
        return Math.Floor(value * scale) / scale;
    }

    private static double Significant(double value, int digits)
    {
        var scale = Math.Pow(10, digits - 1 - (int)Math.Floor(Math.Log10(value)));
        return Math.Round(value * scale) / scale;
    }

    private static double CeilingSignificant(double value, int digits)
    {
        var scale = Math.Pow(10, digits - 1 - (int)Math.Floor(Math.Log10(value)));
        return Math.Ceiling(value * scale) / scale;
    }

    private static void Sweep(IEnumerable<MonitorEvent> sortedEvents, Dictionary<string, int> index, int[][][] peers, MonitorSettings settings, long asOfTicks, Action<MonitorEvent, int, double?, long?> visit)
    {
        BaselineWindow? window = null;
        var metric = -1;
        foreach (var e in sortedEvents)
        {
            if (e.AtUtcTicks > asOfTicks || !index.TryGetValue(e.UnitId, out var unit))
            {
                continue;
            }

            if (e.Metric != metric)
            {
                metric = e.Metric;
                window = new BaselineWindow(index.Count);
            }

            window!.MoveTo(e.AtUtcTicks);
            double? p0;
            long? peerEvents = null;
            if (settings.Benchmarks.TryGetValue(MonitorMetrics.All[e.Metric], out var benchmark))
            {
                p0 = Math.Clamp(benchmark, settings.MinRate, settings.MaxRate);
            }
            else
            {
                var (events, counted) = window.Pooled(peers[e.Metric][unit]);
                p0 = events >= settings.MinPeerEvents && events > 0 ? Math.Clamp(counted / (double)events, settings.MinRate, settings.MaxRate) : null;
                peerEvents = p0 is null ? null : events;
            }

            visit(e, unit, p0, peerEvents);
            window.Add(unit, e.Counted);
        }
    }

    private struct DetectorStats
    {
        public long Events;
        public long FirstTicks;
        public long LastTicks;
        public long WithBaseline;
        public double BaselineSum;
        public long WithPeerBaseline;
        public double PeerEventsSum;

        public void Add(long ticks, double? p0, long? peerEvents)
        {
            FirstTicks = Events == 0 ? ticks : FirstTicks;
            LastTicks = ticks;
            Events++;
            if (p0 is { } rate)
            {
                WithBaseline++;
                BaselineSum += rate;
            }

            if (peerEvents is { } n)
            {
                WithPeerBaseline++;
                PeerEventsSum += n;
            }
        }
    }

    private struct CusumState
    {
        public double Statistic;
        public long LastAlarmTicks;
        public string? EpisodeId;

        /// <summary>The events since S was last 0 (one CUSUM excursion: short in control).</summary>
        public List<SpanEvent>? Span;
    }
}
