using Compliance.Rules.Engine;
using Compliance.Rules.Records;
using static Compliance.Rules.Tests.BuiltInRules.BuiltIn;
using static Compliance.Rules.Tests.BuiltInRules.TestRecords;

namespace Compliance.Rules.Tests.BuiltInRules;

public sealed class NcrsRulesTests
{
    private static CrimeRecord DecidedAfter(CrimeRecord record, TimeSpan delay) =>
        record with { RecordingDecision = record.RecordingDecision! with { DecidedAt = record.Incident.ReportReceivedAt + delay } };

    private static CrimeRecord NotRecorded(CrimeRecord record, RecordingOutcome outcome, string? rationale, params RecordingReason[] reasons) =>
        record with
        {
            RecordingDecision = record.RecordingDecision! with { Outcome = outcome, RationaleText = rationale, ReasonCodes = reasons },
            ClassificationHistory = [],
            Notifications = [],
        };

    // NCRS-001

    [Fact]
    public void Ncrs001_fires_when_the_decision_is_later_than_24_hours_and_is_critical_on_a_sexual_offence()
    {
        var finding = Fires(DecidedAfter(Clean, TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1)), "NCRS-001");

        Assert.Equal(Severity.Critical, finding.Severity);
        Assert.Equal(24, finding.Evidence["limitHours"]);
        Assert.Equal("HOCR-2015", finding.Evidence["edition"]);
    }

    [Fact]
    public void Ncrs001_is_high_on_other_records() =>
        Assert.Equal(Severity.High, Fires(DecidedAfter(Theft, TimeSpan.FromHours(30)), "NCRS-001").Severity);

    [Fact]
    public void Ncrs001_fires_without_a_decision_once_the_limit_has_passed()
    {
        var undecided = Clean with { RecordingDecision = null };

        Fires(undecided, "NCRS-001");
        Passes(undecided, "NCRS-001", Reported + TimeSpan.FromHours(23));
    }

    [Fact]
    public void Ncrs001_passes_at_exactly_the_limit() => Passes(DecidedAfter(Clean, TimeSpan.FromHours(24)), "NCRS-001");

    [Fact]
    public void Ncrs001_uses_the_72_hour_limit_of_HOCR_2008() =>
        Passes(DecidedAfter(Clean with { RulesEdition = "HOCR-2008" }, TimeSpan.FromHours(48)), "NCRS-001");

    [Fact]
    public void Ncrs001_is_not_applicable_without_a_decision_or_an_allegation() =>
        NotApplicable(Clean with { RecordingDecision = null, Incident = Clean.Incident with { AllegationType = null } }, "NCRS-001");

    // NCRS-002

    [Theory]
    [InlineData(null)]
    [InlineData(" N/A ")]
    [InlineData("see above")]
    public void Ncrs002_fires_on_placeholder_rationale(string? rationale) =>
        Assert.Equal(true, Fires(NotRecorded(Theft, RecordingOutcome.NotRecorded, rationale), "NCRS-002").Evidence["rationaleIsPlaceholder"]);

    [Fact]
    public void Ncrs002_fires_on_credible_evidence_to_the_contrary_that_is_not_verifiable()
    {
        var record = NotRecorded(Theft, RecordingOutcome.CrimeRelatedIncident, "Owner found the item.", RecordingReason.CredibleEvidenceToContrary);
        record = record with
        {
            RecordingDecision = record.RecordingDecision! with { CredibleEvidenceToContrary = [new EvidenceItem { Type = AviType.OfficerOpinion }] },
        };

        Assert.Equal(new object?[] { "OFFICER_OPINION" }, Fires(record, "NCRS-002").Evidence["credibleEvidenceTypes"]);
    }

    [Fact]
    public void Ncrs002_passes_with_reasons_and_verifiable_credible_evidence()
    {
        var record = NotRecorded(Theft, RecordingOutcome.CrimeRelatedIncident, "CCTV shows the item was not taken.", RecordingReason.CredibleEvidenceToContrary);
        record = record with
        {
            RecordingDecision = record.RecordingDecision! with
            {
                CredibleEvidenceToContrary = [new EvidenceItem { Type = AviType.OfficerOpinion }, new EvidenceItem { Type = AviType.Cctv }],
            },
        };

        Passes(record, "NCRS-002");
    }

    [Fact]
    public void Ncrs002_is_not_applicable_to_a_recorded_crime_or_without_a_decision()
    {
        NotApplicable(Clean with { RecordingDecision = Clean.RecordingDecision! with { RationaleText = null } }, "NCRS-002");
        NotApplicable(Clean with { RecordingDecision = null }, "NCRS-002");
        NotApplicable(Clean with { RecordingDecision = new RecordingDecision { RationaleText = "tbc" } }, "NCRS-002");
    }

    // NCRS-003

    [Fact]
    public void Ncrs003_fires_on_a_prohibited_ground_and_is_critical_on_a_sexual_offence()
    {
        var finding = Fires(NotRecorded(Clean, RecordingOutcome.CrimeRelatedIncident, "Victim reluctant.", RecordingReason.VictimNotConfirmed, RecordingReason.Workload), "NCRS-003");

        Assert.Equal(Severity.Critical, finding.Severity);
        Assert.Equal(new object?[] { "WORKLOAD" }, finding.Evidence["prohibitedReasonCodes"]);
    }

    [Fact]
    public void Ncrs003_is_high_on_other_records() =>
        Assert.Equal(Severity.High, Fires(NotRecorded(Theft, RecordingOutcome.NotRecorded, "Late.", RecordingReason.DelayInReporting), "NCRS-003").Severity);

    [Fact]
    public void Ncrs003_passes_on_allowed_grounds() =>
        Passes(NotRecorded(Theft, RecordingOutcome.NotRecorded, "Not a notifiable offence.", RecordingReason.NotANotifiableOffence), "NCRS-003");

    [Fact]
    public void Ncrs003_is_not_applicable_to_a_recorded_crime_even_with_prohibited_codes() =>
        NotApplicable(Clean with { RecordingDecision = Clean.RecordingDecision! with { ReasonCodes = [RecordingReason.Workload] } }, "NCRS-003");

    // NCRS-004: decided on Maundy Thursday 2016; with enhanced rights the deadline is Tuesday 29 March, 23:59:59 BST.

    private static readonly CrimeRecord NotRecordedBeforeEaster = NotRecorded(Theft, RecordingOutcome.NotRecorded, "Not notifiable.", RecordingReason.NotANotifiableOffence) with
    {
        Incident = Theft.Incident with { ReportReceivedAt = At("2016-03-24T09:00:00Z") },
        RecordingDecision = new RecordingDecision { Outcome = RecordingOutcome.NotRecorded, DecidedAt = At("2016-03-24T15:00:00Z"), RationaleText = "Not notifiable." },
    };

    private static CrimeRecord WithNotice(CrimeRecord record, NotificationType type, string sentAt) =>
        record with { Notifications = [new Notification { Type = type, SentAt = At(sentAt) }] };

    [Fact]
    public void Ncrs004_fires_without_a_notification_after_the_deadline()
    {
        var finding = Fires(NotRecordedBeforeEaster, "NCRS-004");

        Assert.Equal(At("2016-03-29T23:59:59+01:00"), finding.Evidence["deadline"]);
        Assert.Equal(Severity.Medium, finding.Severity);
    }

    [Fact]
    public void Ncrs004_fires_when_the_notification_is_one_second_late() =>
        Fires(WithNotice(NotRecordedBeforeEaster, NotificationType.DecisionNotToRecord, "2016-03-29T23:00:00Z"), "NCRS-004");

    [Fact]
    public void Ncrs004_passes_when_sent_at_the_deadline_or_before_it_has_passed()
    {
        Passes(WithNotice(NotRecordedBeforeEaster, NotificationType.DecisionNotToRecord, "2016-03-29T22:59:59Z"), "NCRS-004");
        Passes(NotRecordedBeforeEaster, "NCRS-004", At("2016-03-29T12:00:00Z"));
    }

    [Fact]
    public void Ncrs004_counts_only_decision_not_to_record_notifications() =>
        Fires(WithNotice(NotRecordedBeforeEaster, NotificationType.CrimeReference, "2016-03-24T16:00:00Z"), "NCRS-004");

    [Fact]
    public void Ncrs004_gives_five_working_days_without_enhanced_rights()
    {
        var standard = NotRecordedBeforeEaster with { Victims = [new Victim { PersonRef = "P-1", EnhancedRightsEligible = false }] };

        Passes(WithNotice(standard, NotificationType.DecisionNotToRecord, "2016-04-04T12:00:00Z"), "NCRS-004");
        Assert.Equal(At("2016-04-04T23:59:59+01:00"), Fires(standard, "NCRS-004").Evidence["deadline"]);
    }

    [Fact]
    public void Ncrs004_is_not_applicable_without_a_victim_or_a_decision_time()
    {
        NotApplicable(NotRecordedBeforeEaster with { Victims = [] }, "NCRS-004");
        NotApplicable(NotRecordedBeforeEaster with { RecordingDecision = NotRecordedBeforeEaster.RecordingDecision! with { DecidedAt = null } }, "NCRS-004");
    }

    // NCRS-005

    private static readonly Victim SecondVictim = new() { PersonRef = "P-3", EnhancedRightsEligible = false };

    [Fact]
    public void Ncrs005_fires_with_two_victims_on_a_serious_classification() =>
        Assert.Equal(2, Fires(Clean with { Victims = [.. Clean.Victims, SecondVictim] }, "NCRS-005").Evidence["victimCount"]);

    [Fact]
    public void Ncrs005_follows_the_current_classification_not_the_initial_one()
    {
        var downgraded = Clean with
        {
            Victims = [.. Clean.Victims, SecondVictim],
            ClassificationHistory = [.. Clean.ClassificationHistory, Change(2, "19C", "49A", ChangeType.ReclassifyDown, "AVI-CCTV")],
        };

        Passes(downgraded, "NCRS-005");
    }

    [Fact]
    public void Ncrs005_passes_with_two_victims_outside_the_serious_groups_or_one_victim()
    {
        Passes(Theft with { Victims = [.. Theft.Victims, SecondVictim] }, "NCRS-005");
        Passes(Clean, "NCRS-005");
    }

    [Fact]
    public void Ncrs005_is_not_applicable_without_a_classification() =>
        NotApplicable(Clean with { Victims = [.. Clean.Victims, SecondVictim], ClassificationHistory = [] }, "NCRS-005");
}
