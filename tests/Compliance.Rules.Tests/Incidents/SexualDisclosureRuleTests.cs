using Compliance.Rules.Engine;
using Compliance.Rules.Incidents;
using Compliance.Rules.Records;
using Compliance.Rules.Tests.BuiltInRules;
using static Compliance.Rules.Tests.Incidents.TestIncidents;

namespace Compliance.Rules.Tests.Incidents;

/// <summary>
/// INCIDENT-002: a sexual-offence disclosure not answered within the recording limit of its day.
/// Expected values are worked out from the rule: the 2016 call is judged by HOCR-2015 (24 h, N100
/// exists), the 2008 call by HOCR-2002 (72 h, N100 unknown).
/// </summary>
public sealed class SexualDisclosureRuleTests
{
    private const string Rule = IncidentRules.SexualDisclosure;

    private static readonly DateTimeOffset Walworth = TestRecords.At("2008-11-04T22:41:00Z");

    // 72 hours after the 2008 call.
    private static readonly DateTimeOffset Deadline2008 = TestRecords.At("2008-11-07T22:41:00Z");

    private static readonly IncidentLog Call2008 = Clean with
    {
        ReceivedAt = Walworth,
        CodeScheme = null,
        OpeningCode = null,
        Disclosures = [Disclose(Walworth, DisclosureSource.Call, AllegationType.Rape)],
        ClosedAt = TestRecords.At("2008-11-05T12:00:00Z"),
        SupervisorReviewedAt = TestRecords.At("2008-11-06T09:00:00Z"),
        LinkedCrimeRecordIds = [],
    };

    [Fact]
    public void A_disclosure_answered_by_a_matching_crime_record_passes()
    {
        var result = Evaluate(Clean, [TestRecords.Clean]);

        DoesNotFire(result, Rule);
        DoesNotFire(result, IncidentRules.Unanswered);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void A_record_naming_the_incident_links_it_even_when_the_incident_does_not_list_it()
    {
        var record = TestRecords.Clean with { Incident = TestRecords.Clean.Incident with { IncidentId = "INC-1" } };

        DoesNotFire(Evaluate(Clean with { LinkedCrimeRecordIds = [] }, [record]), Rule);
    }

    [Fact]
    public void An_unanswered_rape_disclosure_is_critical_once_the_limit_has_passed()
    {
        var finding = Fires(Evaluate(Clean with { LinkedCrimeRecordIds = [] }, [TestRecords.Clean]), Rule);

        Assert.Equal(Severity.Critical, finding.Severity);
        Assert.Equal("HOCR-2015", finding.Evidence["edition"]);
        Assert.Equal(24, finding.Evidence["limitHours"]);
        Assert.Equal(Deadline2016, finding.Evidence["deadline"]);
        Assert.Equal(false, finding.Evidence["late"]);
        Assert.Null(finding.Evidence["answeredAt"]);
        Assert.Equal("RAPE", finding.Evidence["group"]);
    }

    [Fact]
    public void The_rule_waits_until_the_limit_has_passed_at_the_as_of()
    {
        var unlinked = Clean with { LinkedCrimeRecordIds = [] };

        DoesNotFire(Evaluate(unlinked, [], Deadline2016), Rule);
        Fires(Evaluate(unlinked, [], Deadline2016.AddSeconds(1)), Rule);
    }

    [Fact]
    public void A_record_decided_at_the_limit_answers_and_one_second_later_is_late()
    {
        DoesNotFire(Evaluate(Clean, [DecidedAt(Deadline2016.AddSeconds(-1))]), Rule);
        DoesNotFire(Evaluate(Clean, [DecidedAt(Deadline2016)]), Rule);

        var late = Fires(Evaluate(Clean, [DecidedAt(Deadline2016.AddSeconds(1))]), Rule);
        Assert.Equal(true, late.Evidence["late"]);
        Assert.Equal(Deadline2016.AddSeconds(1), late.Evidence["answeredAt"]);
        Assert.Equal(Severity.Critical, late.Severity);
    }

    [Fact]
    public void A_record_of_another_group_does_not_answer()
    {
        Fires(Evaluate(Clean, [TestRecords.Theft]), Rule);
    }

    [Fact]
    public void A_reclassification_to_rape_within_the_limit_answers_and_after_it_is_late()
    {
        DoesNotFire(Evaluate(Clean, [ReclassifiedToRapeAt(Deadline2016)]), Rule);

        var late = Fires(Evaluate(Clean, [ReclassifiedToRapeAt(Deadline2016.AddMinutes(1))]), Rule);
        Assert.Equal(true, late.Evidence["late"]);
    }

    [Fact]
    public void An_other_sexual_disclosure_left_unanswered_is_high()
    {
        var incident = Clean with { Disclosures = [Disclose(Received, DisclosureSource.Call, AllegationType.SexualAssault)], LinkedCrimeRecordIds = [] };

        var finding = Fires(Evaluate(incident, []), Rule);

        Assert.Equal(Severity.High, finding.Severity);
        Assert.Equal("OTHER_SEXUAL", finding.Evidence["group"]);
    }

    [Fact]
    public void A_violence_disclosure_is_not_a_sexual_disclosure()
    {
        var incident = Clean with { Disclosures = [Disclose(Received, DisclosureSource.Call, AllegationType.Violence)], LinkedCrimeRecordIds = [] };

        DoesNotFire(Evaluate(incident, []), Rule, RuleStatus.NotApplicable);
    }

    [Fact]
    public void The_Walworth_pattern_fires_critical_under_the_2008_rules()
    {
        // A 2008 rape disclosure closed as a crime-related incident because the victim "consented": no permitted ground.
        var incident = Call2008 with { CrimeDecision = NotRecorded(IncidentDecisionOutcome.CrimeRelatedIncident, "victim consented") };

        var result = Evaluate(incident, []);

        var finding = Fires(result, Rule);
        Assert.Equal(Severity.Critical, finding.Severity);
        Assert.Equal("HOCR-2002", finding.Evidence["edition"]);
        Assert.Equal(72, finding.Evidence["limitHours"]);
        Assert.Equal(Deadline2008, finding.Evidence["deadline"]);
        Assert.Equal(false, finding.Evidence["late"]);
        Assert.DoesNotContain("consented", finding.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("UNANSWERED", Fires(result, IncidentRules.Unanswered).Evidence["reason"]);
    }

    [Fact]
    public void A_lawful_2008_decision_on_a_permitted_ground_answers()
    {
        var incident = Call2008 with { CrimeDecision = NotRecorded(IncidentDecisionOutcome.CrimeRelatedIncident, "Victim not traced after three visits.", RecordingReason.VictimNotConfirmed) };

        var result = Evaluate(incident, []);

        DoesNotFire(result, Rule);
        DoesNotFire(result, IncidentRules.Unanswered);
    }

    [Fact]
    public void A_lawful_decision_taken_after_the_limit_is_late()
    {
        var decision = NotRecorded(IncidentDecisionOutcome.CrimeRelatedIncident, "Victim not traced after three visits.", RecordingReason.VictimNotConfirmed);

        DoesNotFire(Evaluate(Call2008 with { CrimeDecision = decision with { DecidedAt = Deadline2008 } }, []), Rule);
        var late = Fires(Evaluate(Call2008 with { ClosedAt = Deadline2008.AddHours(1), CrimeDecision = decision with { DecidedAt = Deadline2008.AddSeconds(1) } }, []), Rule);
        Assert.Equal(true, late.Evidence["late"]);
    }

    [Fact]
    public void A_decision_that_NCRS_002_or_NCRS_003_would_flag_does_not_answer()
    {
        // A prohibited reason beside a permitted one (NCRS-003).
        Fires(Evaluate(Call2008 with { CrimeDecision = NotRecorded(IncidentDecisionOutcome.CrimeRelatedIncident, "Victim not traced.", RecordingReason.VictimNotConfirmed, RecordingReason.VictimNotCredible) }, []), Rule);

        // A placeholder rationale (NCRS-002).
        Fires(Evaluate(Call2008 with { CrimeDecision = NotRecorded(IncidentDecisionOutcome.CrimeRelatedIncident, "n/a", RecordingReason.VictimNotConfirmed) }, []), Rule);
    }

    [Fact]
    public void Credible_evidence_to_the_contrary_answers_only_with_a_verifiable_item()
    {
        var decision = NotRecorded(IncidentDecisionOutcome.NotRecorded, "CCTV shows the parties elsewhere.", RecordingReason.CredibleEvidenceToContrary);

        Fires(Evaluate(Call2008 with { CrimeDecision = decision with { CredibleEvidenceToContrary = [new EvidenceItem { Type = AviType.OfficerOpinion }] } }, []), Rule);
        DoesNotFire(Evaluate(Call2008 with { CrimeDecision = decision with { CredibleEvidenceToContrary = [new EvidenceItem { Type = AviType.Cctv }] } }, []), Rule);
    }

    [Fact]
    public void Where_N100_exists_a_rape_disclosure_may_not_be_closed_as_a_crime_related_incident()
    {
        var incident = Clean with
        {
            LinkedCrimeRecordIds = [],
            CrimeDecision = NotRecorded(IncidentDecisionOutcome.CrimeRelatedIncident, "Victim not traced after three visits.", RecordingReason.VictimNotConfirmed) with { DecidedAt = Received.AddHours(5) },
        };

        Assert.Equal(Severity.Critical, Fires(Evaluate(incident, []), Rule).Severity);
    }

    [Fact]
    public void The_same_decision_answers_an_other_sexual_disclosure()
    {
        var incident = Clean with
        {
            Disclosures = [Disclose(Received, DisclosureSource.Call, AllegationType.SexualAssault)],
            LinkedCrimeRecordIds = [],
            CrimeDecision = NotRecorded(IncidentDecisionOutcome.CrimeRelatedIncident, "Victim not traced after three visits.", RecordingReason.VictimNotConfirmed) with { DecidedAt = Received.AddHours(5) },
        };

        DoesNotFire(Evaluate(incident, []), Rule);
    }

    [Fact]
    public void A_sound_N100_decision_on_the_incident_answers_where_N100_exists()
    {
        var n100 = new IncidentCrimeDecision
        {
            Outcome = IncidentDecisionOutcome.N100,
            N100SubCode = 2,
            ReasonCodes = [RecordingReason.CredibleEvidenceToContrary],
            CredibleEvidenceToContrary = [new EvidenceItem { Type = AviType.Forensic }],
            DecidedAt = TestRecords.At("2016-03-01T15:00:00Z"),
        };
        var incident = Clean with { LinkedCrimeRecordIds = [] };

        DoesNotFire(Evaluate(incident with { CrimeDecision = n100 }, []), Rule);
        Fires(Evaluate(incident with { CrimeDecision = n100 with { CredibleEvidenceToContrary = [new EvidenceItem { Type = AviType.OfficerOpinion }] } }, []), Rule);
        Fires(Evaluate(incident with { CrimeDecision = n100 with { N100SubCode = null } }, []), Rule);
    }

    [Fact]
    public void A_linked_N100_record_answers_when_SEXOFF_002_does_not_fire_on_it()
    {
        var transferred = TestRecords.Clean with
        {
            RecordingDecision = TestRecords.Clean.RecordingDecision! with { Outcome = RecordingOutcome.N100, N100SubCode = 3, TransferredToForce = "GMP" },
        };

        DoesNotFire(Evaluate(Clean, [transferred]), Rule);

        // Sub-code 3 without the receiving force: SEXOFF-002 fires, so the N100 answers nothing.
        var unsound = transferred with { RecordingDecision = transferred.RecordingDecision! with { TransferredToForce = null } };
        Fires(Evaluate(Clean, [unsound]), Rule);
    }

    [Fact]
    public void A_decision_naming_another_disclosure_does_not_cover_the_rape()
    {
        var incident = Call2008 with
        {
            Disclosures = [Call2008.Disclosures[0], Disclose(Walworth.AddHours(1), DisclosureSource.Attendance, AllegationType.Theft)],
            CrimeDecision = NotRecorded(IncidentDecisionOutcome.CrimeRelatedIncident, "Victim not traced after three visits.", RecordingReason.VictimNotConfirmed) with { DisclosureIndexes = [1] },
        };

        var finding = Fires(Evaluate(incident, []), Rule);
        Assert.Equal(0, finding.Evidence["disclosureIndex"]);
    }

    private static IncidentCrimeDecision NotRecorded(IncidentDecisionOutcome outcome, string rationale, params RecordingReason[] reasons) => new()
    {
        Outcome = outcome,
        RationaleText = rationale,
        ReasonCodes = reasons,
        DecidedAt = TestRecords.At("2008-11-05T10:00:00Z"),
    };

    private static CrimeRecord DecidedAt(DateTimeOffset at) =>
        TestRecords.Clean with { RecordingDecision = TestRecords.Clean.RecordingDecision! with { DecidedAt = at } };

    private static CrimeRecord ReclassifiedToRapeAt(DateTimeOffset at) =>
        TestRecords.Theft with { ClassificationHistory = [TestRecords.Theft.ClassificationHistory[0], TestRecords.Entry(2, "19C", at, ChangeType.ReclassifyUp)] };
}
