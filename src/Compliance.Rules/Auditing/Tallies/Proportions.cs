using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Compliance.Rules.Auditing.Tallies;

/// <summary>
/// The statistics unit audits report: Wilson score intervals and exact binomial tail probabilities.
/// Inspection samples are small (20–30 cancellations), so a point estimate alone would turn noise
/// into verdicts; every unit finding carries its interval or p-value.
/// </summary>
public static class Proportions
{
    /// <summary>The Wilson score interval of <paramref name="successes"/> out of <paramref name="trials"/>.</summary>
    /// <param name="successes">k.</param>
    /// <param name="trials">n (0 gives the whole [0, 1]).</param>
    /// <param name="confidence">Two-sided confidence level, e.g. 0.95.</param>
    /// <returns>Lower and upper bound.</returns>
    public static (double Lower, double Upper) WilsonInterval(long successes, long trials, double confidence = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
        if (trials == 0)
        {
            return (0, 1);
        }

        var z = Normal.InvCDF(0, 1, 1 - ((1 - confidence) / 2));
        double n = trials;
        var p = successes / n;
        var z2 = z * z;
        var centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        var half = z / (1 + (z2 / n)) * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>
    /// Exact one-sided binomial p-value P(X ≥ k) for X ~ Binomial(n, p0): how likely a rate at least
    /// this high is if the unit's true rate were the baseline. Computed as the regularised incomplete
    /// beta function, which stays accurate far into the tail where 1 − CDF would round to zero.
    /// </summary>
    /// <param name="successes">k.</param>
    /// <param name="trials">n.</param>
    /// <param name="baseline">p0.</param>
    /// <returns>The p-value.</returns>
    public static double UpperTailPValue(long successes, long trials, double baseline)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
        if (successes == 0)
        {
            return 1;
        }

        if (baseline <= 0)
        {
            return 0;
        }

        if (baseline >= 1)
        {
            return 1;
        }

        return SpecialFunctions.BetaRegularized(successes, trials - successes + 1, baseline);
    }
}
