using Compliance.Rules.Auditing;
using Compliance.Rules.Auditing.Monitoring;
using Compliance.Rules.Auditing.Tallies;

namespace Compliance.Monitoring.Study;

/// <summary>
/// Runs the library's detectors (<see cref="UnitMonitor"/>, with their computed thresholds and peer
/// baselines) over simulated event streams with a known truth, and measures what the acceptance bounds
/// ask: delay from the true onset to the first alert, the onset estimate's error, false alerts.
/// </summary>
public static class DetectorStudy
{
    /// <summary>The practising unit.</summary>
    public const string UnitId = "UNIT-P";

    private static readonly DateTimeOffset Start = new(2006, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>One seeded run of a scenario.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The outcome.</returns>
    public static RunOutcome Run(StudyScenario scenario, int seed)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var random = new Random(seed);
        var onset = scenario.OnsetMonth is { } month ? Start.AddMonths(month) : (DateTimeOffset?)null;
        var end = Start.AddMonths(scenario.Months);
        var units = Enumerable.Range(0, scenario.Peers).Select(i => $"UNIT-{i:D2}").Append(UnitId).ToArray();
        var events = new List<MonitorEvent>();
        DateTimeOffset? trueOnset = null;
        var serial = 0;
        foreach (var unit in units)
        {
            foreach (var stream in scenario.Streams)
            {
                // A Poisson process: exponential gaps with the stream's mean rate.
                var perDay = stream.EventsPerMonth * 12 / 365.2425;
                var at = Start;
                while (true)
                {
                    at = at.AddDays(-Math.Log(1 - random.NextDouble()) / perDay);
                    if (at >= end)
                    {
                        break;
                    }

                    var practising = unit == UnitId && onset is { } o && at >= o;
                    if (practising && stream.Metric == MonitorMetrics.RapeAttrition && (trueOnset is null || at < trueOnset))
                    {
                        trueOnset = at;
                    }

                    var rate = practising ? stream.PracticeRate : stream.InControlRate;
                    events.Add(new MonitorEvent(unit, MonitorMetrics.IndexOf(stream.Metric), at.UtcTicks, random.NextDouble() < rate, $"R{serial++:D8}", ""));
                }
            }
        }

        events.Sort(MonitorEvent.Order);
        var result = UnitMonitor.Run(events, [.. units.Select(u => new UnitTally(u))], new MonitorSettings { AsOf = end });
        var unitYears = scenario.Months / 12.0;
        var falseAlerts = result.Alerts.Count(a => a.UnitId != UnitId || trueOnset is null || a.AlarmAt < trueOnset);
        var first = trueOnset is { } t ? result.Alerts.FirstOrDefault(a => a.UnitId == UnitId && a.AlarmAt >= t) : null;
        var firstAttrition = trueOnset is { } t2 ? result.Alerts.FirstOrDefault(a => a.UnitId == UnitId && a.Metric == MonitorMetrics.RapeAttrition && a.AlarmAt >= t2) : null;
        return new RunOutcome(
            seed,
            trueOnset,
            first is null ? null : (first.AlarmAt - trueOnset!.Value).TotalDays / 7,
            first is null ? null : Math.Abs((first.OnsetEstimate - trueOnset!.Value).TotalDays),
            firstAttrition is null ? null : (firstAttrition.AlarmAt - trueOnset!.Value).TotalDays / 7,
            falseAlerts,
            units.Length * unitYears,
            result.Alerts.Count(a => a.UnitId == UnitId && a.Metric == MonitorMetrics.RapeAttrition));
    }
}
