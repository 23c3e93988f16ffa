using Compliance.Rules.Records;

namespace Compliance.Synthetic;

/// <summary>
/// A volume or violent crime (theft, burglary, criminal damage, violence, robbery): first response,
/// a prompt recording decision, sometimes a reclassification, then a well-founded cancellation, a
/// withdrawal of support closed as outcome 16/14, or an investigation and its outcome.
/// </summary>
internal static class GeneralCase
{
    private static readonly Weighted<ReportChannel> ViolenceChannels = new(
        (ReportChannel.EmergencyCall, 55), (ReportChannel.NonEmergencyCall, 25), (ReportChannel.FrontCounter, 10),
        (ReportChannel.OfficerObserved, 5), (ReportChannel.ThirdPartyReferral, 5));

    private static readonly Weighted<ReportChannel> PropertyChannels = new(
        (ReportChannel.NonEmergencyCall, 50), (ReportChannel.EmergencyCall, 18), (ReportChannel.FrontCounter, 17),
        (ReportChannel.Online, 8), (ReportChannel.OfficerObserved, 7));

    private static readonly Weighted<ReporterType> Reporters = new(
        (ReporterType.Victim, 82), (ReporterType.Witness, 10), (ReporterType.ThirdParty, 5), (ReporterType.Professional, 3));

    public static void Compose(CaseContext context)
    {
        var random = context.Random;
        var offence = context.Offence;
        var person = offence.Family is OffenceFamily.Violence or OffenceFamily.Robbery;
        var channel = (person ? ViolenceChannels : PropertyChannels).Pick(random);
        Recording.SetIncident(context, channel, Reporters.Pick(random), offence.Allegation);

        var firstContact = FirstResponse(context, channel, person);
        var decidedAt = Recording.DecisionTime(context, firstContact);
        var decider = context.Investigator;
        var deciderRole = context.InvestigatorRole;

        var practice = context.Practice;
        var notRecorded = practice.RecordsEverything ? 0 : person ? 0.02 : practice.NotRecorded;
        if (random.Chance(notRecorded))
        {
            Recording.NotRecord(context, decidedAt, decider, deciderRole);
            return;
        }

        // Another force's offence: handed over at once, or (a unit that records everything)
        // recorded and then transferred (C1).
        var otherForce = random.Chance(0.01);
        if (otherForce && !practice.RecordsEverything)
        {
            Recording.Transfer(context, decidedAt, decider, deciderRole);
            return;
        }

        Recording.RecordAsCrime(context, decidedAt, decider, deciderRole);
        Notices.CrimeReference(context, decidedAt);
        if (otherForce)
        {
            Cancellations.Transfer(context, context.Investigator, context.InvestigatorRole);
            return;
        }

        Reclassifications.MaybeReclassify(context);

        if (random.Chance(CancellationRate(offence) * practice.GeneralCancellationFactor))
        {
            Cancel(context, lawfulOnly: practice.RecordsEverything);
            return;
        }

        if (context.SuspectIdentified && random.Chance(WithdrawalRate(offence)))
        {
            var at = context.DaysAfter(decidedAt, 2, 40);
            var statement = Retractions.Take(
                context, StatementType.WithdrawalOfSupport, at, context.Investigator, context.InvestigatorRole,
                StatementInitiator.Victim, Retractions.Support(context, isvaReferred: false), assertsUntrue: false);
            if (random.Chance(Cancellations.LawfulAfterWithdrawal))
            {
                Cancellations.AfterWithdrawal(context, context.Investigator, context.InvestigatorRole, at);
                return;
            }

            Closure.CloseUnsupported(context, at, statement);
            return;
        }

        Closure.CloseGeneral(context);
    }

    private static DateTimeOffset FirstResponse(CaseContext context, ReportChannel channel, bool person)
    {
        var random = context.Random;
        var urgent = channel is ReportChannel.EmergencyCall or ReportChannel.OfficerObserved;
        var at = channel == ReportChannel.Online
            ? context.HoursAfter(context.Received, 2, 48)
            : context.MinutesAfter(context.Received, urgent ? 5 : 30, urgent ? 90 : 24 * 60);
        var purpose = person ? ContactPurpose.Safeguarding : ContactPurpose.EvidenceCapture;
        context.Draft.AddContact(context.Responder, OfficerRole.FirstResponder, at, QuestioningDepth.InitialAccount, purpose, random.Between(10, 60));
        if (random.Chance(0.7))
        {
            context.Draft.AddStatement(StatementType.InitialAccount, context.MinutesAfter(at, 5, 40), context.Responder, OfficerRole.FirstResponder, StatementInitiator.Victim);
        }

        if (random.Chance(0.1))
        {
            context.Draft.AddStatement(StatementType.Witness, context.HoursAfter(at, 1, 72), context.Responder, OfficerRole.FirstResponder, StatementInitiator.ThirdParty);
        }

        return at;
    }

    /// <summary>A well-founded cancellation; <paramref name="lawfulOnly"/> keeps to C1, C2 on verified AVI and C3.</summary>
    private static void Cancel(CaseContext context, bool lawfulOnly)
    {
        var random = context.Random;
        switch (random.Next(lawfulOnly ? 85 : 100))
        {
            case < 40:
                Cancellations.AdditionalVerifiableInformation(context, context.Investigator, context.InvestigatorRole, context.DecidedAt, retractionStatement: null);
                break;
            case < 70:
                Cancellations.Duplicate(context, context.Investigator, context.InvestigatorRole);
                break;
            case < 85:
                Cancellations.Transfer(context, context.Investigator, context.InvestigatorRole);
                break;
            default:
                Cancellations.RecordedInError(context, context.Investigator, context.InvestigatorRole);
                break;
        }
    }

    /// <summary>About 3% of recorded crime was no-crimed before 2014, a little more for robbery.</summary>
    private static double CancellationRate(Offence offence) => offence.Family switch
    {
        OffenceFamily.Robbery => 0.04,
        OffenceFamily.Violence or OffenceFamily.Burglary => 0.03,
        OffenceFamily.Theft => 0.025,
        _ => 0.02,
    };

    private static double WithdrawalRate(Offence offence) => offence switch
    {
        { Victim: VictimKind.DomesticAbuse } => 0.45,
        { Family: OffenceFamily.Violence } => 0.2,
        { Family: OffenceFamily.Robbery } => 0.1,
        _ => 0.04,
    };
}
