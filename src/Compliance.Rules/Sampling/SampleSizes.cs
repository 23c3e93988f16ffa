namespace Compliance.Rules.Sampling;

/// <summary>
/// Sample sizes for a proportion at a given 95% margin with the finite-population correction
/// (Cochran, <i>Sampling Techniques</i>, ch. 4): n₀ = 1.96²·p(1 − p)/E², n = ⌈n₀/(1 + (n₀ − 1)/N)⌉.
/// </summary>
internal static class SampleSizes
{
    // The textbook constant 1.96, not Φ⁻¹(0.975) = 1.959964…: planners check sizes against the
    // published formula, and the two differ at the ceiling (p 0.9, E 0.03, N 10⁶: 385 with 1.96,
    // 384 with the exact quantile).
    private const double Z = 1.96;

    /// <summary>The default design effect of an incident stratum (incidents hold crimes in clusters).</summary>
    public const double DefaultDesignEffect = 1.5;

    /// <summary>The size of a simple random sample estimating a rate <paramref name="expectedRate"/> to ± <paramref name="margin"/>.</summary>
    /// <param name="expectedRate">The rate expected, in [0, 1].</param>
    /// <param name="margin">Half-width of the 95% interval, in (0, 0.5].</param>
    /// <param name="population">N, the stratum's population (0 gives 0).</param>
    /// <param name="multiplier">Multiplies n₀ before the correction (design effect ÷ crimes per incident for incident strata; 1 otherwise).</param>
    /// <returns>n, at most <paramref name="population"/>.</returns>
    public static long Cochran(double expectedRate, double margin, long population, double multiplier = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(population);
        if (expectedRate is < 0 or > 1 || double.IsNaN(expectedRate))
        {
            throw new ArgumentOutOfRangeException(nameof(expectedRate), expectedRate, "the expected rate must lie in [0, 1]");
        }

        if (margin is <= 0 or > 0.5 || double.IsNaN(margin))
        {
            throw new ArgumentOutOfRangeException(nameof(margin), margin, "the margin must lie in (0, 0.5]");
        }

        if (!(multiplier > 0) || double.IsInfinity(multiplier))
        {
            throw new ArgumentOutOfRangeException(nameof(multiplier), multiplier, "the multiplier must be positive");
        }

        if (population == 0)
        {
            return 0;
        }

        var n0 = Z * Z * expectedRate * (1 - expectedRate) / (margin * margin) * multiplier;
        var n = Math.Ceiling(n0 / (1 + ((n0 - 1) / population)));
        return (long)Math.Clamp(n, 0, population);
    }

    /// <summary>The size of an incident stratum: n₀ multiplied by design effect ÷ crimes per incident first.</summary>
    /// <param name="expectedRate">The recording rate expected.</param>
    /// <param name="margin">Half-width of the 95% interval (approximate for clustered crimes).</param>
    /// <param name="population">N, incidents in the stratum.</param>
    /// <param name="crimesPerIncident">Crimes an incident holds on average.</param>
    /// <param name="designEffect">The design effect (default 1.5).</param>
    /// <returns>n.</returns>
    public static long ForIncidents(double expectedRate, double margin, long population, double crimesPerIncident, double designEffect = DefaultDesignEffect)
    {
        if (!(crimesPerIncident > 0) || double.IsInfinity(crimesPerIncident))
        {
            throw new ArgumentOutOfRangeException(nameof(crimesPerIncident), crimesPerIncident, "crimes per incident must be positive");
        }

        return Cochran(expectedRate, margin, population, designEffect / crimesPerIncident);
    }
}
