namespace Compliance.Rules.Auditing.Monitoring;

/// <summary>
/// How an alert's onset is estimated within the events since the statistic was last 0. Kept as a
/// setting so the monitoring pre-study can set the candidates side by side; the pack does not expose it.
/// </summary>
internal enum OnsetRule
{
    /// <summary>The first event after the statistic was last 0.</summary>
    LastZero,

    /// <summary>
    /// The maximum-likelihood change point: the start, among those events, of the span whose own
    /// rate departs most from the baseline (largest log-likelihood ratio, rate above the baseline).
    /// </summary>
    ChangePoint,

    /// <summary>The first event after the statistic was last at or below half the threshold.</summary>
    HalfThreshold,
}
