using Compliance.Rules.Auditing.Monitoring;
using Compliance.Rules.Engine;
using Compliance.Rules.Incidents.Evaluation;
using Compliance.Rules.Packs;
using Compliance.Rules.Tests.BuiltInRules;
using Compliance.Rules.Tests.Incidents;

namespace Compliance.Rules.Tests.Auditing.Monitoring;

/// <summary>
/// <c>unanswered-incident</c> among the detectors: incident units are monitored (with no record of
/// their own), their peers are chosen as AUDIT-007 chooses them, and with incidents given every
/// detector's run length is 30 years instead of 25 unless a policy sets it.
/// </summary>
public sealed class IncidentMonitoringTests
{
    private static readonly DateTimeOffset January = new(2016, 1, 4, 12, 0, 0, TimeSpan.Zero);

    private static IComplianceEngine Engine(string parameters) =>
        ComplianceEngine.Create(RulePack.LoadBuiltIn(), RulePolicy.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(
            "{ \"kind\": \"policy\", \"extends\": \"compliance-builtin\", \"parameters\": { " + parameters + " } }")), "policy.json"));

    private static RulePack Pack(string parameters) => Engine(parameters).Pack;

    private static IEnumerable<MonitorEvent> Events(string unit, int events, int counted, DateTimeOffset from) =>
        Enumerable.Range(0, events).Select(i => new MonitorEvent(unit, MonitorMetrics.UnansweredIncidentIndex, from.AddHours(i).UtcTicks, i < counted, $"{unit}-{i:D2}", ""));

    [Fact]
    public void Incidents_given_make_the_run_length_30_years_unless_a_policy_sets_it()
    {
        var asOf = TestRecords.AsOf;
        var builtIn = BuiltIn.Engine.Pack;

        Assert.Equal(25, MonitorSettings.From(builtIn, MonitorPeriod.Month, asOf).ArlYears);
        Assert.Equal(30, MonitorSettings.From(builtIn, MonitorPeriod.Month, asOf, incidents: true).ArlYears);
        Assert.Equal(40, MonitorSettings.From(Pack("\"monitorArlYears\": 40"), MonitorPeriod.Month, asOf, incidents: true).ArlYears);
        Assert.Equal(25, MonitorSettings.From(Pack("\"monitorArlYears\": 25"), MonitorPeriod.Month, asOf, incidents: true).ArlYears);
    }

    [Fact]
    public void The_incident_benchmark_and_AUDIT_007_minimum_carry_over_to_the_detectors()
    {
        var settings = MonitorSettings.From(Pack("\"incidentBenchmark\": 0.2, \"audit007MinIncidents\": 5"), MonitorPeriod.Month, TestRecords.AsOf, incidents: true);

        Assert.Equal(0.2, settings.Benchmarks[MonitorMetrics.UnansweredIncident]);
        Assert.Equal(5, settings.IncidentPeerMinEvents);
        Assert.Equal(20, MonitorSettings.From(BuiltIn.Engine.Pack, MonitorPeriod.Month, TestRecords.AsOf).IncidentPeerMinEvents);
    }

    // Incident units A, B and C are RESPONSE, D is CID; none holds a record. B loses 3 of its 15
    // incidents in January, C none of 15, D all of its 30. A's incident on 1 February is compared with
    // B and C when they hold at least 20 events (30 here): 3 / 30 = 0.1; with every other unit it would
    // be 33 / 60. D has no other CID unit: every other unit.
    [Theory]
    [InlineData(29, "unitType:RESPONSE", 0.1)]
    [InlineData(30, "unitType:RESPONSE", 0.1)]
    [InlineData(31, "allOtherUnits", 0.55)]
    public void Incident_units_are_compared_with_their_type_as_AUDIT_007_compares_them(long minEvents, string source, double baseline)
    {
        var events = Events("B", 15, 3, January).Concat(Events("C", 15, 0, January)).Concat(Events("D", 30, 30, January))
            .Append(new MonitorEvent("A", MonitorMetrics.UnansweredIncidentIndex, new DateTimeOffset(2016, 2, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks, false, "A-00", ""))
            .Order(MonitorEvent.Order).ToArray();
        IncidentUnitTally[] incidentUnits = [new("A", "RESPONSE", 1), new("B", "RESPONSE", 15), new("C", "RESPONSE", 15), new("D", "CID", 30)];

        var result = UnitMonitor.Run(events, [], new MonitorSettings { IncidentPeerMinEvents = minEvents }, incidentUnits);

        var a = Assert.Single(result.Detectors, d => d.UnitId == "A");
        Assert.Equal((MonitorMetrics.UnansweredIncident, source), (a.Metric, a.BaselineSource));
        Assert.Equal(baseline, Assert.Single(Assert.Single(result.Series, s => s.UnitId == "A").Points).Baseline);
        Assert.Equal("allOtherUnits", Assert.Single(result.Detectors, d => d.UnitId == "D").BaselineSource);
    }

    // Two incidents of U-RESPONSE closed the same day, one answered and one not: one point of two
    // events, one counted, for a unit that owns no record. With a benchmark of 0.2 the detector's
    // threshold is set for 30 years of its events once incidents are given, and a 25-year threshold
    // falls short of that run length.
    [Fact]
    public void The_collector_monitors_incident_units_with_the_six_metric_run_length()
    {
        var engine = Engine("\"incidentBenchmark\": 0.2");
        var evaluator = new IncidentEvaluator(engine);
        var unanswered = TestIncidents.Clean with { IncidentId = "INC-2", LinkedCrimeRecordIds = [] };
        DetectorInfo Detector(bool incidentsGiven)
        {
            using var collector = new MonitorCollector(engine.Pack, TestRecords.AsOf);
            collector.AddIncident(evaluator, TestIncidents.Clean, [evaluator.LinkOf(TestRecords.Clean, BuiltIn.Engine.Evaluate(TestRecords.Clean, TestRecords.AsOf))]);
            collector.AddIncident(evaluator, unanswered, []);
            collector.IncidentsGiven = incidentsGiven;
            var result = collector.Finish([], MonitorPeriod.Month);
            var point = Assert.Single(Assert.Single(result.Series).Points);
            Assert.Equal(("U-RESPONSE", MonitorMetrics.UnansweredIncident, "2016-03", 2L, 1L, (double?)0.2), (result.Series[0].UnitId, result.Series[0].Metric, point.Period, point.Events, point.Count, point.Baseline));
            return Assert.Single(result.Detectors);
        }

        var six = Detector(incidentsGiven: true);
        var five = Detector(incidentsGiven: false);

        Assert.Equal("benchmark", six.BaselineSource);
        Assert.True(CusumCalibration.AverageRunLength(0.2, 2, six.Threshold!.Value) >= 30 * six.EventsPerYear);
        Assert.True(CusumCalibration.AverageRunLength(0.2, 2, five.Threshold!.Value) < 30 * five.EventsPerYear);
        Assert.True(CusumCalibration.AverageRunLength(0.2, 2, five.Threshold!.Value) >= 25 * five.EventsPerYear);
    }
}
