using Compliance.Rules.Records;

namespace Compliance.Synthetic;

/// <summary>Retraction and withdrawal-of-support statements, and what they record.</summary>
internal static class Retractions
{
    private static readonly RetractionReason[] WithdrawalReasons =
    [
        RetractionReason.DoesNotWantCourt, RetractionReason.DoesNotWantCourt, RetractionReason.Reconciled,
        RetractionReason.FearOfSuspect, RetractionReason.LackOfSupport, RetractionReason.PressureFromOthers, RetractionReason.Other,
    ];

    /// <summary>
    /// Takes the statement. <paramref name="assertsUntrue"/> is what the victim says; whether the
    /// record captures reasons and whether pressure was explored depends on the unit's practice
    /// (RETRACT-003), and a unit that seeks retractions does not ask about pressure.
    /// </summary>
    public static string Take(
        CaseContext context,
        StatementType type,
        DateTimeOffset at,
        RosterOfficer taker,
        OfficerRole takerRole,
        StatementInitiator initiatedBy,
        IReadOnlyList<SupportType> support,
        bool assertsUntrue)
    {
        var flags = Flags(context, assertsUntrue);
        return context.Draft.AddStatement(type, at, taker, takerRole, initiatedBy, support, flags);
    }

    /// <summary>Support present at a withdrawal: an ISVA when one was referred, otherwise family or nobody.</summary>
    public static IReadOnlyList<SupportType> Support(CaseContext context, bool isvaReferred)
    {
        if (isvaReferred && context.Random.Chance(0.8))
        {
            return [SupportType.Isva];
        }

        return context.Random.Chance(0.3) ? [SupportType.FriendOrFamily] : [SupportType.None];
    }

    private static ContentFlags? Flags(CaseContext context, bool assertsUntrue)
    {
        var random = context.Random;
        var practice = context.Practice;
        var reasons = assertsUntrue
            ? new[] { RetractionReason.AllegationUntrue }
            : Reasons(random);
        var pressureExplored = !practice.SeeksRetractions;

        if (!random.Chance(practice.IncompleteRetractionRecord))
        {
            return new ContentFlags { AssertsEventDidNotHappen = assertsUntrue, ReasonsGiven = reasons, PressureOrIntimidationExplored = pressureExplored };
        }

        // Ordinary lapses in the record of a withdrawal (RETRACT-003). A victim's statement that
        // the event did not happen is never lost: a cancellation may rest on it (CANCEL-004).
        return (assertsUntrue ? 1 + random.Next(2) : random.Next(4)) switch
        {
            0 => null,
            1 => new ContentFlags { AssertsEventDidNotHappen = assertsUntrue, ReasonsGiven = [], PressureOrIntimidationExplored = pressureExplored },
            2 => new ContentFlags { AssertsEventDidNotHappen = assertsUntrue, ReasonsGiven = reasons },
            _ => new ContentFlags { ReasonsGiven = reasons, PressureOrIntimidationExplored = pressureExplored },
        };
    }

    private static RetractionReason[] Reasons(SyntheticRandom random)
    {
        var first = random.Pick(WithdrawalReasons);
        if (!random.Chance(0.35))
        {
            return [first];
        }

        var second = random.Pick(WithdrawalReasons);
        return second == first ? [first] : [first, second];
    }
}
