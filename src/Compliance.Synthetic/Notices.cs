using Compliance.Rules.Records;

namespace Compliance.Synthetic;

/// <summary>
/// What the victim is told, and when. A notice sent within a day of the decision meets every
/// working-day deadline of the rules (<c>wd(t, 1)</c> ends no earlier than midnight of the next
/// day); a late one goes out after at least fifteen days, which misses even five working days
/// across the Christmas holidays.
/// </summary>
internal static class Notices
{
    private static readonly NotificationChannel[] LetterOrCall = [NotificationChannel.Letter, NotificationChannel.Letter, NotificationChannel.Phone, NotificationChannel.Email];

    public static void CrimeReference(CaseContext context, DateTimeOffset decidedAt)
    {
        var practice = context.Practice;
        if (context.Random.Chance(practice.MissingCrimeReference))
        {
            return;
        }

        Add(context, NotificationType.CrimeReference, SentAt(context, decidedAt, practice.LateCrimeReference), explanation: null);
    }

    public static void DecisionNotToRecord(CaseContext context, DateTimeOffset decidedAt) =>
        Add(context, NotificationType.DecisionNotToRecord, SentAt(context, decidedAt, context.Practice.LateDecisionNotice), explanation: true);

    public static void Cancellation(CaseContext context, DateTimeOffset authorisedAt)
    {
        if (!context.Random.Chance(context.Practice.CancellationNoticeLapse))
        {
            Add(context, NotificationType.Cancellation, context.MinutesAfter(authorisedAt, 30, 20 * 60), explanation: true);
        }
        else if (context.Random.Chance(0.4))
        {
            // Told, but late and without the reasons.
            Add(context, NotificationType.Cancellation, context.DaysAfter(authorisedAt, 15, 60), explanation: false);
        }
    }

    /// <summary>
    /// Tells the victim the outcome and, once the right to review exists (April 2015), how to ask
    /// for a review of a police decision not to proceed after an interview.
    /// </summary>
    public static void Outcome(CaseContext context, DateTimeOffset assignedAt, bool policeDecisionAfterInterview)
    {
        Add(context, NotificationType.Outcome, context.MinutesAfter(assignedAt, 30, 48 * 60), explanation: true);
        if (policeDecisionAfterInterview && RulesInForce.HasRightToReview(assignedAt) && !context.Random.Chance(context.Practice.MissingVrrInformation))
        {
            Add(context, NotificationType.VrrInformation, context.MinutesAfter(assignedAt, 60, 48 * 60), explanation: null);
        }
    }

    /// <summary>The confidential survey the IPCC recommended for victims of sexual offences (VICTIM-003).</summary>
    public static void Survey(CaseContext context, DateTimeOffset decisionAt)
    {
        if (!context.Random.Chance(context.Practice.SurveyOffered))
        {
            return;
        }

        var offered = context.DaysAfter(decisionAt, 3, 60);
        context.Draft.Feedback.Add(new VictimFeedback
        {
            Type = FeedbackType.ConfidentialSurvey,
            OfferedAt = offered,
            CompletedAt = context.Random.Chance(0.35) ? context.DaysAfter(offered, 1, 20) : null,
        });
    }

    private static DateTimeOffset SentAt(CaseContext context, DateTimeOffset decision, double lateRate) =>
        context.Random.Chance(lateRate) ? context.DaysAfter(decision, 15, 45) : context.MinutesAfter(decision, 20, 20 * 60);

    private static void Add(CaseContext context, NotificationType type, DateTimeOffset sentAt, bool? explanation) =>
        context.Draft.Notifications.Add(new Notification
        {
            Type = type,
            SentAt = sentAt,
            Channel = context.Random.Pick(LetterOrCall),
            ExplanationGiven = explanation,
        });
}
