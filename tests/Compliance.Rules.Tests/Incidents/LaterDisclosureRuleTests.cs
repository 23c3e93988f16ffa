using Compliance.Rules.Engine;
using Compliance.Rules.Incidents;
using Compliance.Rules.Records;
using Compliance.Rules.Tests.BuiltInRules;
using static Compliance.Rules.Tests.Incidents.TestIncidents;

namespace Compliance.Rules.Tests.Incidents;

/// <summary>
/// INCIDENT-003: an offence disclosed later, in an ABE interview, naming the victim, not answered
/// within 24 hours (HOCR-2015) by a record decided after it that lists that victim.
/// </summary>
public sealed class LaterDisclosureRuleTests
{
    private const string Rule = IncidentRules.LaterDisclosure;

    private static readonly DateTimeOffset Interview = TestRecords.At("2016-03-05T10:00:00Z");

    // The rape of the call is answered by the rape record; the interview discloses an assault too.
    private static readonly IncidentLog WithInterview = Clean with
    {
        Disclosures = [Clean.Disclosures[0], Disclose(Interview, DisclosureSource.AbeInterview, AllegationType.Violence)],
        ClosedAt = TestRecords.At("2016-03-06T12:00:00Z"),
        SupervisorReviewedAt = TestRecords.At("2016-03-07T09:00:00Z"),
        LinkedCrimeRecordIds = [TestRecords.Clean.CrimeRecordId, "CR-ASSAULT"],
    };

    [Fact]
    public void A_later_ABE_disclosure_of_another_offence_that_no_record_answers_fires()
    {
        var result = Evaluate(WithInterview, [TestRecords.Clean], evaluator: SharedRefs);

        var finding = Fires(result, Rule);
        Assert.Equal(Severity.High, finding.Severity);
        Assert.Equal(1, finding.Evidence["disclosureIndex"]);
        Assert.Equal("ABE_INTERVIEW", finding.Evidence["source"]);
        Assert.Equal(Interview.AddHours(24), finding.Evidence["deadline"]);
        DoesNotFire(result, IncidentRules.SexualDisclosure);
    }

    [Fact]
    public void A_record_of_the_assault_decided_after_the_interview_for_the_same_victim_answers()
    {
        DoesNotFire(Evaluate(WithInterview, [TestRecords.Clean, Assault(Interview.AddHours(8), "P-1")], evaluator: SharedRefs), Rule);
    }

    [Fact]
    public void A_record_decided_before_the_interview_does_not_answer_it()
    {
        Fires(Evaluate(WithInterview, [TestRecords.Clean, Assault(Interview.AddHours(-1), "P-1")], evaluator: SharedRefs), Rule);
    }

    [Fact]
    public void A_record_for_another_victim_does_not_answer()
    {
        Fires(Evaluate(WithInterview, [TestRecords.Clean, Assault(Interview.AddHours(8), "P-9")], evaluator: SharedRefs), Rule);
    }

    [Fact]
    public void The_assault_recorded_one_second_after_the_limit_is_late()
    {
        DoesNotFire(Evaluate(WithInterview, [TestRecords.Clean, Assault(Interview.AddHours(24), "P-1")], evaluator: SharedRefs), Rule);
        var late = Fires(Evaluate(WithInterview, [TestRecords.Clean, Assault(Interview.AddHours(24).AddSeconds(1), "P-1")], evaluator: SharedRefs), Rule);
        Assert.Equal(true, late.Evidence["late"]);
    }

    [Fact]
    public void Without_shared_person_references_the_rule_is_not_applicable()
    {
        DoesNotFire(Evaluate(WithInterview, [TestRecords.Clean]), Rule, RuleStatus.NotApplicable);
    }

    [Fact]
    public void A_disclosure_that_names_no_victim_is_not_judged()
    {
        var incident = WithInterview with { Disclosures = [WithInterview.Disclosures[0], Disclose(Interview, DisclosureSource.AbeInterview, AllegationType.Violence, victim: null)] };

        DoesNotFire(Evaluate(incident, [TestRecords.Clean], evaluator: SharedRefs), Rule, RuleStatus.NotApplicable);
    }

    [Fact]
    public void A_later_disclosure_of_a_sexual_offence_is_judged_by_INCIDENT_002_instead()
    {
        var incident = WithInterview with { Disclosures = [WithInterview.Disclosures[0], Disclose(Interview, DisclosureSource.Statement, AllegationType.SexualAssault)] };

        var result = Evaluate(incident, [TestRecords.Clean], evaluator: SharedRefs);

        DoesNotFire(result, Rule, RuleStatus.NotApplicable);
        Assert.Equal(1, Fires(result, IncidentRules.SexualDisclosure).Evidence["disclosureIndex"]);
    }

    private static CrimeRecord Assault(DateTimeOffset decided, string victim) => TestRecords.Clean with
    {
        CrimeRecordId = "CR-ASSAULT",
        Incident = TestRecords.Clean.Incident with { ReportReceivedAt = Interview.AddHours(-2), AllegationType = AllegationType.Violence },
        RecordingDecision = TestRecords.Clean.RecordingDecision! with { DecidedAt = decided },
        ClassificationHistory = [TestRecords.Entry(1, "8N", decided, ChangeType.Initial)],
        Victims = [new Victim { PersonRef = victim, EnhancedRightsEligible = false }],
    };
}
