using System.Globalization;
using Compliance.Rules.Records;

namespace Compliance.Synthetic;

/// <summary>
/// Investigation and outcome. The tables below are written in today's outcome types; each outcome
/// is then written as the framework in force on the day it is assigned allows (<see cref="Admit"/>):
/// before April 2013 a crime was detected (charge, caution, TIC, penalty notice …) or stayed
/// undetected with no outcome at all; outcome types 14–20 exist from April 2014, 21 from 2016 and
/// 22 from April 2019. A sanction always has an identified suspect; a rape never gets a penalty
/// notice, community resolution or an uncharged caution.
/// </summary>
internal static class Closure
{
    private static readonly Weighted<int> ViolenceOutcomes = new((1, 30), (3, 12), (2, 3), (8, 8), (15, 35), (10, 4), (21, 4), (9, 4), (22, 2));
    private static readonly Weighted<int> DomesticOutcomes = new((1, 40), (3, 8), (15, 45), (9, 4), (10, 3));
    private static readonly Weighted<int> RobberyOutcomes = new((1, 55), (2, 5), (15, 35), (9, 5));
    private static readonly Weighted<int> BurglaryOutcomes = new((1, 45), (4, 15), (3, 5), (2, 5), (15, 30));
    private static readonly Weighted<int> ShopliftingOutcomes = new((1, 30), (3, 20), (6, 25), (8, 10), (2, 5), (15, 10));
    private static readonly Weighted<int> TheftOutcomes = new((1, 35), (3, 12), (6, 13), (8, 5), (15, 35), (22, 2));
    private static readonly Weighted<int> DamageOutcomes = new((1, 25), (3, 15), (6, 20), (8, 15), (2, 5), (15, 20));
    private static readonly Weighted<int> SexualNonSanctionOutcomes = new((15, 85), (9, 8), (21, 7));

    /// <summary>Outcome types that are a police decision not to proceed (right-to-review information is sent once the right exists).</summary>
    private static bool IsPoliceDecisionNotToProceed(int outcome) => outcome is 10 or 15 or 17 or 21;

    /// <summary>
    /// The outcome type written for a wanted one at <paramref name="at"/>, or null when the crime
    /// stays undetected with no outcome (the wanted type, and any near equivalent, did not exist).
    /// </summary>
    public static int? Admit(int wanted, DateTimeOffset at)
    {
        if (RulesInForce.IsValidOutcome(wanted, at))
        {
            return wanted;
        }

        // The nearest outcome of the day: a police decision not in the public interest before 21
        // existed, a community resolution before diversion (22) existed.
        int? nearest = wanted switch
        {
            21 => 10,
            22 => 8,
            _ => null,
        };
        return nearest is { } type && RulesInForce.IsValidOutcome(type, at) ? type : null;
    }

    /// <summary>Investigates and closes a volume or violent crime that stayed recorded and supported.</summary>
    public static DateTimeOffset CloseGeneral(CaseContext context)
    {
        var random = context.Random;
        if (!context.SuspectIdentified)
        {
            if (random.Chance(0.05))
            {
                var contact = context.Draft.AddContact(context.Investigator, context.InvestigatorRole, context.DaysAfter(context.DecidedAt, 2, 30), QuestioningDepth.None, ContactPurpose.Update, random.Between(5, 20));
                return Assign(context, 14, context.Draft.Contacts[^1].At.AddHours(random.Between(2, 72)), contact, interviewed: false);
            }

            return Assign(context, 18, context.SkewedDaysAfter(context.DecidedAt, 3, 120), evidenceRef: null, interviewed: false);
        }

        var outcome = GeneralTable(context.Offence).Pick(random);
        var onTheSpot = outcome is 6 or 8;
        var interviewed = !onTheSpot && random.Chance(outcome is 1 or 2 or 3 or 4 ? 1.0 : 0.85);
        var at = onTheSpot ? context.HoursAfter(context.DecidedAt, 1, 72) : context.SkewedDaysAfter(context.DecidedAt, 2, 200);
        if (interviewed)
        {
            at = Arrest(context, at);
        }

        return Assign(context, outcome, at, evidenceRef: null, interviewed);
    }

    /// <summary>Investigates and closes a sexual offence that stayed recorded and supported.</summary>
    public static DateTimeOffset CloseSexual(CaseContext context, DateTimeOffset notBefore)
    {
        var random = context.Random;
        if (!context.SuspectIdentified)
        {
            return Assign(context, 18, context.SkewedDaysAfter(notBefore, 20, 200), evidenceRef: null, interviewed: false);
        }

        var outcome = random.Chance(context.Practice.SexualSanction) ? 1 : SexualNonSanctionOutcomes.Pick(random);
        var at = Arrest(context, context.SkewedDaysAfter(notBefore, 20, 240));
        return Assign(context, outcome, at, evidenceRef: null, interviewed: true);
    }

    /// <summary>
    /// Outcome 16 (suspect identified) or 14 (not identified): the victim does not support further
    /// action. Before April 2014 the crime stays recorded and undetected.
    /// </summary>
    public static DateTimeOffset CloseUnsupported(CaseContext context, DateTimeOffset statementAt, string statementId)
    {
        var evidence = context.Random.Chance(context.Practice.MissingVictimDecisionEvidence) ? null : statementId;
        var outcome = context.SuspectIdentified ? 16 : 14;
        return Assign(context, outcome, context.DaysAfter(statementAt, 1, 20), evidence, interviewed: false);
    }

    /// <summary>Arrests and interviews the suspect some time before <paramref name="outcomeAt"/>; returns the outcome time, moved after the interview if needed.</summary>
    private static DateTimeOffset Arrest(CaseContext context, DateTimeOffset outcomeAt)
    {
        var draft = context.Draft;
        var arrested = context.HoursAfter(context.DecidedAt, 2, 14 * 24);
        var interviewed = context.HoursAfter(arrested, 2, 12);
        draft.Suspects[0] = draft.Suspects[0] with { ArrestedAt = arrested, InterviewedUnderCautionAt = interviewed };
        var earliest = interviewed.AddHours(2);
        return outcomeAt > earliest ? outcomeAt : earliest;
    }

    private static DateTimeOffset Assign(CaseContext context, int wanted, DateTimeOffset at, string? evidenceRef, bool interviewed)
    {
        var random = context.Random;
        var assigner = random.Chance(0.6) ? context.Supervisor : context.Investigator;
        var role = ReferenceEquals(assigner, context.Supervisor) ? OfficerRole.Supervisor : context.InvestigatorRole;
        if (Admit(wanted, at) is not { } outcome)
        {
            // Undetected: no outcome; the victim is still told the investigation is filed.
            Notices.Outcome(context, at, policeDecisionAfterInterview: false);
            return at;
        }

        var cps = outcome is 1 or 9
            ? "CPS-" + at.Year.ToString(CultureInfo.InvariantCulture) + "-" + random.Between(100000, 999999).ToString(CultureInfo.InvariantCulture)
            : null;
        context.Draft.Outcomes.Add(new Outcome
        {
            OutcomeType = outcome,
            AssignedAt = at,
            AssignedByOfficerRef = context.Draft.Use(assigner, role),
            VictimDecisionEvidenceRef = evidenceRef,
            CpsDecisionRef = cps,
        });
        Notices.Outcome(context, at, interviewed && IsPoliceDecisionNotToProceed(outcome));
        return at;
    }

    private static Weighted<int> GeneralTable(Offence offence) => offence switch
    {
        { Victim: VictimKind.DomesticAbuse } => DomesticOutcomes,
        { Family: OffenceFamily.Violence } => ViolenceOutcomes,
        { Family: OffenceFamily.Robbery } => RobberyOutcomes,
        { Family: OffenceFamily.Burglary } => BurglaryOutcomes,
        { HomeOfficeCode: "46" } => ShopliftingOutcomes,
        { Family: OffenceFamily.Theft } => TheftOutcomes,
        _ => DamageOutcomes,
    };
}
