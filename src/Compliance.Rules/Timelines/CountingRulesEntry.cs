using Compliance.Rules.Records;

namespace Compliance.Rules.Timelines;

/// <summary>An edition of the Home Office Counting Rules as the rules need it (timeline <c>countingRules</c>).</summary>
/// <param name="Id">Entry id, e.g. <c>HOCR-2015</c>.</param>
/// <param name="From">First day in force (Europe/London).</param>
/// <param name="Aliases">Other ids a record's <c>rulesEdition</c> may use for this entry.</param>
/// <param name="RecordingLimitHours">Hours allowed between a report and its recording decision.</param>
/// <param name="CancellationCodes">Valid cancellation codes (the four "no crime" criteria of earlier editions are C1–C4).</param>
/// <param name="HasN100">Whether the N100 classification exists: true, false, or null when unknown.</param>
/// <param name="SeriousGroupAuthority">Who may cancel a crime of a serious group.</param>
/// <param name="OtherGroupAuthority">Who may cancel a crime of any other group.</param>
/// <param name="Source">Public source, <c>unverified</c> or <c>tool policy</c>.</param>
/// <param name="Introduces">What the entry introduces.</param>
public sealed record CountingRulesEntry(
    string Id,
    DateOnly From,
    IReadOnlyList<string> Aliases,
    int RecordingLimitHours,
    IReadOnlyList<CancellationCode> CancellationCodes,
    bool? HasN100,
    CancellationAuthority SeriousGroupAuthority,
    CancellationAuthority OtherGroupAuthority,
    string Source,
    IReadOnlyList<string> Introduces) : ITimelineEntry;
