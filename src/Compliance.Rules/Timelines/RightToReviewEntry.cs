namespace Compliance.Rules.Timelines;

/// <summary>The victims' right to review a police decision not to proceed (timeline <c>rightToReview</c>).</summary>
/// <param name="Id">Entry id, e.g. <c>VRR-2015</c>.</param>
/// <param name="From">First day in force (Europe/London).</param>
/// <param name="Available">Whether the right exists.</param>
/// <param name="Outcomes">Outcome types that give the right.</param>
/// <param name="Source">Public source, <c>unverified</c> or <c>tool policy</c>.</param>
/// <param name="Introduces">What the entry introduces.</param>
public sealed record RightToReviewEntry(
    string Id,
    DateOnly From,
    bool Available,
    IReadOnlyList<int> Outcomes,
    string Source,
    IReadOnlyList<string> Introduces) : ITimelineEntry;
