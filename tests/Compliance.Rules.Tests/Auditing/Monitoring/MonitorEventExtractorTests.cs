using Compliance.Rules.Auditing.Monitoring;
using Compliance.Rules.Records;
using Compliance.Rules.Tests.BuiltInRules;
using static Compliance.Rules.Tests.BuiltInRules.TestRecords;

namespace Compliance.Rules.Tests.Auditing.Monitoring;

public sealed class MonitorEventExtractorTests
{
    // A rape record cancelled C2 on the victim's retraction (CANCEL-003 fires), with a withdrawal the
    // police initiated (RETRACT-001 names it), questioned in detail first by the specialist (no SEXOFF-004):
    //   rape-attrition               counted     at the authorisation 2016-03-10T15:00Z (C2 flagged)
    //   rape-cancellation            counted     at the authorisation 2016-03-10T15:00Z
    //   retraction-grounds           counted     at the request       2016-03-10T12:00Z
    //   police-initiated-retraction  counted     at the statement     2016-03-08T10:00Z, item S-W
    //   specialist-first             not counted at the first detailed contact 2016-03-01T12:00Z
    [Fact]
    public void One_record_gives_one_event_per_metric_with_its_date()
    {
        var retraction = Avi("AVI-R", AviType.VictimRetraction, "2016-03-08T10:00:00Z", Registrar);
        var record = Clean with
        {
            Cancellation = Cancellation(CancellationCode.C2, "AVI-R"),
            AdditionalVerifiableInformation = [retraction],
            Statements = [.. Clean.Statements, Statement("S-W", StatementType.WithdrawalOfSupport, "2016-03-08T10:00:00Z", Specialist, StatementInitiator.Police)],
        };
        using var collector = new MonitorCollector(BuiltIn.Engine.Pack, AsOf);

        var events = collector.Extract(record, BuiltIn.Engine.Evaluate(record, AsOf)).ToArray();

        Assert.Equal(
        [
            (MonitorMetrics.RapeAttrition, "2016-03-10T15:00:00Z", true, ""),
            (MonitorMetrics.RapeCancellation, "2016-03-10T15:00:00Z", true, ""),
            (MonitorMetrics.RetractionGrounds, "2016-03-10T12:00:00Z", true, ""),
            (MonitorMetrics.PoliceInitiatedRetraction, "2016-03-08T10:00:00Z", true, "S-W"),
            (MonitorMetrics.SpecialistFirst, "2016-03-01T12:00:00Z", false, ""),
        ], events.Select(e => (MonitorMetrics.All[e.Metric], e.At.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture), e.Counted, e.ItemId)));
        Assert.All(events, e => Assert.Equal((OwningUnitId, "CR-TEST-1"), (e.UnitId, e.RecordId)));
    }

    // A clean recorded rape: attrition and cancellation events not counted, at the recording decision;
    // no cancellation, no retraction statement.
    [Fact]
    public void A_clean_record_gives_uncounted_events_at_its_recording_decision()
    {
        using var collector = new MonitorCollector(BuiltIn.Engine.Pack, AsOf);

        var events = collector.Extract(Clean, BuiltIn.Engine.Evaluate(Clean, AsOf)).ToArray();

        Assert.Equal([(0, false), (1, false), (4, false)], events.Select(e => (e.Metric, e.Counted)));
        Assert.Equal(TestRecords.Decided, events[0].At);
    }
}
