namespace Compliance.Rules.Sampling;

/// <summary>One rule against blind verdicts.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="JudgedBy">The verdict field it is judged by; null when not scored.</param>
/// <param name="Fired">Scored items it fired on.</param>
/// <param name="FiredConfirmed">Of those, confirmed by the verdict.</param>
/// <param name="Precision">Precision weighted by the sample design.</param>
/// <param name="PrecisionInSample">Unweighted precision in the sample, with its Wilson interval.</param>
/// <param name="RecallInSample">Unweighted recall in the sample (confirmed problems the rule found), with its Wilson interval.</param>
public sealed record RuleScore(string RuleId, string? JudgedBy, long Fired, long FiredConfirmed, IntervalEstimate? Precision, IntervalEstimate? PrecisionInSample, IntervalEstimate? RecallInSample);
