using Compliance.Rules.Records;

namespace Compliance.Synthetic;

/// <summary>
/// A rape or other sexual offence owned by a specialist sexual-offences unit. Done right: the
/// first responder takes only the initial account, a trained officer (STO) takes the first
/// account, the report is recorded promptly, a withdrawal is taken by the specialist at the
/// victim's wish with reasons and pressure explored, and closes as outcome 16/14. Done the
/// Sapphire way (per <see cref="PracticeProfile"/>): a detective without sexual-offence training
/// questions the victim closely "to ensure correct classification" first, retractions are sought,
/// and the retraction is used to cancel the crime.
/// </summary>
internal static class SexualOffenceCase
{
    private static readonly Weighted<ReportChannel> Channels = new(
        (ReportChannel.EmergencyCall, 40), (ReportChannel.NonEmergencyCall, 20), (ReportChannel.FrontCounter, 22),
        (ReportChannel.ThirdPartyReferral, 18));

    public static void Compose(CaseContext context, RosterOfficer specialist)
    {
        var random = context.Random;
        var practice = context.Practice;
        var offence = context.Offence;

        var allegation = offence.Allegation == AllegationType.Rape && random.Chance(0.15) ? AllegationType.AttemptedRape : offence.Allegation;
        var rape = offence.Family == OffenceFamily.Rape;
        if (rape && practice.DisplacedRapeReports > 0 && random.Chance(practice.DisplacedRapeReports))
        {
            context.Affected = true;
            N100Case.ComposeDisplaced(context, specialist, allegation);
            return;
        }

        // A report that would not be recorded (N100, or a crime-related incident or transfer
        // before N100 existed); a unit that records everything records it and sorts it out later.
        var unrecorded = rape && random.Chance(practice.RapeN100) ? N100Case.SubCode(context) : 0;
        if (unrecorded != 0 && !practice.RecordsEverything)
        {
            N100Case.Compose(context, specialist, allegation, unrecorded);
            return;
        }

        context.Affected |= unrecorded != 0 && context.Practising;

        var draft = context.Draft;
        var (channel, reporter) = People.ReportedBy(context, Channels);
        Recording.SetIncident(context, channel, reporter, allegation);

        // First response: safeguarding and the initial account only.
        var firstAt = context.MinutesAfter(context.Received, 10, 120);
        draft.AddContact(context.Responder, OfficerRole.FirstResponder, firstAt, QuestioningDepth.InitialAccount, ContactPurpose.Safeguarding, random.Between(15, 45));
        draft.AddStatement(StatementType.InitialAccount, context.MinutesAfter(firstAt, 5, 30), context.Responder, OfficerRole.FirstResponder, StatementInitiator.Victim);

        // Close questioning by a non-specialist before the trained officer (SEXOFF-004), in
        // Sapphire as a credibility filter ahead of recording (SEXOFF-005).
        DateTimeOffset? questionedAt = null;
        if (random.Chance(practice.DetailedBeforeSpecialist))
        {
            context.Affected |= practice.QuestioningIsCredibilityFilter;
            questionedAt = context.HoursAfter(context.Received, 3, Math.Min(30, context.RecordingLimitHours - 10));
            var purpose = !practice.QuestioningIsCredibilityFilter ? ContactPurpose.EvidenceCapture
                : random.Chance(0.6) ? ContactPurpose.ClassificationCheck : ContactPurpose.CredibilityAssessment;
            draft.AddContact(context.Investigator, OfficerRole.Investigator, questionedAt.Value, QuestioningDepth.Detailed, purpose, random.Between(60, 150));
        }

        var specialistAt = questionedAt is { } q ? context.HoursAfter(q, 2, 40) : context.HoursAfter(context.Received, 2, 20);
        draft.AddContact(specialist, OfficerRole.Specialist, specialistAt, QuestioningDepth.Detailed, ContactPurpose.EvidenceCapture, random.Between(90, 180));
        var childVictim = draft.Victims[0].AgeAtOffence is < 18;
        var firstAccountAt = context.MinutesAfter(specialistAt, 10, 60);
        draft.AddStatement(childVictim ? StatementType.AbeInterview : StatementType.FirstAccount, firstAccountAt, specialist, OfficerRole.Specialist, StatementInitiator.Victim);

        var isva = random.Chance(practice.IsvaReferral);
        if (isva)
        {
            draft.AddContact(specialist, OfficerRole.Specialist, context.HoursAfter(firstAccountAt, 1, 48), QuestioningDepth.None, ContactPurpose.IsvaReferral, random.Between(10, 20));
        }

        // Sapphire: the detective who questioned the victim decides; elsewhere the sergeant.
        var decidedAt = Recording.DecisionTime(context, questionedAt ?? context.Received);
        if (questionedAt is not null && practice.QuestioningIsCredibilityFilter)
        {
            Recording.RecordAsCrime(context, decidedAt, context.Investigator, OfficerRole.Investigator);
        }
        else
        {
            Recording.RecordAsCrime(context, decidedAt, context.Supervisor, OfficerRole.Supervisor);
        }

        Notices.CrimeReference(context, decidedAt);
        var settledAt = Later(decidedAt, firstAccountAt);

        if (offence.Allegation == AllegationType.SexualAssault && random.Chance(0.04))
        {
            // The first account discloses penetration: the record goes up to rape.
            settledAt = context.HoursAfter(settledAt, 2, 48);
            Recording.Reclassify(
                context, settledAt, ChangeType.ReclassifyUp, OffenceMix.RapeFor(offence), ClassificationReason.NewInformation,
                "First account discloses penetration.", draft.Use(specialist, OfficerRole.Specialist), draft.Use(context.Supervisor, OfficerRole.Supervisor));
        }

        var closedAt = unrecorded is 2 or 3
            ? SortOut(context, specialist, settledAt, unrecorded)
            : Resolve(context, specialist, settledAt, isva);
        Notices.Survey(context, closedAt);
    }

    /// <summary>A report recorded at once that proves to be another force's (C1) or contradicted by verified evidence (C2).</summary>
    private static DateTimeOffset SortOut(CaseContext context, RosterOfficer specialist, DateTimeOffset settledAt, int subCode) => subCode == 3
            ? Cancellations.Transfer(context, specialist, OfficerRole.Specialist)
            : Cancellations.AdditionalVerifiableInformation(context, specialist, OfficerRole.Specialist, settledAt, retractionStatement: null);

    /// <summary>Cancels, closes as unsupported, or investigates to an outcome; returns when the record was decided.</summary>
    private static DateTimeOffset Resolve(CaseContext context, RosterOfficer specialist, DateTimeOffset settledAt, bool isva)
    {
        var random = context.Random;
        var practice = context.Practice;
        var rape = context.Current.Family == OffenceFamily.Rape;
        var retraction = rape ? practice.RapeRetraction : practice.OtherSexualRetraction;
        var wellFounded = (rape ? practice.RapeWellFoundedCancellation : practice.RapeWellFoundedCancellation * 0.6) * (context.AfterInspection ? 0.5 : 1.0);

        if (random.Chance(retraction))
        {
            return Withdraw(context, specialist, settledAt, isva);
        }

        if (random.Chance(wellFounded / (1 - retraction)))
        {
            context.Affected |= context.Practising && practice.RecordsEverything;
            return CancelWellFounded(context, specialist, settledAt, isva);
        }

        return Closure.CloseSexual(context, settledAt);
    }

    private static DateTimeOffset Withdraw(CaseContext context, RosterOfficer specialist, DateTimeOffset settledAt, bool isva)
    {
        var random = context.Random;
        var practice = context.Practice;
        var draft = context.Draft;
        var at = context.DaysAfter(settledAt, 2, 30);

        // Sapphire's SOP: officers ask for a retraction where they expect the victim to withdraw
        // or the case to miss the charging standard (RETRACT-001).
        if (random.Chance(practice.RetractionRequestContact))
        {
            draft.AddContact(context.Investigator, OfficerRole.Investigator, context.HoursAfter(at, -47, -1), QuestioningDepth.None, ContactPurpose.RetractionRequest, random.Between(15, 60));
        }

        var type = practice.SeeksRetractions
            ? (random.Chance(0.85) ? StatementType.Retraction : StatementType.WithdrawalOfSupport)
            : (random.Chance(0.88) ? StatementType.WithdrawalOfSupport : StatementType.Retraction);
        var initiatedBy = random.Chance(practice.PoliceInitiatedRetraction) ? StatementInitiator.Police : StatementInitiator.Victim;
        var byNonSpecialist = random.Chance(practice.RetractionTakenByNonSpecialist);
        var taker = byNonSpecialist ? context.Investigator : specialist;
        var takerRole = byNonSpecialist ? OfficerRole.Investigator : OfficerRole.Specialist;
        var support = practice.SeeksRetractions ? new[] { SupportType.None } : Retractions.Support(context, isva);
        var statement = Retractions.Take(context, type, at, taker, takerRole, initiatedBy, support, assertsUntrue: false);
        context.Affected |= practice.SeeksRetractions;

        if (random.Chance(practice.CancelOnRetraction))
        {
            context.Affected = true;
            return Cancellations.OnRetraction(context, taker, takerRole, at, statement, type);
        }

        if (!practice.SeeksRetractions && random.Chance(Cancellations.LawfulAfterWithdrawal))
        {
            // Found later to be a crime already recorded, or another force's: cancelled lawfully
            // although the victim had withdrawn support.
            return Cancellations.AfterWithdrawal(context, specialist, OfficerRole.Specialist, at);
        }

        return Closure.CloseUnsupported(context, at, statement);
    }

    private static DateTimeOffset CancelWellFounded(CaseContext context, RosterOfficer specialist, DateTimeOffset settledAt, bool isva)
    {
        var random = context.Random;
        var roll = random.Next(100);
        if (roll < 65)
        {
            // Sometimes the victim also says, unprompted and with support, that it did not
            // happen; the cancellation still rests on the verified AVI, not on that statement.
            string? retraction = null;
            if (random.Chance(0.3))
            {
                var at = context.DaysAfter(settledAt, 2, 20);
                retraction = Retractions.Take(context, StatementType.Retraction, at, specialist, OfficerRole.Specialist, StatementInitiator.Victim, Retractions.Support(context, isva), assertsUntrue: true);
                settledAt = at;
            }

            return Cancellations.AdditionalVerifiableInformation(context, specialist, OfficerRole.Specialist, settledAt, retraction);
        }

        return roll < 87
            ? Cancellations.Transfer(context, specialist, OfficerRole.Specialist)
            : Cancellations.Duplicate(context, specialist, OfficerRole.Specialist);
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
