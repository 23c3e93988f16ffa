using System.Globalization;
using Compliance.Rules.Records;

namespace Compliance.Rules.Tests.BuiltInRules;

/// <summary>
/// A small, valid rape record that breaks no rule (<see cref="Clean"/>), and builders for the parts
/// tests change with <c>with</c>. Times are UTC; 2016 falls in HOCR-2015 (24-hour limit).
/// </summary>
internal static class TestRecords
{
    public const string FirstResponder = "OFF-FR";
    public const string Specialist = "OFF-STO";
    public const string Investigator = "OFF-INV";
    public const string UnitColleague = "OFF-COL";
    public const string Registrar = "OFF-FCR";
    public const string Supervisor = "OFF-SUP";
    public const string OwningUnitId = "U-SAPPHIRE";

    /// <summary>An as-of time long after every deadline of <see cref="Clean"/>.</summary>
    public static readonly DateTimeOffset AsOf = At("2017-06-01T00:00:00Z");

    public static readonly DateTimeOffset Reported = At("2016-03-01T10:00:00Z");
    public static readonly DateTimeOffset Decided = At("2016-03-01T20:00:00Z");

    public static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);

    public static CrimeRecord Clean { get; } = new()
    {
        SchemaVersion = "1.0",
        CrimeRecordId = "CR-TEST-1",
        OwningUnit = new OwningUnit { UnitId = OwningUnitId },
        Incident = new Incident { ReportReceivedAt = Reported, AllegationType = AllegationType.Rape },
        RecordingDecision = new RecordingDecision
        {
            Outcome = RecordingOutcome.CrimeRecorded,
            DecidedAt = Decided,
            DecidedByOfficerRef = Investigator,
            RationaleText = "Recorded on the victim's account.",
        },
        ClassificationHistory = [Entry(1, "19C", Decided, ChangeType.Initial) with { ReasonCode = ClassificationReason.InitialRecording, RequestedByOfficerRef = Investigator }],
        Victims = [new Victim { PersonRef = "P-1", EnhancedRightsEligible = true }],
        Suspects = [new Suspect { PersonRef = "P-2", Identified = true }],
        Officers =
        [
            Officer(FirstResponder, OfficerRole.FirstResponder, "U-RESPONSE"),
            Officer(Specialist, OfficerRole.Specialist, OwningUnitId, Accreditation(AccreditationType.Sto, "2010-01-01")),
            Officer(Investigator, OfficerRole.Investigator, OwningUnitId, Accreditation(AccreditationType.Pip2, "2010-01-01")),
            Officer(UnitColleague, OfficerRole.UnitHead, OwningUnitId),
            Officer(Registrar, OfficerRole.CrimeRegistrar, "U-REGISTRY", Accreditation(AccreditationType.Fcr, "2010-01-01")),
            Officer(Supervisor, OfficerRole.Supervisor, "U-OTHER"),
        ],
        VictimContacts =
        [
            Contact("C-1", "2016-03-01T10:10:00Z", FirstResponder, QuestioningDepth.InitialAccount, ContactPurpose.Safeguarding),
            Contact("C-2", "2016-03-01T12:00:00Z", Specialist, QuestioningDepth.Detailed, ContactPurpose.EvidenceCapture),
        ],
        Statements =
        [
            Statement("S-1", StatementType.InitialAccount, "2016-03-01T10:15:00Z", FirstResponder),
            Statement("S-2", StatementType.FirstAccount, "2016-03-01T13:00:00Z", Specialist),
        ],
        Notifications = [new Notification { Type = NotificationType.CrimeReference, SentAt = At("2016-03-01T21:00:00Z"), Channel = NotificationChannel.Letter }],
    };

    /// <summary><see cref="Clean"/> as a theft (classification 49A, group OTHER): not a sexual-offence record, not serious.</summary>
    public static CrimeRecord Theft { get; } = Clean with
    {
        Incident = Clean.Incident with { AllegationType = AllegationType.Theft },
        ClassificationHistory = [Clean.ClassificationHistory[0] with { HomeOfficeCode = "49A" }],
    };

    public static ClassificationEntry Entry(int seq, string code, DateTimeOffset at, ChangeType changeType) =>
        new() { Seq = seq, HomeOfficeCode = code, EffectiveAt = at, ChangeType = changeType };

    /// <summary>A complete later history entry (previous code, reason, requester, justification, authoriser).</summary>
    public static ClassificationEntry Change(int seq, string previous, string code, ChangeType changeType, params string[] aviRefs) =>
        Entry(seq, code, At("2016-03-10T12:00:00Z"), changeType) with
        {
            PreviousHomeOfficeCode = previous,
            ReasonCode = ClassificationReason.AdditionalVerifiableInformation,
            JustificationText = "CCTV shows a different offence.",
            RequestedByOfficerRef = Investigator,
            AuthorisedByOfficerRef = Registrar,
            AuthorisedAt = At("2016-03-10T15:00:00Z"),
            AviRefs = aviRefs,
        };

    public static Officer Officer(string officerRef, OfficerRole role, string unit, params Accreditation[] accreditations) =>
        new() { OfficerRef = officerRef, Role = role, UnitId = unit, Accreditations = accreditations };

    public static Accreditation Accreditation(AccreditationType type, string from, string? to = null) =>
        new() { Type = type, ValidFrom = DateOnly.Parse(from, CultureInfo.InvariantCulture), ValidTo = to is null ? null : DateOnly.Parse(to, CultureInfo.InvariantCulture) };

    public static VictimContact Contact(string id, string at, string officerRef, QuestioningDepth depth, ContactPurpose purpose) =>
        new() { ContactId = id, At = At(at), OfficerRef = officerRef, QuestioningDepth = depth, PurposeCode = purpose };

    public static Statement Statement(string id, StatementType type, string at, string officerRef, StatementInitiator initiatedBy = StatementInitiator.Victim) =>
        new() { StatementId = id, Type = type, TakenAt = At(at), TakenByOfficerRef = officerRef, InitiatedBy = initiatedBy };

    /// <summary>A withdrawal of support with complete content flags (pressure explored, reasons given).</summary>
    public static Statement Withdrawal(string id, string at, string officerRef, StatementType type = StatementType.WithdrawalOfSupport) =>
        Statement(id, type, at, officerRef) with
        {
            ContentFlags = new ContentFlags
            {
                AssertsEventDidNotHappen = false,
                ReasonsGiven = [RetractionReason.DoesNotWantCourt],
                PressureOrIntimidationExplored = true,
            },
        };

    public static AviItem Avi(string id, AviType type, string obtainedAt, string? verifiedBy) =>
        new() { AviId = id, Type = type, ObtainedAt = At(obtainedAt), ObtainedByOfficerRef = Investigator, VerifiedByOfficerRef = verifiedBy };

    /// <summary>A CCTV item obtained after the recording decision and verified by someone other than the investigator: qualifying.</summary>
    public static AviItem QualifyingCctv { get; } = Avi("AVI-CCTV", AviType.Cctv, "2016-03-05T09:00:00Z", Registrar);

    /// <summary>A C2 cancellation requested by the investigator and authorised by the registrar, relying on <paramref name="aviRefs"/>.</summary>
    public static Cancellation Cancellation(CancellationCode? code, params string[] aviRefs) => new()
    {
        Code = code,
        RequestedByOfficerRef = Investigator,
        RequestedAt = At("2016-03-10T12:00:00Z"),
        AuthorisedByOfficerRef = Registrar,
        AuthorisedAt = At("2016-03-10T15:00:00Z"),
        AviRefs = aviRefs,
    };

    /// <summary>A cancellation notification with an explanation, sent at <paramref name="at"/>.</summary>
    public static Notification CancellationNotice(string at) =>
        new() { Type = NotificationType.Cancellation, SentAt = At(at), ExplanationGiven = true };

    public static Outcome Outcome(int type, string at = "2016-05-01T12:00:00Z") =>
        new() { OutcomeType = type, AssignedAt = At(at), AssignedByOfficerRef = Investigator };
}
