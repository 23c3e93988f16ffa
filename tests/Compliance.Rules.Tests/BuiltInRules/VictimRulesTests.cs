using Compliance.Rules.Engine;
using Compliance.Rules.Records;
using static Compliance.Rules.Tests.BuiltInRules.BuiltIn;
using static Compliance.Rules.Tests.BuiltInRules.TestRecords;

namespace Compliance.Rules.Tests.BuiltInRules;

public sealed class VictimRulesTests
{
    private static Notification Sent(NotificationType type, string at) => new() { Type = type, SentAt = At(at) };

    // VICTIM-001: reported and recorded Tuesday 1 March 2016 under the 2015 Code (in force from 16 November 2015),
    // whose crime-reference deadline is 5 working days whatever the victim's rights: Tuesday 8 March 23:59:59 GMT.

    [Fact]
    public void Victim001_fires_without_a_crime_reference_by_the_deadline()
    {
        var finding = Fires(Clean with { Notifications = [] }, "VICTIM-001");

        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Equal(At("2016-03-08T23:59:59Z"), finding.Evidence["deadline"]);
        Assert.Equal("VCOP-2015", finding.Evidence["code"]);
        Fires(Clean with { Notifications = [Sent(NotificationType.CrimeReference, "2016-03-09T00:00:00Z")] }, "VICTIM-001");
        Fires(Clean with { Notifications = [Sent(NotificationType.Outcome, "2016-03-02T10:00:00Z")] }, "VICTIM-001");
    }

    [Fact]
    public void Victim001_passes_at_the_deadline_or_before_it_has_passed()
    {
        Passes(Clean with { Notifications = [Sent(NotificationType.CrimeReference, "2016-03-08T23:59:59Z")] }, "VICTIM-001");
        Passes(Clean with { Notifications = [] }, "VICTIM-001", At("2016-03-08T12:00:00Z"));
    }

    [Fact]
    public void Victim001_is_not_applicable_without_a_victim_a_recorded_crime_or_a_decision_time()
    {
        NotApplicable(Clean with { Victims = [], Notifications = [] }, "VICTIM-001");
        NotApplicable(Clean with { RecordingDecision = Clean.RecordingDecision! with { Outcome = RecordingOutcome.N100 }, Notifications = [] }, "VICTIM-001");
        NotApplicable(Clean with { RecordingDecision = Clean.RecordingDecision! with { DecidedAt = null }, Notifications = [] }, "VICTIM-001");
    }

    // VICTIM-002

    private static readonly CrimeRecord InterviewedThenNoFurtherAction = Theft with
    {
        Suspects = [new Suspect { PersonRef = "P-2", Identified = true, InterviewedUnderCautionAt = At("2016-04-01T10:00:00Z") }],
        Outcomes = [Outcome(15)],
    };

    [Fact]
    public void Victim002_fires_without_a_VRR_notification()
    {
        var finding = Fires(InterviewedThenNoFurtherAction, "VICTIM-002");

        Assert.Equal(new object?[] { "P-2" }, finding.Evidence["interviewedSuspects"]);
        Fires(InterviewedThenNoFurtherAction with { Notifications = [new Notification { Type = NotificationType.VrrInformation }] }, "VICTIM-002");
    }

    [Fact]
    public void Victim002_passes_when_the_VRR_notification_was_sent() =>
        Passes(InterviewedThenNoFurtherAction with { Notifications = [Sent(NotificationType.VrrInformation, "2016-05-02T10:00:00Z")] }, "VICTIM-002");

    [Fact]
    public void Victim002_is_not_applicable_without_an_interview_or_a_police_decision_not_to_proceed()
    {
        NotApplicable(InterviewedThenNoFurtherAction with { Suspects = Theft.Suspects }, "VICTIM-002");
        NotApplicable(InterviewedThenNoFurtherAction with { Outcomes = [Outcome(1)] }, "VICTIM-002");
    }

    // VICTIM-003

    private static readonly CrimeRecord CancelledRape = Clean with { Cancellation = Cancellation(CancellationCode.C2, "AVI-CCTV") };

    private static VictimFeedback Survey(string at) => new() { Type = FeedbackType.ConfidentialSurvey, OfferedAt = At(at) };

    [Fact]
    public void Victim003_fires_without_a_survey_90_days_after_the_cancellation_authorisation()
    {
        var finding = Fires(CancelledRape, "VICTIM-003");

        Assert.Equal(Severity.Low, finding.Severity);
        Assert.Equal(At("2016-03-10T15:00:00Z"), finding.Evidence["decisionAt"]);
        Assert.Equal(At("2016-06-08T15:00:00Z"), finding.Evidence["deadline"]);
        Fires(CancelledRape with { VictimFeedback = [Survey("2016-06-08T15:00:01Z")] }, "VICTIM-003");
    }

    [Fact]
    public void Victim003_passes_with_a_survey_by_the_deadline_or_before_it_has_passed()
    {
        Passes(CancelledRape with { VictimFeedback = [Survey("2016-06-08T15:00:00Z")] }, "VICTIM-003");
        Passes(CancelledRape, "VICTIM-003", At("2016-06-08T15:00:00Z"));
    }

    [Fact]
    public void Victim003_falls_back_to_the_request_time_then_to_the_first_outcome_other_than_0()
    {
        var requestedOnly = CancelledRape with { Cancellation = CancelledRape.Cancellation! with { AuthorisedAt = null } };
        var outcome = Clean with { Outcomes = [Outcome(0, "2016-04-01T00:00:00Z"), Outcome(16, "2016-05-01T12:00:00Z")] };

        Assert.Equal(At("2016-03-10T12:00:00Z"), Fires(requestedOnly, "VICTIM-003").Evidence["decisionAt"]);
        Assert.Equal(At("2016-05-01T12:00:00Z"), Fires(outcome, "VICTIM-003").Evidence["decisionAt"]);
    }

    [Fact]
    public void Victim003_is_not_applicable_outside_sexual_offences_or_before_any_decision()
    {
        NotApplicable(CancelledRape with { Incident = Theft.Incident, ClassificationHistory = Theft.ClassificationHistory }, "VICTIM-003");
        NotApplicable(Clean with { Outcomes = [Outcome(0)] }, "VICTIM-003");
        NotApplicable(CancelledRape with { Cancellation = CancelledRape.Cancellation! with { AuthorisedAt = null, RequestedAt = null } }, "VICTIM-003");
    }
}
