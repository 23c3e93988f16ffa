using Compliance.Rules.Records;

namespace Compliance.Synthetic;

/// <summary>
/// A rape report not recorded as a rape crime. From April 2015 it is an N100 decision with what
/// each sub-code needs: 1 the victim, traced through a third party, does not confirm; 2 verifiable
/// evidence to the contrary; 3 another force's area; some N100/1 victims later confirm and the
/// record is converted to a rape crime within the recording limit. Before April 2015, when whether
/// N100 existed is not known, the same reports end as a crime-related incident (1, 2) or a
/// transfer (3). A displaced report (<see cref="PracticeProfile.DisplacedRapeReports"/>) is a
/// report that should have been recorded: it is closed the same way, as a victim who "did not
/// confirm", some of them on reasons the rules forbid.
/// </summary>
internal static class N100Case
{
    private static readonly Weighted<ReportChannel> DirectChannels = new((ReportChannel.EmergencyCall, 60), (ReportChannel.FrontCounter, 40));

    private static readonly RecordingReason[] ProhibitedReasons =
    [
        RecordingReason.VictimReluctant, RecordingReason.DelayInReporting, RecordingReason.InconsistentAccount, RecordingReason.ProsecutionUnlikely,
    ];

    /// <summary>The sub-code an unrecorded rape report would get: 55% unconfirmed, 15% contrary evidence, 30% another force.</summary>
    public static int SubCode(CaseContext context)
    {
        var roll = context.Random.Next(100);
        var subCode = roll < 55 ? 1 : roll < 70 ? 2 : 3;

        // A child's report is not closed on contrary evidence here; it goes to the other force.
        return subCode == 2 && context.Draft.Victims[0].AgeAtOffence is < 16 ? 3 : subCode;
    }

    public static void Compose(CaseContext context, RosterOfficer specialist, AllegationType allegation, int subCode)
    {
        var random = context.Random;
        var draft = context.Draft;
        if (subCode == 1)
        {
            Recording.SetIncident(context, ReportChannel.ThirdPartyReferral, random.Chance(0.5) ? ReporterType.ThirdParty : ReporterType.Professional, allegation);
            var tracedAt = context.HoursAfter(context.Received, 2, Math.Min(40, context.RecordingLimitHours - 10));
            draft.AddContact(specialist, OfficerRole.Specialist, tracedAt, QuestioningDepth.None, ContactPurpose.ConfirmAllegation, random.Between(15, 45));
            var decidedAt = context.HoursAfter(tracedAt, 1, 6);
            NotRecorded(context, decidedAt, 1, [RecordingReason.VictimNotConfirmed], "Victim traced; does not confirm the allegation.");
            if (context.HasN100 && random.Chance(0.2))
            {
                Convert(context, specialist, decidedAt);
            }

            return;
        }

        var (channel, reporter) = People.ReportedBy(context, DirectChannels);
        Recording.SetIncident(context, channel, reporter, allegation);
        var firstAt = FirstResponse(context);
        if (subCode == 2)
        {
            draft.AddContact(specialist, OfficerRole.Specialist, context.HoursAfter(firstAt, 1, 8), QuestioningDepth.Detailed, ContactPurpose.EvidenceCapture, random.Between(60, 150));
            var decided = context.HoursAfter(draft.Contacts[^1].At, 2, 10);
            NotRecorded(context, decided, 2, [RecordingReason.CredibleEvidenceToContrary], "Verified evidence shows the reported offence did not occur.");
        }
        else
        {
            NotRecorded(context, context.HoursAfter(firstAt, 2, 16), 3, [RecordingReason.OtherForceArea], "Offence occurred in another force area; transferred.");
        }
    }

    /// <summary>A report the unit should have recorded, closed as if the victim had not confirmed it.</summary>
    public static void ComposeDisplaced(CaseContext context, RosterOfficer specialist, AllegationType allegation)
    {
        var random = context.Random;
        var draft = context.Draft;
        var (channel, reporter) = People.ReportedBy(context, DirectChannels);
        Recording.SetIncident(context, channel, reporter, allegation);
        var firstAt = FirstResponse(context);
        var checkedAt = context.HoursAfter(firstAt, 1, 10);
        draft.AddContact(context.Investigator, OfficerRole.Investigator, checkedAt, QuestioningDepth.InitialAccount, ContactPurpose.ConfirmAllegation, random.Between(20, 60));
        _ = specialist;

        // Most look like an unconfirmed report; some say what the decision really rests on.
        RecordingReason[] reasons = random.Chance(0.35) ? [random.Pick(ProhibitedReasons)] : [RecordingReason.VictimNotConfirmed];
        NotRecorded(context, context.HoursAfter(checkedAt, 1, 8), 1, reasons, "Victim not engaging; not confirmed.");
        context.Fate = EventFate.Unrecorded;
    }

    private static DateTimeOffset FirstResponse(CaseContext context)
    {
        var draft = context.Draft;
        var firstAt = context.MinutesAfter(context.Received, 10, 120);
        draft.AddContact(context.Responder, OfficerRole.FirstResponder, firstAt, QuestioningDepth.InitialAccount, ContactPurpose.Safeguarding, context.Random.Between(15, 45));
        draft.AddStatement(StatementType.InitialAccount, context.MinutesAfter(firstAt, 5, 30), context.Responder, OfficerRole.FirstResponder, StatementInitiator.Victim);
        return firstAt;
    }

    /// <summary>N100 with its sub-code when it exists; before, a crime-related incident or (another force's) a transfer.</summary>
    private static void NotRecorded(CaseContext context, DateTimeOffset decidedAt, int subCode, RecordingReason[] reasons, string rationale)
    {
        if (context.HasN100)
        {
            Recording.N100(context, decidedAt, context.Supervisor, OfficerRole.Supervisor, subCode, reasons, rationale);
        }
        else if (subCode == 3)
        {
            Recording.Transfer(context, decidedAt, context.Supervisor, OfficerRole.Supervisor);
        }
        else
        {
            Recording.CrimeRelatedIncident(context, decidedAt, context.Supervisor, OfficerRole.Supervisor, reasons, rationale, contraryEvidence: subCode == 2);
        }
    }

    private static void Convert(CaseContext context, RosterOfficer specialist, DateTimeOffset decidedAt)
    {
        var draft = context.Draft;
        var random = context.Random;
        var contactAt = context.DaysAfter(decidedAt, 3, 40);
        draft.AddContact(specialist, OfficerRole.Specialist, contactAt, QuestioningDepth.Detailed, ContactPurpose.EvidenceCapture, random.Between(90, 180));
        var accountAt = context.MinutesAfter(contactAt, 10, 60);
        var type = draft.Victims[0].AgeAtOffence is < 18 ? StatementType.AbeInterview : StatementType.FirstAccount;
        draft.AddStatement(type, accountAt, specialist, OfficerRole.Specialist, StatementInitiator.Victim);
        var convertedAt = context.HoursAfter(accountAt, 1, context.RecordingLimitHours - 2);
        Recording.Reclassify(
            context, convertedAt, ChangeType.N100ToCrime, context.Offence, ClassificationReason.VictimConfirmed,
            "Victim confirms the allegation.", draft.Use(specialist, OfficerRole.Specialist), draft.Use(context.Supervisor, OfficerRole.Supervisor));
        Notices.CrimeReference(context, convertedAt);
        context.DecidedAt = convertedAt;
        context.Fate = EventFate.Recorded;
        var closedAt = Closure.CloseSexual(context, convertedAt);
        Notices.Survey(context, closedAt);
    }
}
