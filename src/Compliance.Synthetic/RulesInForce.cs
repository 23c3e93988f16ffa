using Compliance.Rules.Calendar;
using Compliance.Rules.Records;

namespace Compliance.Synthetic;

/// <summary>
/// What the recording rules of England and Wales allowed on a given day, as far as the generator
/// needs it: the generator writes only what existed at each decision's own instant, so a 2008
/// record never carries an outcome type, an N100 decision or a right-to-review notice that came
/// years later. Dates are Europe/London calendar dates. The rule pack holds the same changes as
/// its timelines; this small table is the generator's own, so that the data does not depend on
/// the code it is used to test (a test compares the two).
/// </summary>
internal static class RulesInForce
{
    /// <summary>Counting rules of April 2015: 24-hour recording limit, N100 known to exist, accredited cancellation authority.</summary>
    public static readonly DateOnly CountingRules2015 = new(2015, 4, 1);

    /// <summary>Counting rules of April 2019: the fifth cancellation criterion (never generated: its meaning is unverified).</summary>
    public static readonly DateOnly CountingRules2019 = new(2019, 4, 1);

    /// <summary>The outcomes framework replaced detections (outcome types 1–13).</summary>
    public static readonly DateOnly Outcomes2013 = new(2013, 4, 1);

    /// <summary>Outcome types 14–20, with 14 and 16 resting on the victim's decision.</summary>
    public static readonly DateOnly Outcomes2014 = new(2014, 4, 1);

    /// <summary>Outcome 21 (further investigation not in the public interest, police decision).</summary>
    public static readonly DateOnly Outcome21 = new(2016, 1, 1);

    /// <summary>Outcome 22 (diversionary, educational or intervention activity).</summary>
    public static readonly DateOnly Outcome22 = new(2019, 4, 1);

    /// <summary>The police scheme of the victims' right to review.</summary>
    public static readonly DateOnly RightToReview = new(2015, 4, 1);

    /// <summary>
    /// The registrar's and deputies' accreditation (FCR, DFCR). Before it, the registrar's office is
    /// recognised by its role; the pack accepts the role until April 2015 and only the
    /// accreditation after, so the office is accredited from the day the stricter rule starts.
    /// </summary>
    public static readonly DateOnly RegistrarAccreditation = new(2015, 4, 1);

    /// <summary>Designated decision makers, named with the National Crime Recording Standard of April 2002.</summary>
    public static readonly DateOnly DecisionMakerDesignation = new(2002, 4, 1);

    /// <summary>The detections of before April 2013: sanction detections and the two non-sanction detections kept from 2007.</summary>
    private static readonly int[] Detections = [1, 2, 3, 4, 5, 6, 7, 9];

    /// <summary>Whether N100 is known to exist for a report received at <paramref name="at"/> (unknown before April 2015: the generator leaves it out).</summary>
    public static bool HasN100(DateTimeOffset at) => Date(at) >= CountingRules2015;

    /// <summary>Hours allowed between a report and its recording decision.</summary>
    public static int RecordingLimitHours(DateTimeOffset reportReceivedAt) => Date(reportReceivedAt) >= CountingRules2015 ? 24 : 72;

    /// <summary>Whether a cancellation authorised at <paramref name="at"/> may rest on the authoriser's role alone (registrar, decision maker).</summary>
    public static bool RoleAuthorisesCancellation(DateTimeOffset at) => Date(at) < CountingRules2015;

    /// <summary>Whether outcome type <paramref name="type"/> existed at <paramref name="at"/>.</summary>
    public static bool IsValidOutcome(int type, DateTimeOffset at)
    {
        var day = Date(at);
        if (type == 0)
        {
            return true;
        }

        if (day < Outcomes2013)
        {
            return Array.IndexOf(Detections, type) >= 0;
        }

        if (day < Outcomes2014)
        {
            return type is >= 1 and <= 13;
        }

        return type switch
        {
            >= 1 and <= 20 => true,
            21 => day >= Outcome21,
            22 => day >= Outcome22,
            _ => false,
        };
    }

    /// <summary>Whether outcomes 14 and 16 (the victim does not support action) existed at <paramref name="at"/>.</summary>
    public static bool HasVictimDecisionOutcomes(DateTimeOffset at) => Date(at) >= Outcomes2014;

    /// <summary>Whether a victim could ask for a review of a police decision not to proceed at <paramref name="at"/>.</summary>
    public static bool HasRightToReview(DateTimeOffset at) => Date(at) >= RightToReview;

    /// <summary>Outcomes that gave the right to review (police decisions not to proceed after an interview).</summary>
    public static bool GivesRightToReview(int outcome) => outcome is 10 or 15;

    /// <summary>Whether an accreditation type could be held at <paramref name="on"/>.</summary>
    public static bool AccreditationExists(AccreditationType type, DateOnly on) => on >= AccreditationIntroduced(type);

    /// <summary>The first day an accreditation type could be held (the start of time for those the rules never date).</summary>
    public static DateOnly AccreditationIntroduced(AccreditationType type) => type switch
    {
        AccreditationType.Fcr or AccreditationType.Dfcr => RegistrarAccreditation,
        AccreditationType.Ddm => DecisionMakerDesignation,
        _ => DateOnly.MinValue,
    };

    /// <summary>The Europe/London date of an instant.</summary>
    public static DateOnly Date(DateTimeOffset at) => WorkingDayCalendar.LondonDate(at);
}
