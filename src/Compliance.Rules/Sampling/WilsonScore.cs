using MathNet.Numerics.Distributions;

namespace Compliance.Rules.Sampling;

/// <summary>
/// The Wilson score interval at a given proportion and a (possibly fractional) sample size. The
/// stratified and ratio estimators use it with an effective sample size in place of n: a small
/// audit sample near 0% or 100% would otherwise get a symmetric interval that leaves [0, 1] or
/// collapses to a point.
/// </summary>
internal static class WilsonScore
{
    /// <summary>Φ⁻¹(0.975), the z of every 95% interval of the estimates.</summary>
    public static readonly double Z95 = Normal.InvCDF(0, 1, 0.975);

    /// <summary>The 95% Wilson interval at <paramref name="p"/> with sample size <paramref name="n"/>.</summary>
    /// <param name="p">The estimated proportion, in [0, 1].</param>
    /// <param name="n">The (effective) sample size; 0 or less gives [0, 1].</param>
    /// <returns>Lower and upper bound, clamped to [0, 1].</returns>
    public static (double Low, double High) Interval(double p, double n)
    {
        if (!(n > 0) || double.IsNaN(p))
        {
            return (0, 1);
        }

        var z2 = Z95 * Z95;
        var denominator = 1 + (z2 / n);
        var centre = (p + (z2 / (2 * n))) / denominator;
        var half = Z95 / denominator * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        // At p = 0 (or 1) the bound is 0 (or 1) exactly; centre − half would leave a rounding residue like 1e-17.
        return (p <= 0 ? 0 : Math.Max(0, centre - half), p >= 1 ? 1 : Math.Min(1, centre + half));
    }
}
