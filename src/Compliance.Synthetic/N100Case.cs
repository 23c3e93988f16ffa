using Compliance.Rules.Records;

namespace Compliance.Synthetic;

/// <summary>
/// A rape report not recorded as a rape crime (N100) with what each sub-code needs (SEXOFF-002):
/// 1 the victim, traced through a third party, does not confirm; 2 verifiable evidence to the
/// contrary; 3 another force's area. Some N100/1 victims later confirm and give a first account,
/// and the record is converted to a rape crime within the recording limit (SEXOFF-003).
/// </summary>
internal static class N100Case
{
    private static readonly Weighted<ReportChannel> DirectChannels = new((ReportChannel.EmergencyCall, 60), (ReportChannel.FrontCounter, 40));

    public static void Compose(CaseContext context, RosterOfficer specialist, AllegationType allegation)
    {
        var random = context.Random;
        var draft = context.Draft;
        var roll = random.Next(100);
        var subCode = roll < 55 ? 1 : roll < 70 ? 2 : 3;
        if (subCode == 2 && draft.Victims[0].AgeAtOffence is < 16)
        {
            // A child's report is not closed on contrary evidence here; it goes to the other force.
            subCode = 3;
        }

        if (subCode == 1)
        {
            Recording.SetIncident(context, ReportChannel.ThirdPartyReferral, random.Chance(0.5) ? ReporterType.ThirdParty : ReporterType.Professional, allegation);
            var tracedAt = context.HoursAfter(context.Received, 2, 40);
            draft.AddContact(specialist, OfficerRole.Specialist, tracedAt, QuestioningDepth.None, ContactPurpose.ConfirmAllegation, random.Between(15, 45));
            var decidedAt = context.HoursAfter(tracedAt, 1, 12);
            Recording.N100(context, decidedAt, context.Supervisor, OfficerRole.Supervisor, 1, "Victim traced; does not confirm the allegation.");
            if (random.Chance(0.2))
            {
                Convert(context, specialist, decidedAt);
            }

            return;
        }

        var (channel, reporter) = People.ReportedBy(context, DirectChannels);
        Recording.SetIncident(context, channel, reporter, allegation);
        var firstAt = context.MinutesAfter(context.Received, 10, 120);
        draft.AddContact(context.Responder, OfficerRole.FirstResponder, firstAt, QuestioningDepth.InitialAccount, ContactPurpose.Safeguarding, random.Between(15, 45));
        draft.AddStatement(StatementType.InitialAccount, context.MinutesAfter(firstAt, 5, 30), context.Responder, OfficerRole.FirstResponder, StatementInitiator.Victim);
        var decided = context.HoursAfter(firstAt, 2, 36);
        if (subCode == 2)
        {
            draft.AddContact(specialist, OfficerRole.Specialist, context.HoursAfter(firstAt, 1, 12), QuestioningDepth.Detailed, ContactPurpose.EvidenceCapture, random.Between(60, 150));
            decided = context.HoursAfter(draft.Contacts[^1].At, 4, 30);
            Recording.N100(context, decided, context.Supervisor, OfficerRole.Supervisor, 2, "Verified evidence shows the reported offence did not occur.");
        }
        else
        {
            Recording.N100(context, decided, context.Supervisor, OfficerRole.Supervisor, 3, "Offence occurred in another force area; transferred.");
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
        var convertedAt = context.HoursAfter(accountAt, 1, 24);
        Recording.Reclassify(
            context, convertedAt, ChangeType.N100ToCrime, context.Offence, ClassificationReason.VictimConfirmed,
            "Victim confirms the allegation.", draft.Use(specialist, OfficerRole.Specialist), draft.Use(context.Supervisor, OfficerRole.Supervisor));
        Notices.CrimeReference(context, convertedAt);
        context.DecidedAt = convertedAt;
        var closedAt = Closure.CloseSexual(context, convertedAt);
        Notices.Survey(context, closedAt);
    }
}
