using Compliance.Rules.Records;
using static Compliance.Rules.Tests.BuiltInRules.TestRecords;

namespace Compliance.Rules.Tests.BuiltInRules;

/// <summary>
/// Records of the Sapphire period, built by hand: a rape reported on Tuesday 3 March 2009 (HOCR-2002, 72-hour
/// limit, no N100 known; detections; 2006 Victims' Code; no right to review). The registrar and the decision
/// maker hold their roles but no accreditation; the specialist is STO-accredited from 2005.
/// </summary>
internal static class Records2009
{
    public const string DecisionMaker = "OFF-DM";

    public static readonly DateTimeOffset Reported = At("2009-03-03T10:00:00Z");
    public static readonly DateTimeOffset Decided = At("2009-03-03T20:00:00Z");

    public static CrimeRecord Rape { get; } = Clean with
    {
        CrimeRecordId = "CR-2009-1",
        Incident = Clean.Incident with { ReportReceivedAt = Reported },
        RecordingDecision = Clean.RecordingDecision! with { DecidedAt = Decided },
        ClassificationHistory = [Clean.ClassificationHistory[0] with { EffectiveAt = Decided }],
        VictimContacts =
        [
            Contact("C-1", "2009-03-03T10:10:00Z", FirstResponder, QuestioningDepth.InitialAccount, ContactPurpose.Safeguarding),
            Contact("C-2", "2009-03-03T12:00:00Z", Specialist, QuestioningDepth.Detailed, ContactPurpose.EvidenceCapture),
        ],
        Statements =
        [
            Statement("S-1", StatementType.InitialAccount, "2009-03-03T10:15:00Z", FirstResponder),
            Statement("S-2", StatementType.FirstAccount, "2009-03-03T13:00:00Z", Specialist),
        ],
        Notifications = [],
        Officers =
        [
            Officer(FirstResponder, OfficerRole.FirstResponder, "U-RESPONSE"),
            Officer(Specialist, OfficerRole.Specialist, OwningUnitId, Accreditation(AccreditationType.Sto, "2005-01-01")),
            Officer(Investigator, OfficerRole.Investigator, OwningUnitId),
            Officer(UnitColleague, OfficerRole.UnitHead, OwningUnitId),
            Officer(Registrar, OfficerRole.CrimeRegistrar, "U-REGISTRY"),
            Officer(DecisionMaker, OfficerRole.DecisionMaker, "U-REGISTRY"),
            Officer(Supervisor, OfficerRole.Supervisor, "U-OTHER"),
        ],
    };

    /// <summary>A C2 cancellation of <see cref="Rape"/> requested by the investigator, authorised by the registrar, on qualifying CCTV.</summary>
    public static Cancellation Cancellation(CancellationCode? code, params string[] aviRefs) =>
        TestRecords.Cancellation(code, aviRefs) with { RequestedAt = At("2009-03-10T12:00:00Z"), AuthorisedAt = At("2009-03-10T15:00:00Z") };

    public static AviItem Cctv { get; } = Avi("AVI-CCTV", AviType.Cctv, "2009-03-05T09:00:00Z", Registrar);

    public static Outcome Outcome(int type, string at = "2009-05-01T12:00:00Z") => TestRecords.Outcome(type, at);
}
