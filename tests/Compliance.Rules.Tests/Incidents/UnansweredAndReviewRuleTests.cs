using Compliance.Rules.Engine;
using Compliance.Rules.Incidents;
using Compliance.Rules.Incidents.Evaluation;
using Compliance.Rules.Records;
using Compliance.Rules.Tests.BuiltInRules;
using static Compliance.Rules.Tests.Incidents.TestIncidents;

namespace Compliance.Rules.Tests.Incidents;

/// <summary>
/// INCIDENT-001 (a crime-indicative incident nothing answers, or left open 28 days) and
/// INCIDENT-004 (a closure not reviewed by another officer within 7 days), and a link to a
/// rejected record.
/// </summary>
public sealed class UnansweredAndReviewRuleTests
{
    // A domestic-abuse call with no disclosure, no code, no link and no decision.
    private static readonly IncidentLog Domestic = Clean with
    {
        CodeScheme = null,
        OpeningCode = null,
        Qualifiers = [IncidentQualifier.DomesticAbuse],
        Disclosures = [],
        LinkedCrimeRecordIds = [],
    };

    [Fact]
    public void A_closed_crime_indicative_qualifier_that_nothing_answers_is_a_review_candidate()
    {
        var finding = Fires(Evaluate(Domestic, []), IncidentRules.Unanswered);

        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Equal("UNANSWERED", finding.Evidence["reason"]);
        Assert.Equal(true, finding.Evidence["reviewCandidate"]);
        Assert.Equal(new object?[] { "DOMESTIC_ABUSE" }, finding.Evidence["qualifiers"]);
        Assert.StartsWith("Review candidate", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_qualifier_outside_the_crime_indicative_list_is_not_judged()
    {
        var result = Evaluate(Domestic with { Qualifiers = [IncidentQualifier.MentalHealth] }, []);

        DoesNotFire(result, IncidentRules.Unanswered, RuleStatus.NotApplicable);
        DoesNotFire(result, IncidentRules.Review, RuleStatus.NotApplicable);
        Assert.False(result.IsCrimeIndicative);
    }

    [Theory]
    [InlineData("NSIR-2011", "ASB_PERSONAL", true)]
    [InlineData("NSIR-2011", "DOMESTIC_INCIDENT", true)]
    [InlineData("NSIR-2011", "SUDDEN_DEATH", false)]
    [InlineData("NSIR-2007", "ASB_PERSONAL", false)]
    [InlineData("NSIR-2007", "DOMESTIC_INCIDENT", true)]
    [InlineData("FORCE:MPS", "CAD_DV", false)]
    public void A_code_is_crime_indicative_only_in_its_own_scheme(string scheme, string code, bool indicative)
    {
        var result = Evaluate(Domestic with { Qualifiers = [], CodeScheme = scheme, ClosingCode = code }, []);

        Assert.Equal(indicative, result.IsCrimeIndicative);
        Assert.Equal(indicative ? RuleStatus.Fired : RuleStatus.NotApplicable, Status(result, IncidentRules.Unanswered));
    }

    [Fact]
    public void A_policy_adds_a_forces_own_codes()
    {
        var evaluator = With("\"forceCrimeIndicativeCodes\": [\"FORCE:MPS/CAD_DV\"]");

        var finding = Fires(Evaluate(Domestic with { Qualifiers = [], CodeScheme = "FORCE:MPS", OpeningCode = "CAD_DV" }, [], evaluator: evaluator), IncidentRules.Unanswered);

        Assert.Equal(new object?[] { "CAD_DV" }, finding.Evidence["codes"]);
    }

    [Fact]
    public void A_linked_crime_record_or_an_accepted_decision_answers_a_qualifier()
    {
        DoesNotFire(Evaluate(Domestic with { LinkedCrimeRecordIds = [TestRecords.Theft.CrimeRecordId] }, [TestRecords.Theft]), IncidentRules.Unanswered);

        var decision = new IncidentCrimeDecision
        {
            Outcome = IncidentDecisionOutcome.CrimeRelatedIncident,
            ReasonCodes = [RecordingReason.NotANotifiableOffence],
            RationaleText = "Verbal argument only; no offence disclosed.",
        };
        DoesNotFire(Evaluate(Domestic with { CrimeDecision = decision }, []), IncidentRules.Unanswered);
        Fires(Evaluate(Domestic with { CrimeDecision = decision with { RationaleText = "tbc" } }, []), IncidentRules.Unanswered);
    }

    [Fact]
    public void An_open_incident_fires_from_the_28th_day_after_its_first_crime_indicative_fact()
    {
        var open = Domestic with { ClosedAt = null, ClosedByOfficerRef = null, SupervisorReviewedAt = null, SupervisorReviewedByOfficerRef = null };
        var limit = Received.AddDays(28);

        DoesNotFire(Evaluate(open, [], limit.AddSeconds(-1)), IncidentRules.Unanswered);
        var finding = Fires(Evaluate(open, [], limit), IncidentRules.Unanswered);
        Assert.Equal("OPEN", finding.Evidence["reason"]);

        // Closed after the as-of: still open at the as-of.
        Assert.Equal("OPEN", Fires(Evaluate(Domestic with { ClosedAt = limit.AddDays(1) }, [], limit), IncidentRules.Unanswered).Evidence["reason"]);
    }

    [Fact]
    public void An_unreviewed_closure_fires_once_seven_days_have_passed()
    {
        var unreviewed = Clean with { SupervisorReviewedAt = null, SupervisorReviewedByOfficerRef = null };
        var deadline = Closed.AddDays(7);

        DoesNotFire(Evaluate(unreviewed, [TestRecords.Clean], deadline), IncidentRules.Review);
        var finding = Fires(Evaluate(unreviewed, [TestRecords.Clean], deadline.AddSeconds(1)), IncidentRules.Review);
        Assert.Equal("NO_REVIEW", finding.Evidence["problem"]);
        Assert.Equal(deadline, finding.Evidence["reviewDeadline"]);
        Assert.Equal(Severity.Medium, finding.Severity);
    }

    [Fact]
    public void A_review_on_the_seventh_day_passes_and_one_second_later_does_not()
    {
        var deadline = Closed.AddDays(7);

        DoesNotFire(Evaluate(Clean with { SupervisorReviewedAt = deadline }, [TestRecords.Clean]), IncidentRules.Review);
        Assert.Equal("AFTER_DEADLINE", Fires(Evaluate(Clean with { SupervisorReviewedAt = deadline.AddSeconds(1) }, [TestRecords.Clean]), IncidentRules.Review).Evidence["problem"]);
    }

    [Fact]
    public void A_review_by_the_officer_who_closed_it_or_before_closure_does_not_count()
    {
        Assert.Equal("SAME_OFFICER", Fires(Evaluate(Clean with { SupervisorReviewedByOfficerRef = Closer }, [TestRecords.Clean]), IncidentRules.Review).Evidence["problem"]);
        Assert.Equal("BEFORE_CLOSURE", Fires(Evaluate(Clean with { SupervisorReviewedAt = Closed.AddMinutes(-1) }, [TestRecords.Clean]), IncidentRules.Review).Evidence["problem"]);
    }

    [Fact]
    public void A_link_to_a_rejected_record_is_an_error_for_the_rules_that_need_it_never_a_finding()
    {
        var result = TestIncidents.BuiltIn.Evaluate(Clean, [RecordLink.RejectedRecord("CR-TEST-1")], TestRecords.AsOf);

        // INCIDENT-001 and 002 would fire without the record: it might have answered the rape, so
        // each is an error. INCIDENT-003 does not apply whatever the record holds (person references
        // are not shared by default), and the review does not depend on linked records.
        Assert.Equal(
            [IncidentRules.Unanswered, IncidentRules.SexualDisclosure],
            result.Errors.Select(e => e.RuleId));
        Assert.All(result.Errors, error => Assert.Equal("linked record CR-TEST-1 rejected", error.Message));
        Assert.Empty(result.Findings);
        Assert.Equal(RuleStatus.NotApplicable, Status(result, IncidentRules.LaterDisclosure));
        Assert.Equal(RuleStatus.Passed, Status(result, IncidentRules.Review));
    }

    [Fact]
    public void The_same_incident_and_records_give_the_same_findings()
    {
        var first = Evaluate(Clean with { LinkedCrimeRecordIds = [] }, []);
        var second = Evaluate(Clean with { LinkedCrimeRecordIds = [] }, []);

        Assert.Equal(first.Findings.Select(f => f.Message), second.Findings.Select(f => f.Message));
        Assert.NotEmpty(first.Findings);
    }
}
