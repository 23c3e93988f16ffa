namespace Compliance.Rules.Timelines;

/// <summary>The outcome vocabulary in force (timeline <c>outcomes</c>): detections before April 2013, the outcomes framework after.</summary>
/// <param name="Id">Entry id, e.g. <c>OUTCOMES-2014</c>.</param>
/// <param name="From">First day in force (Europe/London).</param>
/// <param name="ValidOutcomeTypes">Valid outcome types (0, not yet assigned, is in every entry).</param>
/// <param name="SanctionTypes">Sanction outcome types.</param>
/// <param name="VictimDecisionTypes">Outcome types that rest on the victim's decision.</param>
/// <param name="Source">Public source, <c>unverified</c> or <c>tool policy</c>.</param>
/// <param name="Introduces">What the entry introduces.</param>
public sealed record OutcomesEntry(
    string Id,
    DateOnly From,
    IReadOnlyList<int> ValidOutcomeTypes,
    IReadOnlyList<int> SanctionTypes,
    IReadOnlyList<int> VictimDecisionTypes,
    string Source,
    IReadOnlyList<string> Introduces) : ITimelineEntry;
