using Compliance.Rules.Engine;
using Compliance.Rules.Records;
using static Compliance.Rules.Tests.BuiltInRules.BuiltIn;
using static Compliance.Rules.Tests.BuiltInRules.TestRecords;

namespace Compliance.Rules.Tests.BuiltInRules;

public sealed class SexualOffenceRulesTests
{
    private static CrimeRecord Outcome(CrimeRecord record, RecordingOutcome outcome, int? n100SubCode = null) =>
        record with { RecordingDecision = record.RecordingDecision! with { Outcome = outcome, N100SubCode = n100SubCode } };

    // SEXOFF-001

    [Theory]
    [InlineData(RecordingOutcome.CrimeRelatedIncident)]
    [InlineData(RecordingOutcome.NotRecorded)]
    public void Sexoff001_fires_when_a_disclosed_rape_is_not_recorded(RecordingOutcome outcome)
    {
        var finding = Fires(Outcome(Clean, outcome) with { ClassificationHistory = [] }, "SEXOFF-001");

        Assert.Equal(Severity.Critical, finding.Severity);
        Assert.Equal("RAPE", finding.Evidence["allegationType"]);
    }

    [Fact]
    public void Sexoff001_fires_when_an_attempted_rape_is_recorded_outside_rape()
    {
        var record = Clean with
        {
            Incident = Clean.Incident with { AllegationType = AllegationType.AttemptedRape },
            ClassificationHistory = [Clean.ClassificationHistory[0] with { HomeOfficeCode = "17A" }],
        };

        Assert.Equal("OTHER_SEXUAL", Fires(record, "SEXOFF-001").Evidence["initialGroup"]);
    }

    [Fact]
    public void Sexoff001_passes_for_N100_transfer_and_a_rape_crime_later_reclassified()
    {
        Passes(Outcome(Clean, RecordingOutcome.N100, 1), "SEXOFF-001");
        Passes(Outcome(Clean, RecordingOutcome.Transferred), "SEXOFF-001");
        Passes(Clean with { ClassificationHistory = [.. Clean.ClassificationHistory, Change(2, "19C", "20A", ChangeType.ReclassifyDown, "AVI-CCTV")] }, "SEXOFF-001");
    }

    [Fact]
    public void Sexoff001_is_not_applicable_to_other_allegations_or_without_an_outcome()
    {
        NotApplicable(Outcome(Clean, RecordingOutcome.NotRecorded) with { Incident = Clean.Incident with { AllegationType = AllegationType.SexualAssault } }, "SEXOFF-001");
        NotApplicable(Clean with { Incident = Clean.Incident with { AllegationType = null } }, "SEXOFF-001");
        NotApplicable(Clean with { RecordingDecision = null }, "SEXOFF-001");
    }

    // SEXOFF-002

    [Fact]
    public void Sexoff002_fires_on_N100_without_a_sub_code() =>
        Assert.Null(Fires(Outcome(Clean, RecordingOutcome.N100), "SEXOFF-002").Evidence["n100SubCode"]);

    [Fact]
    public void Sexoff002_fires_on_each_sub_code_without_its_evidence()
    {
        Fires(Outcome(Clean, RecordingOutcome.N100, 1), "SEXOFF-002");
        var unverifiable = Outcome(Clean, RecordingOutcome.N100, 2);
        unverifiable = unverifiable with
        {
            RecordingDecision = unverifiable.RecordingDecision! with { CredibleEvidenceToContrary = [new EvidenceItem { Type = AviType.SuspectAccount }] },
        };
        Fires(unverifiable, "SEXOFF-002");
        Fires(Outcome(Clean, RecordingOutcome.N100, 3), "SEXOFF-002");
    }

    [Fact]
    public void Sexoff002_passes_when_the_sub_code_has_its_evidence()
    {
        var confirmed = Outcome(Clean, RecordingOutcome.N100, 1) with
        {
            VictimContacts = [.. Clean.VictimContacts, Contact("C-3", "2016-03-02T10:00:00Z", Specialist, QuestioningDepth.None, ContactPurpose.ConfirmAllegation)],
        };
        var contrary = Outcome(Clean, RecordingOutcome.N100, 2);
        contrary = contrary with
        {
            RecordingDecision = contrary.RecordingDecision! with { CredibleEvidenceToContrary = [new EvidenceItem { Type = AviType.LocationData }] },
        };
        var elsewhere = Outcome(Clean, RecordingOutcome.N100, 3);
        elsewhere = elsewhere with { RecordingDecision = elsewhere.RecordingDecision! with { TransferredToForce = "GMP" } };

        Passes(confirmed, "SEXOFF-002");
        Passes(contrary, "SEXOFF-002");
        Passes(elsewhere, "SEXOFF-002");
    }

    [Fact]
    public void Sexoff002_is_not_applicable_unless_the_outcome_is_N100()
    {
        NotApplicable(Clean, "SEXOFF-002");
        NotApplicable(Clean with { RecordingDecision = null }, "SEXOFF-002");
    }

    // SEXOFF-003: an N100 decision, then an ABE interview on 5 March 2016 at 10:00.

    private static readonly CrimeRecord N100ThenAbe = Outcome(Clean, RecordingOutcome.N100, 1) with
    {
        Statements = [.. Clean.Statements, Statement("S-3", StatementType.AbeInterview, "2016-03-05T10:00:00Z", Specialist)],
    };

    private static CrimeRecord ConvertedAt(string at) =>
        N100ThenAbe with { ClassificationHistory = [.. Clean.ClassificationHistory, Entry(2, "19C", At(at), ChangeType.N100ToCrime)] };

    [Fact]
    public void Sexoff003_fires_when_no_N100_to_crime_follows_the_account_within_the_limit()
    {
        Assert.Equal(new object?[] { "S-3" }, Fires(N100ThenAbe, "SEXOFF-003").Evidence["statementIds"]);
        Fires(ConvertedAt("2016-03-06T10:00:01Z"), "SEXOFF-003");
    }

    [Fact]
    public void Sexoff003_passes_when_converted_within_the_limit_or_before_the_limit_has_passed()
    {
        Passes(ConvertedAt("2016-03-06T10:00:00Z"), "SEXOFF-003");
        Passes(N100ThenAbe, "SEXOFF-003", At("2016-03-06T09:00:00Z"));
    }

    [Fact]
    public void Sexoff003_ignores_accounts_given_before_the_N100_decision() =>
        Passes(Outcome(Clean, RecordingOutcome.N100, 1), "SEXOFF-003");

    [Fact]
    public void Sexoff003_is_not_applicable_without_an_N100_or_an_account()
    {
        NotApplicable(N100ThenAbe with { RecordingDecision = Clean.RecordingDecision }, "SEXOFF-003");
        NotApplicable(N100ThenAbe with { Statements = [Clean.Statements[0]] }, "SEXOFF-003");
    }

    // SEXOFF-004

    private static readonly VictimContact DetailedByInvestigatorAt11 =
        Contact("C-0", "2016-03-01T11:00:00Z", Investigator, QuestioningDepth.Detailed, ContactPurpose.EvidenceCapture);

    [Fact]
    public void Sexoff004_fires_on_detailed_questioning_by_a_non_specialist_before_the_specialist()
    {
        var finding = Fires(Clean with { VictimContacts = [.. Clean.VictimContacts, DetailedByInvestigatorAt11] }, "SEXOFF-004");

        Assert.Equal(Severity.Critical, finding.Severity);
        Assert.Equal(new object?[] { "C-0" }, finding.Evidence["contactIds"]);
        Assert.Equal(At("2016-03-01T12:00:00Z"), finding.Evidence["firstSpecialistContactAt"]);
    }

    [Fact]
    public void Sexoff004_fires_when_there_is_no_specialist_contact_at_all() =>
        Fires(Clean with { VictimContacts = [Clean.VictimContacts[0], DetailedByInvestigatorAt11] }, "SEXOFF-004");

    [Fact]
    public void Sexoff004_fires_when_the_officer_was_not_yet_a_specialist()
    {
        var record = Clean with
        {
            Officers = [.. Clean.Officers.Where(o => o.OfficerRef != Specialist), Officer(Specialist, OfficerRole.Specialist, OwningUnitId, Accreditation(AccreditationType.Sto, "2016-03-02"))],
        };

        Fires(record, "SEXOFF-004");
    }

    [Fact]
    public void Sexoff004_passes_when_detailed_questioning_follows_the_specialist_or_is_by_a_specialist()
    {
        Passes(Clean with { VictimContacts = [.. Clean.VictimContacts, DetailedByInvestigatorAt11 with { At = At("2016-03-01T12:30:00Z") }] }, "SEXOFF-004");
        Passes(Clean with { VictimContacts = [.. Clean.VictimContacts, DetailedByInvestigatorAt11 with { QuestioningDepth = QuestioningDepth.InitialAccount }] }, "SEXOFF-004");
        Passes(Clean, "SEXOFF-004");
    }

    [Fact]
    public void Sexoff004_is_not_applicable_to_other_records_or_without_contacts()
    {
        NotApplicable(Theft with { VictimContacts = [.. Theft.VictimContacts, DetailedByInvestigatorAt11] }, "SEXOFF-004");
        NotApplicable(Clean with { VictimContacts = [] }, "SEXOFF-004");
    }

    // SEXOFF-005

    private static readonly VictimContact CredibilityCheckAt15 =
        Contact("C-5", "2016-03-01T15:00:00Z", Investigator, QuestioningDepth.InitialAccount, ContactPurpose.CredibilityAssessment);

    [Fact]
    public void Sexoff005_fires_on_a_credibility_assessment_before_the_recording_decision()
    {
        var finding = Fires(Clean with { VictimContacts = [.. Clean.VictimContacts, CredibilityCheckAt15] }, "SEXOFF-005");

        Assert.Equal(new object?[] { "CREDIBILITY_ASSESSMENT" }, finding.Evidence["purposes"]);
        Assert.Equal(Severity.High, finding.Severity);
    }

    [Fact]
    public void Sexoff005_fires_on_a_classification_check_while_there_is_no_decision() =>
        Fires(Clean with
        {
            RecordingDecision = null,
            VictimContacts = [.. Clean.VictimContacts, CredibilityCheckAt15 with { PurposeCode = ContactPurpose.ClassificationCheck, At = At("2016-03-03T10:00:00Z") }],
        }, "SEXOFF-005");

    [Fact]
    public void Sexoff005_passes_on_a_check_after_the_decision() =>
        Passes(Clean with { VictimContacts = [.. Clean.VictimContacts, CredibilityCheckAt15 with { At = Decided }] }, "SEXOFF-005");

    [Fact]
    public void Sexoff005_is_not_applicable_to_other_records_or_without_contacts()
    {
        NotApplicable(Theft with { VictimContacts = [.. Theft.VictimContacts, CredibilityCheckAt15] }, "SEXOFF-005");
        NotApplicable(Clean with { VictimContacts = [] }, "SEXOFF-005");
    }

    // SEXOFF-006: 19C → 20A on qualifying CCTV, authorised by the registrar (FCR, independent).

    private static readonly CrimeRecord MovedOutOfRape = Clean with
    {
        ClassificationHistory = [.. Clean.ClassificationHistory, Change(2, "19C", "20A", ChangeType.ReclassifyDown, "AVI-CCTV")],
        AdditionalVerifiableInformation = [QualifyingCctv],
    };

    private static CrimeRecord MovedOutOfRapeWith(Func<ClassificationEntry, ClassificationEntry> change) =>
        MovedOutOfRape with { ClassificationHistory = [MovedOutOfRape.ClassificationHistory[0], change(MovedOutOfRape.ClassificationHistory[1])] };

    [Fact]
    public void Sexoff006_passes_on_qualifying_avi_and_independent_registrar_authority() => Passes(MovedOutOfRape, "SEXOFF-006");

    [Fact]
    public void Sexoff006_fires_without_qualifying_avi()
    {
        var finding = Fires(MovedOutOfRapeWith(h => h with { AviRefs = [] }), "SEXOFF-006");

        Assert.Equal(Severity.Critical, finding.Severity);
        Assert.Equal(new object?[] { 2 }, finding.Evidence["entrySeqs"]);
        Assert.Equal(new object?[] { "19C" }, finding.Evidence["fromCodes"]);
    }

    [Fact]
    public void Sexoff006_fires_without_an_authoriser_or_with_one_lacking_authority()
    {
        Fires(MovedOutOfRapeWith(h => h with { AuthorisedByOfficerRef = null }), "SEXOFF-006");
        Fires(MovedOutOfRapeWith(h => h with { AuthorisedByOfficerRef = Supervisor }), "SEXOFF-006");
        Fires(MovedOutOfRapeWith(h => h with { AuthorisedAt = null }), "SEXOFF-006");
    }

    [Fact]
    public void Sexoff006_fires_when_an_investigating_officer_authorises()
    {
        var record = MovedOutOfRapeWith(h => h with { AuthorisedByOfficerRef = Specialist }) with
        {
            Officers = [.. Clean.Officers.Where(o => o.OfficerRef != Specialist), Officer(Specialist, OfficerRole.Specialist, OwningUnitId, Accreditation(AccreditationType.Sto, "2010-01-01"), Accreditation(AccreditationType.Ddm, "2010-01-01"))],
        };

        Fires(record, "SEXOFF-006");
    }

    [Fact]
    public void Sexoff006_is_not_applicable_without_a_move_out_of_rape()
    {
        NotApplicable(Clean, "SEXOFF-006");
        NotApplicable(MovedOutOfRape with { ClassificationHistory = [Entry(1, "20A", Decided, ChangeType.Initial), Change(2, "20A", "19C", ChangeType.ReclassifyUp)] }, "SEXOFF-006");
        NotApplicable(MovedOutOfRape with { ClassificationHistory = [Entry(1, "19C", Decided, ChangeType.Initial), Change(2, "19C", "19D", ChangeType.ReclassifyLateral)] }, "SEXOFF-006");
    }
}
