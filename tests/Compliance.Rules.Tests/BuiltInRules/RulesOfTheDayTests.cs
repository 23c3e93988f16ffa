using Compliance.Rules.Engine;
using Compliance.Rules.Records;
using static Compliance.Rules.Tests.BuiltInRules.BuiltIn;
using static Compliance.Rules.Tests.BuiltInRules.TestRecords;

namespace Compliance.Rules.Tests.BuiltInRules;

/// <summary>
/// Each rule judged by the rules in force on the day of the decision it checks. Records are built by hand;
/// the expected deadlines, limits and entries are worked out from the published dates (London time: BST
/// began on 29 March 2015, 31 March 2013 and 31 March 2019).
/// </summary>
public sealed class RulesOfTheDayTests
{
    private static readonly CrimeRecord Rape2009 = Records2009.Rape;

    private static CrimeRecord ReportedAndDecided(CrimeRecord record, string reported, string decided) => record with
    {
        Incident = record.Incident with { ReportReceivedAt = At(reported) },
        RecordingDecision = record.RecordingDecision! with { DecidedAt = At(decided) },
    };

    private static CrimeRecord AsTheft(CrimeRecord record) => record with
    {
        Incident = record.Incident with { AllegationType = AllegationType.Theft },
        ClassificationHistory = [record.ClassificationHistory[0] with { HomeOfficeCode = "49A" }],
    };

    // NCRS-001: 72 hours under HOCR-2002 (alias HOCR-2008), 24 hours from 1 April 2015.

    [Fact]
    public void Ncrs001_allows_72_hours_in_2009_and_fires_one_second_later()
    {
        Passes(ReportedAndDecided(Rape2009, "2009-03-03T10:00:00Z", "2009-03-06T10:00:00Z"), "NCRS-001");
        var finding = Fires(ReportedAndDecided(Rape2009, "2009-03-03T10:00:00Z", "2009-03-06T10:00:01Z"), "NCRS-001");

        Assert.Equal("HOCR-2002", finding.Evidence["edition"]);
        Assert.Equal(72, finding.Evidence["limitHours"]);
        Assert.Equal(Severity.Critical, finding.Severity);
    }

    [Fact]
    public void Ncrs001_takes_the_24_hour_limit_from_the_London_date_1_April_2015()
    {
        // 2015-03-31T23:30Z is 00:30 BST on 1 April: HOCR-2015.
        Passes(ReportedAndDecided(Clean, "2015-03-31T23:30:00Z", "2015-04-01T23:30:00Z"), "NCRS-001");
        Assert.Equal(24, Fires(ReportedAndDecided(Clean, "2015-03-31T23:30:00Z", "2015-04-01T23:30:01Z"), "NCRS-001").Evidence["limitHours"]);

        // 2015-03-31T22:59:59Z is 23:59:59 BST on 31 March: still 72 hours.
        Passes(ReportedAndDecided(Clean, "2015-03-31T22:59:59Z", "2015-04-01T23:59:59Z"), "NCRS-001");
    }

    [Fact]
    public void Ncrs001_follows_a_rulesEdition_given_by_its_alias()
    {
        var thirtyHours = ReportedAndDecided(Clean, "2016-03-01T10:00:00Z", "2016-03-02T16:00:00Z");

        Fires(thirtyHours, "NCRS-001");
        Passes(thirtyHours with { RulesEdition = "HOCR-2008" }, "NCRS-001");
        Passes(thirtyHours with { RulesEdition = "HOCR-2002" }, "NCRS-001");
    }

    [Fact]
    public void An_unknown_rulesEdition_is_a_record_error_and_an_error_of_every_counting_rules_rule_but_the_others_run()
    {
        var record = Clean with { RulesEdition = "HOCR-2030", Victims = [.. Clean.Victims, new Victim { PersonRef = "P-3", EnhancedRightsEligible = false }] };

        var evaluation = BuiltIn.Engine.Evaluate(record, AsOf);

        Assert.Equal(new RuleEvaluationError("rulesEdition", "unknown rulesEdition 'HOCR-2030'"), evaluation.Errors[0]);
        Assert.Contains(new RuleEvaluationError("NCRS-001", "unknown rulesEdition 'HOCR-2030'"), evaluation.Errors);
        Assert.Contains(new RuleEvaluationError("CANCEL-001", "unknown rulesEdition 'HOCR-2030'"), evaluation.Errors);
        Assert.DoesNotContain(evaluation.Errors, e => e.RuleId is "NCRS-005" or "VICTIM-001" or "OUTCOME-001" or "RETRACT-001");
        Assert.Contains(evaluation.Findings, f => f.RuleId == "NCRS-005");
        Assert.Equal(RuleStatus.Error, Assert.Single(evaluation.Rules, r => r.RuleId == "NCRS-001").Status);

        var explanation = BuiltIn.Engine.Explain(record, AsOf);
        Assert.Equal(("rulesEdition", RuleStatus.Error, "unknown rulesEdition 'HOCR-2030'"), (explanation.Rules[0].RuleId, explanation.Rules[0].Status, explanation.Rules[0].Error));
        Assert.Equal("HOCR-2030", explanation.Edition);
    }

    [Fact]
    public void A_report_before_the_first_counting_rules_entry_makes_its_rules_not_in_force()
    {
        var record = ReportedAndDecided(Rape2009, "2002-03-31T22:59:59Z", "2002-04-10T10:00:00Z");

        Assert.Equal("before HOCR-2002", NotInForce(record, "NCRS-001"));
        Passes(ReportedAndDecided(Rape2009, "2002-03-31T23:00:00Z", "2002-04-01T10:00:00Z"), "NCRS-001");
    }

    // SEXOFF-001: the not-recorded branch only where N100 exists at the report.

    [Fact]
    public void Sexoff001_does_not_fire_on_a_2009_rape_closed_as_a_crime_related_incident_but_does_in_2016()
    {
        static CrimeRecord Incident(CrimeRecord record) => record with
        {
            RecordingDecision = record.RecordingDecision! with { Outcome = RecordingOutcome.CrimeRelatedIncident },
            ClassificationHistory = [],
        };

        Passes(Incident(Rape2009), "SEXOFF-001");
        var finding = Fires(Incident(Clean), "SEXOFF-001");
        Assert.Equal(true, finding.Evidence["hasN100"]);
        Assert.Equal(Severity.Critical, finding.Severity);
    }

    [Fact]
    public void Sexoff001_initial_classification_branch_applies_in_2009()
    {
        Fires(Rape2009 with { ClassificationHistory = [Rape2009.ClassificationHistory[0] with { HomeOfficeCode = "20A" }] }, "SEXOFF-001");
        Passes(Rape2009, "SEXOFF-001");
    }

    [Fact]
    public void Sexoff002_applies_to_an_N100_record_whatever_the_entry()
    {
        var n100 = Rape2009 with { RecordingDecision = Rape2009.RecordingDecision! with { Outcome = RecordingOutcome.N100 }, ClassificationHistory = [] };

        Fires(n100, "SEXOFF-002");
        Passes(n100 with { RecordingDecision = n100.RecordingDecision! with { N100SubCode = 3, TransferredToForce = "GMP" } }, "SEXOFF-002");
    }

    // SEXOFF-005 (2016: 24-hour limit; reported 10:00, decided 20:00; the specialist is STO-accredited).

    private static CrimeRecord WithContact(CrimeRecord record, ContactPurpose purpose, string officer, string at = "2016-03-01T15:00:00Z") =>
        record with { VictimContacts = [.. record.VictimContacts, Contact("C-9", at, officer, QuestioningDepth.InitialAccount, purpose)] };

    [Fact]
    public void Sexoff005_fires_on_a_credibility_assessment_before_recording_by_any_officer()
    {
        var finding = Fires(WithContact(Clean, ContactPurpose.CredibilityAssessment, Specialist), "SEXOFF-005");

        Assert.Equal(new object?[] { "C-9" }, finding.Evidence["contactIds"]);
        Passes(WithContact(Clean, ContactPurpose.CredibilityAssessment, Specialist, "2016-03-01T21:00:00Z"), "SEXOFF-005");
    }

    [Fact]
    public void Sexoff005_lets_a_specialist_establish_the_offence_within_the_limit()
    {
        Passes(WithContact(Clean, ContactPurpose.ClassificationCheck, Specialist), "SEXOFF-005");
        Fires(WithContact(Clean, ContactPurpose.ClassificationCheck, FirstResponder), "SEXOFF-005");
    }

    [Fact]
    public void Sexoff005_fires_on_a_specialist_classification_check_when_the_decision_came_after_the_limit()
    {
        var check = WithContact(Clean, ContactPurpose.ClassificationCheck, Specialist);

        Passes(check with { RecordingDecision = check.RecordingDecision! with { DecidedAt = At("2016-03-02T10:00:00Z") } }, "SEXOFF-005");
        Fires(check with { RecordingDecision = check.RecordingDecision! with { DecidedAt = At("2016-03-02T10:00:01Z") } }, "SEXOFF-005");
    }

    [Fact]
    public void Sexoff005_without_a_decision_judges_once_the_limit_has_passed_at_the_as_of_time()
    {
        var pending = WithContact(Clean, ContactPurpose.ClassificationCheck, Specialist) with { RecordingDecision = Clean.RecordingDecision! with { DecidedAt = null } };

        Passes(pending, "SEXOFF-005", At("2016-03-02T10:00:00Z"));
        Fires(pending, "SEXOFF-005", At("2016-03-02T10:00:01Z"));
    }

    // SEXOFF-006: the authority of the counting rules in force at the change.

    private static CrimeRecord MovedOutOfRape2009(string effectiveAt, string authoriser) => Rape2009 with
    {
        ClassificationHistory =
        [
            Rape2009.ClassificationHistory[0],
            Change(2, "19C", "20A", ChangeType.ReclassifyDown, "AVI-CCTV") with
            {
                EffectiveAt = At(effectiveAt), AuthorisedAt = At(effectiveAt), AuthorisedByOfficerRef = authoriser,
            },
        ],
        AdditionalVerifiableInformation = [Records2009.Cctv],
    };

    [Fact]
    public void Sexoff006_accepts_a_2009_downgrade_authorised_by_the_force_crime_registrar_role()
    {
        Passes(MovedOutOfRape2009("2009-03-10T12:00:00Z", Registrar), "SEXOFF-006");
        Passes(MovedOutOfRape2009("2009-03-10T12:00:00Z", Records2009.DecisionMaker), "SEXOFF-006");
        Fires(MovedOutOfRape2009("2009-03-10T12:00:00Z", Supervisor), "SEXOFF-006");
    }

    [Fact]
    public void Sexoff006_needs_a_valid_accreditation_from_1_April_2015()
    {
        // 2015-03-31T22:59:59Z is still 31 March in London; 23:00:00Z is 1 April.
        Passes(MovedOutOfRape2009("2015-03-31T22:59:59Z", Registrar), "SEXOFF-006");
        Fires(MovedOutOfRape2009("2015-03-31T23:00:00Z", Registrar), "SEXOFF-006");
    }

    // CANCEL-001: codes of the entry at the request.

    [Fact]
    public void Cancel001_accepts_C5_only_from_1_April_2019()
    {
        static CrimeRecord C5(string requestedAt) => AsTheft(Clean) with { Cancellation = Cancellation(CancellationCode.C5) with { RequestedAt = At(requestedAt), AuthorisedAt = At(requestedAt) } };

        Assert.Equal("HOCR-2015", Fires(C5("2019-03-31T22:59:59Z"), "CANCEL-001").Evidence["edition"]);
        Passes(C5("2019-03-31T23:00:00Z"), "CANCEL-001");
    }

    // CANCEL-003 and CANCEL-004: a transfer or a duplicate after a withdrawal is lawful.

    private static CrimeRecord WithdrawnThenCancelled(CrimeRecord record, Cancellation cancellation, string withdrawnAt) => record with
    {
        Statements = [.. record.Statements, Withdrawal("S-9", withdrawnAt, Specialist)],
        Cancellation = cancellation,
    };

    [Fact]
    public void Cancel003_and_Cancel004_do_not_judge_a_transfer_or_a_duplicate_after_a_withdrawal()
    {
        var transfer = Records2009.Cancellation(CancellationCode.C1) with { TransferredToForce = "GMP", ReceivingForceReference = "GMP/1" };
        var duplicate = Records2009.Cancellation(CancellationCode.C3) with { DuplicateOfCrimeRecordId = "CR-2009-0" };

        foreach (var cancellation in new[] { transfer, duplicate })
        {
            var record = WithdrawnThenCancelled(Rape2009, cancellation, "2009-03-09T10:00:00Z");
            NotApplicable(record, "CANCEL-003");
            NotApplicable(record, "CANCEL-004");
        }
    }

    [Fact]
    public void Cancel004_names_the_closure_of_the_day()
    {
        var in2009 = Fires(WithdrawnThenCancelled(Rape2009, Records2009.Cancellation(CancellationCode.C2), "2009-03-09T10:00:00Z"), "CANCEL-004");
        var in2016 = Fires(WithdrawnThenCancelled(Clean, Cancellation(CancellationCode.C2), "2016-03-09T10:00:00Z"), "CANCEL-004");

        Assert.Equal("stay recorded as undetected", in2009.Evidence["lawfulClosure"]);
        Assert.Contains("stay recorded as undetected", in2009.Message, StringComparison.Ordinal);
        Assert.Equal("outcome 16 (or 14)", in2016.Evidence["lawfulClosure"]);
        Fires(WithdrawnThenCancelled(Rape2009, Records2009.Cancellation(CancellationCode.C2), "2009-03-09T10:00:00Z"), "CANCEL-003");
    }

    // CANCEL-005: the authority of the entry at the request.

    [Fact]
    public void Cancel005_accepts_the_registrar_and_decision_maker_roles_in_2009_but_not_in_2016()
    {
        var in2009 = Rape2009 with { AdditionalVerifiableInformation = [Records2009.Cctv] };
        Passes(in2009 with { Cancellation = Records2009.Cancellation(CancellationCode.C2, "AVI-CCTV") with { AuthorisedByOfficerRef = Records2009.DecisionMaker } }, "CANCEL-005");
        Fires(in2009 with { Cancellation = Records2009.Cancellation(CancellationCode.C2, "AVI-CCTV") with { AuthorisedByOfficerRef = Supervisor } }, "CANCEL-005");

        var in2016 = Clean with
        {
            Officers = [.. Clean.Officers, Officer(Records2009.DecisionMaker, OfficerRole.DecisionMaker, "U-REGISTRY")],
            AdditionalVerifiableInformation = [QualifyingCctv],
        };
        Fires(in2016 with { Cancellation = Cancellation(CancellationCode.C2, "AVI-CCTV") with { AuthorisedByOfficerRef = Records2009.DecisionMaker } }, "CANCEL-005");
        Passes(in2016 with { Cancellation = Cancellation(CancellationCode.C2, "AVI-CCTV") }, "CANCEL-005");
    }

    // OUTCOME-001: each outcome by its own date; superseded outcomes are history.

    [Fact]
    public void Outcome001_allows_one_standing_outcome_beside_superseded_ones()
    {
        var detected = Outcome(1) with { SupersededAt = At("2016-06-01T12:00:00Z") };
        var theft = AsTheft(Clean);

        Passes(theft with { Outcomes = [detected, Outcome(18, "2016-06-01T12:00:00Z")] }, "OUTCOME-001");
        Fires(theft with { Outcomes = [detected with { SupersededAt = null }, Outcome(18, "2016-06-01T12:00:00Z")] }, "OUTCOME-001");
        Passes(theft with { Outcomes = [detected], Cancellation = Cancellation(CancellationCode.C4) }, "OUTCOME-001");
        Fires(theft with { Outcomes = [detected with { SupersededAt = null }], Cancellation = Cancellation(CancellationCode.C4) }, "OUTCOME-001");
    }

    [Fact]
    public void Outcome001_judges_2009_outcomes_by_the_detections_of_the_day()
    {
        var theft = AsTheft(Rape2009);
        var finding = Fires(theft with { Outcomes = [Records2009.Outcome(18)] }, "OUTCOME-001");

        Assert.Equal(new object?[] { 18 }, finding.Evidence["invalidTypes"]);
        Assert.Equal(new object?[] { "DETECTIONS" }, finding.Evidence["outcomeEditions"]);
        Passes(theft with { Outcomes = [Records2009.Outcome(9)] }, "OUTCOME-001");

        // Outcome 13 arrived with the framework: 1 April 2013 began at 2013-03-31T23:00Z (BST).
        Fires(theft with { Outcomes = [Records2009.Outcome(13, "2013-03-31T22:59:59Z")] }, "OUTCOME-001");
        Passes(theft with { Outcomes = [Records2009.Outcome(13, "2013-03-31T23:00:00Z")] }, "OUTCOME-001");
    }

    [Fact]
    public void Outcome002_is_not_in_force_before_victim_decision_outcomes_existed()
    {
        var theft = AsTheft(Clean);

        Fires(theft with { Outcomes = [Outcome(16)] }, "OUTCOME-002");
        Assert.Equal("not in force", NotInForce(theft with { Outcomes = [Outcome(16, "2014-03-31T22:59:59Z")] }, "OUTCOME-002"));
    }

    [Fact]
    public void Outcome003_uses_the_sanction_types_at_the_outcome()
    {
        var noSuspect = AsTheft(Clean) with { Suspects = [] };

        Fires(noSuspect with { Outcomes = [Outcome(6)] }, "OUTCOME-003");
        NotApplicable(noSuspect with { Outcomes = [Outcome(8)] }, "OUTCOME-003");
    }

    // VICTIM-001 and NCRS-004: the Victims' Code in force.

    [Fact]
    public void Victim001_is_not_in_force_before_the_2015_Code()
    {
        Assert.Equal("not in force", NotInForce(Rape2009, "VICTIM-001"));
        Assert.Equal("not in force", NotInForce(ReportedAndDecided(Clean with { Notifications = [] }, "2015-11-15T23:59:59Z", "2015-11-16T10:00:00Z"), "VICTIM-001"));
        Assert.Equal("VCOP-2015", Fires(ReportedAndDecided(Clean with { Notifications = [] }, "2015-11-16T00:00:00Z", "2015-11-16T10:00:00Z"), "VICTIM-001").Evidence["code"]);
    }

    [Fact]
    public void Ncrs004_is_not_in_force_while_the_Code_covered_recorded_crime_only()
    {
        static CrimeRecord NotRecorded(CrimeRecord record) => record with
        {
            RecordingDecision = record.RecordingDecision! with { Outcome = RecordingOutcome.NotRecorded, ReasonCodes = [RecordingReason.VictimNotConfirmed] },
            ClassificationHistory = [],
        };

        Assert.Equal("not in force", NotInForce(NotRecorded(AsTheft(Rape2009)), "NCRS-004"));
        Fires(NotRecorded(AsTheft(Clean)), "NCRS-004");
    }

    // CANCEL-008: the decision-notice deadline of the Code at the authorisation (enhanced rights: 1 working day).

    [Fact]
    public void Cancel008_uses_the_2006_Code_for_a_2009_cancellation()
    {
        var cancelled = Rape2009 with { Cancellation = Records2009.Cancellation(CancellationCode.C2) };

        // Authorised Tuesday 10 March 2009 (GMT): due by the end of Wednesday 11 March.
        Passes(cancelled with { Notifications = [CancellationNotice("2009-03-11T23:59:59Z")] }, "CANCEL-008");
        var finding = Fires(cancelled with { Notifications = [CancellationNotice("2009-03-12T00:00:00Z")] }, "CANCEL-008");
        Assert.Equal("VCOP-2006", finding.Evidence["code"]);
        Assert.Equal(At("2009-03-11T23:59:59Z"), finding.Evidence["deadline"]);
    }

    [Fact]
    public void Cancel008_is_not_in_force_before_the_first_Code()
    {
        var early = Rape2009 with { Cancellation = Records2009.Cancellation(CancellationCode.C2) with { AuthorisedAt = At("2006-04-02T12:00:00Z") } };

        Assert.Equal("before VCOP-2006", NotInForce(early, "CANCEL-008"));
    }

    // VICTIM-002: the police right to review from 1 April 2015, outcomes 10 and 15, no CPS decision.

    private static CrimeRecord Interviewed(params Outcome[] outcomes) => AsTheft(Clean) with
    {
        Suspects = [new Suspect { PersonRef = "P-2", Identified = true, InterviewedUnderCautionAt = At("2015-02-01T10:00:00Z") }],
        Outcomes = outcomes,
    };

    [Fact]
    public void Victim002_fires_only_on_outcomes_of_the_scheme_after_it_began()
    {
        Assert.Equal("not in force", NotInForce(Interviewed(Outcome(15, "2015-03-31T22:59:59Z")), "VICTIM-002"));
        Fires(Interviewed(Outcome(15, "2015-03-31T23:00:00Z")), "VICTIM-002");
        NotApplicable(Interviewed(Outcome(21)), "VICTIM-002");
        NotApplicable(Interviewed(Outcome(15) with { CpsDecisionRef = "CPS-1" }), "VICTIM-002");
    }

    // Coverage: every enabled record rule's status on a record.

    [Fact]
    public void An_evaluation_lists_every_rule_as_fired_passed_not_applicable_or_not_in_force()
    {
        var evaluation = BuiltIn.Engine.Evaluate(Rape2009, AsOf);

        Assert.Equal(BuiltIn.Engine.Pack.Rules.Where(r => r.Scope == Compliance.Rules.Packs.RuleScope.Record && r.Enabled).Select(r => r.Id), evaluation.Rules.Select(r => r.RuleId));
        Assert.Equal(RuleStatus.NotInForce, evaluation.Rules.Single(r => r.RuleId == "VICTIM-001").Status);
        Assert.Equal(RuleStatus.NotInForce, evaluation.Rules.Single(r => r.RuleId == "NCRS-004").Status);
        Assert.Equal(RuleStatus.NotApplicable, evaluation.Rules.Single(r => r.RuleId == "VICTIM-002").Status);
        Assert.Equal(RuleStatus.Passed, evaluation.Rules.Single(r => r.RuleId == "NCRS-001").Status);
        Assert.Equal(evaluation.Findings.Select(f => f.RuleId), evaluation.Rules.Where(r => r.Status == RuleStatus.Fired).Select(r => r.RuleId));
    }
}
