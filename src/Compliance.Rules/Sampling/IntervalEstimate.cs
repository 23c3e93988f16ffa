namespace Compliance.Rules.Sampling;

/// <summary>
/// An estimated rate with its 95% interval. When the rate cannot be estimated, <see cref="Estimate"/>,
/// <see cref="Low"/> and <see cref="High"/> are null and <see cref="Reason"/> says why (a code).
/// </summary>
/// <param name="Estimate">The point estimate.</param>
/// <param name="Low">Lower bound.</param>
/// <param name="High">Upper bound.</param>
/// <param name="Variance">The estimated variance of the estimate.</param>
/// <param name="EffectiveN">The effective sample size the Wilson interval was computed with.</param>
/// <param name="Flags">Codes qualifying the estimate (<see cref="EstimateCodes.VarianceBounded"/>).</param>
/// <param name="Reason">Why there is no estimate (<see cref="EstimateCodes"/>); null when there is one.</param>
public sealed record IntervalEstimate(double? Estimate, double? Low, double? High, double? Variance, double? EffectiveN, IReadOnlyList<string> Flags, string? Reason)
{
    /// <summary>No estimate, for a reason.</summary>
    /// <param name="reason">The reason code.</param>
    /// <returns>The empty estimate.</returns>
    public static IntervalEstimate None(string reason) => new(null, null, null, null, null, [], reason);
}
