using Compliance.Rules.Engine;
using Compliance.Rules.Records;
using static Compliance.Rules.Tests.BuiltInRules.BuiltIn;
using static Compliance.Rules.Tests.BuiltInRules.TestRecords;

namespace Compliance.Rules.Tests.BuiltInRules;

public sealed class CancellationRulesTests
{
    /// <summary>
    /// <see cref="TestRecords.Clean"/> cancelled properly: C2 on qualifying CCTV, requested by the investigator on
    /// 10 March 2016, authorised by the independent registrar (FCR), the victim told the next day with an explanation.
    /// </summary>
    private static readonly CrimeRecord Cancelled = Clean with
    {
        Cancellation = Cancellation(CancellationCode.C2, "AVI-CCTV"),
        AdditionalVerifiableInformation = [QualifyingCctv],
        Notifications = [.. Clean.Notifications, CancellationNotice("2016-03-11T10:00:00Z")],
    };

    private static CrimeRecord CancelledWith(Func<Cancellation, Cancellation> change) => Cancelled with { Cancellation = change(Cancelled.Cancellation!) };

    private static CrimeRecord AsTheft(CrimeRecord record) =>
        record with { Incident = Theft.Incident, ClassificationHistory = Theft.ClassificationHistory };

    private static readonly Statement VictimWithdrawsOn8March = Withdrawal("S-W", "2016-03-08T10:00:00Z", Specialist);

    [Theory]
    [InlineData("CANCEL-001")]
    [InlineData("CANCEL-002")]
    [InlineData("CANCEL-003")]
    [InlineData("CANCEL-004")]
    [InlineData("CANCEL-005")]
    [InlineData("CANCEL-006")]
    [InlineData("CANCEL-008")]
    public void A_proper_cancellation_passes(string ruleId) => Passes(Cancelled, ruleId);

    [Theory]
    [InlineData("CANCEL-001")]
    [InlineData("CANCEL-002")]
    [InlineData("CANCEL-003")]
    [InlineData("CANCEL-004")]
    [InlineData("CANCEL-005")]
    [InlineData("CANCEL-006")]
    [InlineData("CANCEL-007")]
    [InlineData("CANCEL-008")]
    public void Cancellation_rules_are_not_applicable_without_a_cancellation(string ruleId) => NotApplicable(Clean, ruleId);

    // CANCEL-001

    [Fact]
    public void Cancel001_fires_without_a_code() =>
        Assert.Null(Fires(CancelledWith(c => c with { Code = null }), "CANCEL-001").Evidence["code"]);

    [Fact]
    public void Cancel001_fires_on_C5_before_HOCR_2019_and_passes_from_it()
    {
        var c5 = CancelledWith(c => c with { Code = CancellationCode.C5 });

        Assert.Equal(new object?[] { "C1", "C2", "C3", "C4" }, Fires(c5, "CANCEL-001").Evidence["validCodes"]);
        Passes(c5 with { RulesEdition = "HOCR-2019" }, "CANCEL-001");
    }

    // CANCEL-002

    [Fact]
    public void Cancel002_fires_on_C2_without_qualifying_avi_critical_in_a_serious_group()
    {
        var finding = Fires(CancelledWith(c => c with { AviRefs = ["AVI-NOTHING"] }), "CANCEL-002");

        Assert.Equal(Severity.Critical, finding.Severity);
        Assert.Equal(new object?[] { "AVI-NOTHING" }, finding.Evidence["aviRefs"]);
    }

    [Fact]
    public void Cancel002_is_high_outside_the_serious_groups() =>
        Assert.Equal(Severity.High, Fires(AsTheft(CancelledWith(c => c with { AviRefs = [] })), "CANCEL-002").Severity);

    [Fact]
    public void Cancel002_does_not_accept_avi_verified_by_the_requester() =>
        Fires(CancelledWith(c => c with { RequestedByOfficerRef = Registrar }), "CANCEL-002");

    [Fact]
    public void Cancel002_is_not_applicable_to_other_codes() =>
        NotApplicable(CancelledWith(c => c with { Code = CancellationCode.C4, AviRefs = [] }), "CANCEL-002");

    // CANCEL-003

    private static CrimeRecord CancelledOn(params AviItem[] items) =>
        CancelledWith(c => c with { AviRefs = [.. items.Select(a => a.AviId)] }) with { AdditionalVerifiableInformation = items };

    private static readonly AviItem Retraction = Avi("AVI-R", AviType.VictimRetraction, "2016-03-08T10:00:00Z", Registrar);
    private static readonly AviItem Opinion = Avi("AVI-O", AviType.OfficerOpinion, "2016-03-08T10:00:00Z", Registrar);

    [Fact]
    public void Cancel003_fires_when_all_avi_is_insufficient_and_includes_a_retraction()
    {
        var finding = Fires(CancelledOn(Retraction, Opinion), "CANCEL-003");

        Assert.Equal(Severity.Critical, finding.Severity);
        Assert.Equal(new object?[] { "VICTIM_RETRACTION", "OFFICER_OPINION" }, finding.Evidence["aviTypes"]);
    }

    [Fact]
    public void Cancel003_fires_on_a_cancellation_without_avi_requested_after_a_withdrawal()
    {
        Fires(CancelledOn() with { Statements = [.. Clean.Statements, VictimWithdrawsOn8March] }, "CANCEL-003");
        Fires(CancelledWith(c => c with { AviRefs = ["AVI-NOTHING"] }) with { Statements = [.. Clean.Statements, VictimWithdrawsOn8March] }, "CANCEL-003");
    }

    [Fact]
    public void Cancel003_passes_when_verifiable_avi_is_relied_on_too_or_no_retraction_is_involved()
    {
        Passes(CancelledOn(Retraction, QualifyingCctv), "CANCEL-003");
        Passes(CancelledOn(Opinion), "CANCEL-003");
        Passes(CancelledOn() with { Statements = [.. Clean.Statements, VictimWithdrawsOn8March with { TakenAt = At("2016-03-10T13:00:00Z") }] }, "CANCEL-003");
    }

    // CANCEL-004

    [Fact]
    public void Cancel004_fires_when_the_latest_victim_statement_is_a_withdrawal_critical_on_a_sexual_offence()
    {
        var finding = Fires(Cancelled with { Statements = [.. Clean.Statements, VictimWithdrawsOn8March] }, "CANCEL-004");

        Assert.Equal(Severity.Critical, finding.Severity);
        Assert.Equal("S-W", finding.Evidence["statementId"]);
        Assert.Equal("WITHDRAWAL_OF_SUPPORT", finding.Evidence["statementType"]);
    }

    [Fact]
    public void Cancel004_is_high_on_other_records() =>
        Assert.Equal(Severity.High, Fires(AsTheft(Cancelled) with { Statements = [.. Clean.Statements, VictimWithdrawsOn8March] }, "CANCEL-004").Severity);

    [Fact]
    public void Cancel004_fires_on_a_retraction_that_does_not_say_the_event_did_not_happen()
    {
        var retraction = Withdrawal("S-R", "2016-03-08T10:00:00Z", Specialist, StatementType.Retraction);

        Fires(Cancelled with { Statements = [.. Clean.Statements, retraction] }, "CANCEL-004");
        Fires(Cancelled with { Statements = [.. Clean.Statements, retraction with { ContentFlags = null }] }, "CANCEL-004");
        Passes(Cancelled with { Statements = [.. Clean.Statements, retraction with { ContentFlags = retraction.ContentFlags! with { AssertsEventDidNotHappen = true } }] }, "CANCEL-004");
    }

    [Fact]
    public void Cancel004_ignores_witness_statements_but_not_later_victim_statements()
    {
        var witness = Statement("S-X", StatementType.Witness, "2016-03-09T10:00:00Z", Investigator);
        var laterAccount = Statement("S-Y", StatementType.AbeInterview, "2016-03-09T10:00:00Z", Specialist);

        Fires(Cancelled with { Statements = [.. Clean.Statements, VictimWithdrawsOn8March, witness] }, "CANCEL-004");
        Passes(Cancelled with { Statements = [.. Clean.Statements, VictimWithdrawsOn8March, laterAccount] }, "CANCEL-004");
        Passes(Cancelled with { Statements = [.. Clean.Statements, VictimWithdrawsOn8March with { TakenAt = At("2016-03-10T12:00:00Z") }] }, "CANCEL-004");
    }

    [Fact]
    public void Cancel004_is_not_applicable_without_a_request_time() =>
        NotApplicable(CancelledWith(c => c with { RequestedAt = null }) with { Statements = [.. Clean.Statements, VictimWithdrawsOn8March] }, "CANCEL-004");

    // CANCEL-005

    [Fact]
    public void Cancel005_fires_without_an_authoriser() =>
        Assert.Null(Fires(CancelledWith(c => c with { AuthorisedByOfficerRef = null }), "CANCEL-005").Evidence["authorisedBy"]);

    [Fact]
    public void Cancel005_fires_on_a_supervisor_in_a_serious_group_and_passes_on_one_elsewhere()
    {
        var bySupervisor = CancelledWith(c => c with { AuthorisedByOfficerRef = Supervisor });

        Assert.Equal("SUPERVISOR", Fires(bySupervisor, "CANCEL-005").Evidence["authoriserRole"]);
        Passes(AsTheft(bySupervisor), "CANCEL-005");
    }

    [Fact]
    public void Cancel005_needs_the_accreditation_valid_on_the_day_of_authorisation()
    {
        var expired = Cancelled with
        {
            Officers = [.. Clean.Officers.Where(o => o.OfficerRef != Registrar), Officer(Registrar, OfficerRole.CrimeRegistrar, "U-REGISTRY", Accreditation(AccreditationType.Fcr, "2010-01-01", "2016-03-09"))],
        };
        var lastDay = expired with { Officers = [.. Clean.Officers.Where(o => o.OfficerRef != Registrar), Officer(Registrar, OfficerRole.CrimeRegistrar, "U-REGISTRY", Accreditation(AccreditationType.Ddm, "2010-01-01", "2016-03-10"))] };

        Fires(expired, "CANCEL-005");
        Passes(lastDay, "CANCEL-005");
    }

    [Fact]
    public void Cancel005_treats_an_unknown_authoriser_as_having_no_authority() =>
        Fires(CancelledWith(c => c with { AuthorisedByOfficerRef = "OFF-NOBODY" }), "CANCEL-005");

    // CANCEL-006

    [Fact]
    public void Cancel006_fires_when_the_requester_authorises_critical_on_a_sexual_offence()
    {
        var finding = Fires(CancelledWith(c => c with { RequestedByOfficerRef = Registrar }), "CANCEL-006");

        Assert.Equal(Severity.Critical, finding.Severity);
        Assert.Equal(true, finding.Evidence["authoriserIsInvestigator"]);
    }

    [Fact]
    public void Cancel006_fires_when_an_investigating_officer_or_a_member_of_the_owning_unit_authorises()
    {
        var byResponder = CancelledWith(c => c with { AuthorisedByOfficerRef = FirstResponder });
        var byColleague = CancelledWith(c => c with { AuthorisedByOfficerRef = UnitColleague });

        Assert.Equal("U-RESPONSE", Fires(byResponder, "CANCEL-006").Evidence["authoriserUnit"]);
        Assert.Equal(OwningUnitId, Fires(byColleague, "CANCEL-006").Evidence["owningUnit"]);
        Assert.Equal(Severity.High, Fires(AsTheft(byResponder), "CANCEL-006").Severity);
    }

    [Fact]
    public void Cancel006_drops_only_the_owning_unit_clause_outside_the_independent_authorisation_groups()
    {
        // A theft cancelled by a colleague of the owning unit who neither asked for it nor investigated it: lawful.
        Passes(AsTheft(CancelledWith(c => c with { AuthorisedByOfficerRef = UnitColleague })), "CANCEL-006");
        Fires(AsTheft(CancelledWith(c => c with { AuthorisedByOfficerRef = c.RequestedByOfficerRef })), "CANCEL-006");
    }

    [Fact]
    public void Cancel006_passes_an_independent_authoriser_even_when_the_record_has_no_owning_unit() =>
        Passes(Cancelled with { OwningUnit = null }, "CANCEL-006");

    [Fact]
    public void Cancel006_is_not_applicable_without_an_authoriser() =>
        NotApplicable(CancelledWith(c => c with { AuthorisedByOfficerRef = null }), "CANCEL-006");

    // CANCEL-007

    [Fact]
    public void Cancel007_fires_on_C1_without_the_receiving_force_reference_high_in_a_serious_group()
    {
        var finding = Fires(CancelledWith(c => c with { Code = CancellationCode.C1, TransferredToForce = "GMP" }), "CANCEL-007");

        Assert.Equal(Severity.High, finding.Severity);
        Assert.Equal("GMP", finding.Evidence["transferredToForce"]);
    }

    [Fact]
    public void Cancel007_fires_on_C3_without_a_duplicate_or_pointing_at_itself_medium_elsewhere()
    {
        Fires(CancelledWith(c => c with { Code = CancellationCode.C3 }), "CANCEL-007");
        Assert.Equal(Severity.Medium, Fires(AsTheft(CancelledWith(c => c with { Code = CancellationCode.C3, DuplicateOfCrimeRecordId = Clean.CrimeRecordId })), "CANCEL-007").Severity);
    }

    [Fact]
    public void Cancel007_fires_on_C4_without_an_error_type_or_on_a_record_with_an_account_or_an_arrest()
    {
        var c4 = AsTheft(CancelledWith(c => c with { Code = CancellationCode.C4, ErrorType = CancellationErrorType.WrongRecord })) with { Statements = [] };

        Fires(c4 with { Cancellation = c4.Cancellation! with { ErrorType = null } }, "CANCEL-007");
        Assert.Equal(new object?[] { "S-2" }, Fires(c4 with { Statements = Clean.Statements }, "CANCEL-007").Evidence["victimAccountStatementIds"]);
        Fires(c4 with { Suspects = [new Suspect { PersonRef = "P-2", Identified = true, ArrestedAt = At("2016-03-02T10:00:00Z") }] }, "CANCEL-007");
        Passes(c4, "CANCEL-007");
    }

    [Fact]
    public void Cancel007_passes_complete_C1_and_C3()
    {
        Passes(CancelledWith(c => c with { Code = CancellationCode.C1, TransferredToForce = "GMP", ReceivingForceReference = "GMP-123" }), "CANCEL-007");
        Passes(CancelledWith(c => c with { Code = CancellationCode.C3, DuplicateOfCrimeRecordId = "CR-TEST-0" }), "CANCEL-007");
    }

    [Fact]
    public void Cancel007_is_not_applicable_to_C2_and_C5()
    {
        NotApplicable(Cancelled, "CANCEL-007");
        NotApplicable(CancelledWith(c => c with { Code = CancellationCode.C5 }), "CANCEL-007");
    }

    // CANCEL-008: authorised Thursday 10 March 2016 15:00; enhanced rights, so the deadline is Friday 11 March 23:59:59 GMT.

    [Fact]
    public void Cancel008_fires_without_a_notice_with_an_explanation()
    {
        var finding = Fires(Cancelled with { Notifications = Clean.Notifications }, "CANCEL-008");

        Assert.Equal(At("2016-03-11T23:59:59Z"), finding.Evidence["deadline"]);
        Fires(Cancelled with { Notifications = [CancellationNotice("2016-03-11T10:00:00Z") with { ExplanationGiven = false }] }, "CANCEL-008");
        Fires(Cancelled with { Notifications = [CancellationNotice("2016-03-12T00:00:00Z")] }, "CANCEL-008");
    }

    [Fact]
    public void Cancel008_passes_at_the_deadline_or_before_it_has_passed()
    {
        Passes(Cancelled with { Notifications = [CancellationNotice("2016-03-11T23:59:59Z")] }, "CANCEL-008");
        Passes(Cancelled with { Notifications = [] }, "CANCEL-008", At("2016-03-11T23:59:59Z"));
    }

    [Fact]
    public void Cancel008_gives_five_working_days_without_enhanced_rights()
    {
        var standard = Cancelled with { Victims = [new Victim { PersonRef = "P-1", EnhancedRightsEligible = false }], Notifications = [CancellationNotice("2016-03-17T12:00:00Z")] };

        Passes(standard, "CANCEL-008");
    }

    [Fact]
    public void Cancel008_is_not_applicable_without_a_victim_or_an_authorisation_time()
    {
        NotApplicable(Cancelled with { Victims = [], Notifications = [] }, "CANCEL-008");
        NotApplicable(CancelledWith(c => c with { AuthorisedAt = null }) with { Notifications = [] }, "CANCEL-008");
    }
}
