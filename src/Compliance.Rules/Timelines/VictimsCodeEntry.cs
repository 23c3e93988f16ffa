namespace Compliance.Rules.Timelines;

/// <summary>The Code of Practice for Victims of Crime in force (timeline <c>victimsCode</c>), as far as the rules use it.</summary>
/// <param name="Id">Entry id, e.g. <c>VCOP-2015</c>.</param>
/// <param name="From">First day in force (Europe/London).</param>
/// <param name="CrimeReferenceWorkingDays">Working days to acknowledge a recorded crime in writing; null when the Code gives no such entitlement.</param>
/// <param name="DecisionNoticeWorkingDays">Working days to tell a victim of a decision not to record or to cancel.</param>
/// <param name="EnhancedDecisionNoticeWorkingDays">The same for a victim eligible for enhanced rights.</param>
/// <param name="CoversUnrecordedReports">Whether the Code covers people whose report was not recorded as a crime.</param>
/// <param name="Source">Public source, <c>unverified</c> or <c>tool policy</c>.</param>
/// <param name="Introduces">What the entry introduces.</param>
public sealed record VictimsCodeEntry(
    string Id,
    DateOnly From,
    int? CrimeReferenceWorkingDays,
    int DecisionNoticeWorkingDays,
    int EnhancedDecisionNoticeWorkingDays,
    bool CoversUnrecordedReports,
    string Source,
    IReadOnlyList<string> Introduces) : ITimelineEntry;
