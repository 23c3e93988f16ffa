namespace Compliance.Rules.Sampling;

/// <summary>Recording over incident strata.</summary>
/// <param name="Rate">Recording rate (recorded / should).</param>
/// <param name="Accuracy">Recording accuracy (correctly recorded / should).</param>
/// <param name="UnrecordedPerYear">A·(1/R̂ − 1), with <c>--annual-recorded</c>.</param>
/// <param name="UnrecordedLow">A·(1/high − 1).</param>
/// <param name="UnrecordedHigh">A·(1/low − 1); null when low is 0.</param>
public sealed record RecordingEstimate(IntervalEstimate Rate, IntervalEstimate Accuracy, double? UnrecordedPerYear, double? UnrecordedLow, double? UnrecordedHigh);
