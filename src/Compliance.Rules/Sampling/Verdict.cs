namespace Compliance.Rules.Sampling;

/// <summary>
/// One reviewer's verdict on one sampled item. For incident items <see cref="DecisionCorrect"/> is
/// derived from the counts (correctly = recorded = should).
/// </summary>
/// <param name="PlanId">The plan.</param>
/// <param name="ItemKey">The item.</param>
/// <param name="ReviewerRef">The reviewer (an id, not a name).</param>
/// <param name="ReviewedAt">When.</param>
/// <param name="DecisionCorrect">Whether the decision was right.</param>
/// <param name="ErrorReasons">Why not (<see cref="VerdictCodes.ErrorReasons"/>); empty exactly when the decision was right.</param>
/// <param name="VictimInformed">Whether the victim was told (cancellations), when judged.</param>
/// <param name="ShouldHaveBeenRecorded">Incidents: crimes the incident held.</param>
/// <param name="Recorded">Incidents: how many were recorded at all.</param>
/// <param name="CorrectlyRecorded">Incidents: how many with the right classification.</param>
/// <param name="Final">The adjudicator's final word.</param>
/// <param name="Blind">Whether the reviewer judged without seeing the tool's findings; null: the sample's worksheet setting.</param>
/// <param name="RemedialAction">What was done about an incorrect decision (<see cref="VerdictCodes.RemedialActions"/>).</param>
/// <param name="RemedialRecordRef">The record the remedy created or changed.</param>
/// <param name="Source">The file it came from.</param>
/// <param name="Line">Its line (JSON Lines) or row (worksheet).</param>
public sealed record Verdict(
    string PlanId,
    string ItemKey,
    string ReviewerRef,
    DateTimeOffset ReviewedAt,
    bool DecisionCorrect,
    IReadOnlyList<string> ErrorReasons,
    bool? VictimInformed,
    int? ShouldHaveBeenRecorded,
    int? Recorded,
    int? CorrectlyRecorded,
    bool Final,
    bool? Blind,
    string? RemedialAction,
    string? RemedialRecordRef,
    string Source,
    long Line);
