using System.Globalization;
using Compliance.Rules.Auditing.Monitoring;
using Compliance.Rules.Incidents;
using Compliance.Rules.Incidents.Evaluation;
using Compliance.Rules.Records;
using Compliance.Rules.Tests.BuiltInRules;
using Compliance.Rules.Tests.Incidents;

namespace Compliance.Rules.Tests.Auditing.Monitoring;

/// <summary>
/// The <c>unanswered-incident</c> event of one incident, worked out from the rules: one event per
/// closed crime-indicative incident, dated <c>closedAt</c>, counted when INCIDENT-001, 002 or 003 fires
/// with the incident judged at <c>closedAt</c> plus the recording limit of the closing day (HOCR-2015:
/// 24 hours in 2016; HOCR-2002: 72 hours in 2008), whatever the run's as-of.
/// </summary>
public sealed class IncidentMonitorEventsTests
{
    // A domestic-abuse call (a crime-indicative qualifier, no disclosure) closed 2016-03-02T12:00Z:
    // judged at 2016-03-03T12:00Z. Only INCIDENT-001 applies: answered by any linked record recorded
    // as a crime at or before the judging instant.
    private static readonly IncidentLog Domestic = TestIncidents.Clean with
    {
        CodeScheme = null,
        OpeningCode = null,
        Qualifiers = [IncidentQualifier.DomesticAbuse],
        Disclosures = [],
        LinkedCrimeRecordIds = [TestRecords.Theft.CrimeRecordId],
    };

    private static readonly DateTimeOffset Judged2016 = At("2016-03-03T12:00:00Z");

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    private static CrimeRecord TheftDecidedAt(DateTimeOffset at) =>
        TestRecords.Theft with { RecordingDecision = TestRecords.Theft.RecordingDecision! with { DecidedAt = at } };

    private static RecordLink[] Links(params CrimeRecord[] records) =>
        [.. records.Select(r => TestIncidents.BuiltIn.LinkOf(r, BuiltIn.Engine.Evaluate(r, TestRecords.AsOf)))];

    private static MonitorEvent? Extract(IncidentLog incident, RecordLink[] links, DateTimeOffset? asOf = null) =>
        IncidentMonitorEvents.Extract(TestIncidents.BuiltIn, incident, links, asOf ?? TestRecords.AsOf);

    [Fact]
    public void An_incident_answered_in_time_is_an_event_not_counted()
    {
        var e = Extract(Domestic, Links(TestRecords.Theft))!.Value;

        Assert.Equal(("U-RESPONSE", MonitorMetrics.UnansweredIncident, TestIncidents.Closed, false, "INC-1", ""),
            (e.UnitId, MonitorMetrics.All[e.Metric], e.At, e.Counted, e.RecordId, e.ItemId));
    }

    [Fact]
    public void An_unanswered_incident_is_a_counted_event()
    {
        var e = Extract(Domestic, Links())!.Value;

        Assert.True(e.Counted);
        Assert.Equal(TestIncidents.Closed, e.At);
    }

    // The same record, decided one second after the judging instant: at the run's as-of (2017) the
    // incident is answered (INCIDENT-001 passes), but the event is counted; at the instant or a second
    // before it, it is answered in time.
    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void The_incident_is_judged_at_closure_plus_the_limit_not_at_the_as_of(int secondsAfterJudging, bool counted)
    {
        var record = TheftDecidedAt(Judged2016.AddSeconds(secondsAfterJudging));

        var e = Extract(Domestic, Links(record))!.Value;

        Assert.Equal(counted, e.Counted);
        Assert.False(TestIncidents.Evaluate(Domestic, [record]).IsUnanswered);
    }

    // Closed 2008-11-05T12:00Z under HOCR-2002: 72 hours, judged at 2008-11-08T12:00Z.
    [Theory]
    [InlineData("2008-11-08T12:00:00Z", false)]
    [InlineData("2008-11-08T12:00:01Z", true)]
    public void The_limit_is_that_of_the_closing_day(string decidedAt, bool counted)
    {
        var incident = Domestic with { ReceivedAt = At("2008-11-04T22:41:00Z"), ClosedAt = At("2008-11-05T12:00:00Z"), SupervisorReviewedAt = At("2008-11-06T09:00:00Z") };

        Assert.Equal(At("2008-11-08T12:00:00Z"), IncidentMonitorEvents.JudgedAt(TestIncidents.BuiltIn, incident));
        var record = TheftDecidedAt(At(decidedAt)) with { Incident = TestRecords.Theft.Incident with { ReportReceivedAt = incident.ReceivedAt } };

        Assert.Equal(counted, Extract(incident, Links(record))!.Value.Counted);
    }

    // A rape disclosed on the call at 2016-03-01T10:00Z must be answered by 2016-03-02T10:00Z
    // (INCIDENT-002); a rape record decided a second later answers it for INCIDENT-001 but late for
    // INCIDENT-002, so the event is counted.
    [Fact]
    public void A_sexual_disclosure_answered_late_is_counted()
    {
        var late = TestRecords.Clean with { RecordingDecision = TestRecords.Clean.RecordingDecision! with { DecidedAt = TestIncidents.Deadline2016.AddSeconds(1) } };

        Assert.False(Extract(TestIncidents.Clean, Links(TestRecords.Clean))!.Value.Counted);
        Assert.True(Extract(TestIncidents.Clean, Links(late))!.Value.Counted);
    }

    // Not due yet: an incident is an event once its judging instant is at or before the run's as-of.
    [Fact]
    public void An_incident_whose_limit_has_not_passed_at_the_as_of_is_not_an_event_yet()
    {
        Assert.Null(Extract(Domestic, Links(), Judged2016.AddSeconds(-1)));
        Assert.True(Extract(Domestic, Links(), Judged2016)!.Value.Counted);
    }

    [Fact]
    public void Open_incidents_incidents_that_are_not_crime_indicative_and_unjudgeable_ones_are_not_events()
    {
        Assert.Null(Extract(Domestic with { ClosedAt = null }, Links()));
        Assert.Null(Extract(Domestic with { Qualifiers = [IncidentQualifier.MentalHealth] }, Links()));
        Assert.Null(Extract(Domestic, [RecordLink.RejectedRecord(TestRecords.Theft.CrimeRecordId)]));
    }
}
