using Compliance.Rules.Auditing;
using Compliance.Rules.Auditing.Monitoring;
using Compliance.Rules.Engine;
using Compliance.Rules.Incidents;
using Compliance.Rules.Incidents.Evaluation;
using Compliance.Rules.Reading;
using Compliance.Synthetic;

namespace Compliance.Rules.Tests.Auditing;

/// <summary>
/// A host that keeps what <see cref="MonitorReplay.Summarize"/> and <see cref="MonitorReplay.SummarizeIncident"/>
/// return gets the monitoring of an audit with incidents — series, alerts and detectors, whose
/// thresholds come from the six-metric run length — and an incident's event counts only from the
/// as-of instant at which it is due.
/// </summary>
public sealed class MonitorReplayIncidentTests
{
    private static readonly DateTimeOffset AsOf = new(2010, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly IComplianceEngine Engine = ComplianceEngine.CreateBuiltIn();

    [Fact]
    public void Replaying_what_was_kept_of_each_record_and_incident_gives_the_monitoring_of_the_audit_with_incidents()
    {
        // The generator's under-recording force (the bundled Lewisham pair's options).
        using var recordJson = new MemoryStream();
        using var incidentJson = new MemoryStream();
        SyntheticRecords.WriteJsonLines(new GeneratorOptions { Records = 1200, Seed = 2008, UnderRecordingUnit = "LW-SAPPHIRE" }, recordJson, null, incidentJson);
        recordJson.Position = 0;
        incidentJson.Position = 0;
        var keeping = new Keeping();
        AuditSummary summary;
        using (var audit = new ComplianceAudit(Engine, AsOf) { IncludesIncidents = true })
        {
            audit.Add([.. new RecordReader().Read(recordJson, "records", RecordInputFormat.JsonLines)], keeping);
            audit.AddIncidents(new IncidentReader().Read(incidentJson, "incidents", RecordInputFormat.JsonLines), keeping);
            summary = audit.Complete();
        }

        Assert.Equal(1200, keeping.Records.Count);
        Assert.True(keeping.Incidents.Count > 1200);
        Assert.Contains(summary.Monitoring.Alerts, a => a.UnitId == "LW-SAPPHIRE" && a.Metric == MonitorMetrics.UnansweredIncident);

        using var replay = new MonitorReplay(Engine.Pack, AsOf);
        using var recordsOnly = new MonitorReplay(Engine.Pack, AsOf);
        var evaluator = new IncidentEvaluator(Engine);
        foreach (var audited in keeping.Records)
        {
            var kept = replay.Summarize(audited);
            foreach (var target in new[] { replay, recordsOnly })
            {
                target.AddRecords(kept.UnitId, kept.UnitType, 1, kept.IsRapeRecord ? 1 : 0);
                foreach (var e in kept.Events)
                {
                    target.AddEvent(e);
                }
            }
        }

        // Every record is offered to every incident: the replay takes the linked ones.
        var events = 0;
        foreach (var incident in keeping.Incidents)
        {
            var kept = replay.SummarizeIncident(evaluator, incident, keeping.Records);
            var due = kept.HasEventAt(AsOf);
            replay.AddIncidents(kept.UnitId, kept.UnitType, 1, due ? 1 : 0);
            if (due)
            {
                replay.AddEvent(kept.Event!.Value);
                events++;
            }
        }

        Assert.True(replay.IncludesIncidents);
        Assert.True(events > 1000, $"{events} incident events");
        var replayed = replay.Run();
        AssertSame(summary.Monitoring, replayed);

        // Without the incidents the run length is the five-metric one: no record detector's threshold is
        // higher, and some are lower (at very low rates a threshold sits at its floor, where one counted
        // event alarms whatever the run length).
        var five = recordsOnly.Run().Detectors.Where(d => d.Threshold is not null).ToDictionary(d => (d.UnitId, d.Metric), d => d.Threshold!.Value);
        var six = replayed.Detectors.Where(d => d.Threshold is not null && five.ContainsKey((d.UnitId, d.Metric))).ToList();
        Assert.NotEmpty(six);
        Assert.All(six, d => Assert.True(d.Threshold!.Value >= five[(d.UnitId, d.Metric)], $"{d.UnitId} {d.Metric}: {d.Threshold} vs {five[(d.UnitId, d.Metric)]}"));
        Assert.Contains(six, d => d.Threshold!.Value > five[(d.UnitId, d.Metric)]);
    }

    [Fact]
    public void An_incident_event_counts_from_the_instant_it_is_due_and_incident_counts_are_checked()
    {
        var due = new DateTimeOffset(2008, 11, 8, 12, 0, 0, TimeSpan.Zero);
        var e = new MonitorEvent("UNIT-S", MonitorMetrics.IndexOf(MonitorMetrics.UnansweredIncident), new DateTimeOffset(2008, 11, 5, 12, 0, 0, TimeSpan.Zero).UtcTicks, true, "INC-1", "");
        var kept = new MonitoredIncident("UNIT-S", "SAPPHIRE", due, e);

        Assert.False(kept.HasEventAt(due.AddTicks(-1)));
        Assert.True(kept.HasEventAt(due));
        Assert.True(kept.HasEventAt(due.AddTicks(1)));
        Assert.False(new MonitoredIncident("UNIT-S", null, null, null).HasEventAt(DateTimeOffset.MaxValue));

        using var replay = new MonitorReplay(Engine.Pack, AsOf);
        Assert.False(replay.IncludesIncidents);
        Assert.Throws<ArgumentOutOfRangeException>(() => replay.AddIncidents("UNIT-S", null, -1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => replay.AddIncidents("UNIT-S", null, 1, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => replay.AddIncidents("UNIT-S", null, 2, 3));
        Assert.False(replay.IncludesIncidents);
        replay.AddIncidents("UNIT-S", "SAPPHIRE", 3, 3);
        Assert.True(replay.IncludesIncidents);
        replay.Run();
        Assert.Throws<InvalidOperationException>(() => replay.AddIncidents("UNIT-S", null, 1, 0));
        Assert.Throws<InvalidOperationException>(() => replay.IncludesIncidents = false);
    }

    private static void AssertSame(MonitorResult expected, MonitorResult actual)
    {
        static IEnumerable<(string, string, MonitorPeriod, string, long, long, double?)> Points(MonitorResult r) =>
            r.Series.SelectMany(s => s.Points.Select(p => (s.UnitId, s.Metric, s.Period, p.Period, p.Events, p.Count, p.Baseline)));

        Assert.Equal(Points(expected), Points(actual));
        Assert.Equal(expected.Alerts, actual.Alerts);
        Assert.Equal(expected.Detectors, actual.Detectors);
    }

    private sealed class Keeping : IAuditObserver
    {
        public List<AuditedRecord> Records { get; } = [];

        public List<IncidentLog> Incidents { get; } = [];

        public void Evaluated(AuditedRecord record) => Records.Add(record);

        public void Rejected(Rejection rejection) => throw new InvalidOperationException(rejection.ToString());

        public void IncidentEvaluated(AuditedIncident incident) => Incidents.Add(incident.Incident);

        public void IncidentRejected(Rejection rejection) => throw new InvalidOperationException(rejection.ToString());
    }
}
