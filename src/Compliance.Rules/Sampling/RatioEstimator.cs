namespace Compliance.Rules.Sampling;

/// <summary>
/// The combined ratio estimate over strata (Cochran ch. 6): R̂ = Σ N_h ȳ_h / X̂ with X̂ = Σ N_h x̄_h,
/// V̂ = X̂⁻² Σ N_h²(1 − f_h) s²_{d,h}/n_h where d_i = y_i − R̂x_i and s²_{d,h} is centred on the
/// stratum's mean of d (not on zero: the stratum ratios differ from R̂, and the uncentred form
/// would count that difference as sampling error). Used for the recording rate, recording accuracy
/// and the weighted precision of rules. The interval is the Wilson interval at R̂ with
/// n* = R̂(1 − R̂)/V̂ capped at Σ x.
/// </summary>
internal static class RatioEstimator
{
    /// <summary>Estimates the ratio.</summary>
    /// <param name="strata">The strata.</param>
    /// <returns>The estimate; none when a stratum with a population has no reviewed unit, or X̂ = 0.</returns>
    public static IntervalEstimate Estimate(IReadOnlyList<RatioStratum> strata)
    {
        ArgumentNullException.ThrowIfNull(strata);
        var live = strata.Where(s => s.Population > 0).ToArray();
        if (live.Length == 0)
        {
            return IntervalEstimate.None(EstimateCodes.EmptyPopulation);
        }

        if (live.Any(s => s.Items.Count == 0))
        {
            return IntervalEstimate.None(EstimateCodes.StratumNotReviewed);
        }

        foreach (var s in live)
        {
            if (s.Items.Count > s.Population)
            {
                throw new ArgumentException($"a stratum has {s.Items.Count} reviewed units out of a population of {s.Population}", nameof(strata));
            }
        }

        double xHat = 0, yHat = 0, sumX = 0;
        foreach (var s in live)
        {
            var n = s.Items.Count;
            xHat += s.Population * s.Items.Sum(i => i.X) / n;
            yHat += s.Population * s.Items.Sum(i => i.Y) / n;
            sumX += s.Items.Sum(i => i.X);
        }

        if (xHat == 0)
        {
            return IntervalEstimate.None(EstimateCodes.NothingToRecord);
        }

        var r = yHat / xHat;
        double sum = 0;
        var bounded = false;
        var census = true;
        foreach (var s in live)
        {
            var n = s.Items.Count;
            var f = (double)n / s.Population;
            if (n == s.Population)
            {
                continue;
            }

            census = false;
            double s2;
            if (n == 1)
            {
                // s² is undefined with one unit. When 0 ≤ y ≤ x, d lies in an interval of width x, so
                // its variance is at most x²/4 (Popoviciu) — the counterpart of the ¼ of a proportion.
                bounded = true;
                s2 = s.Items[0].X * s.Items[0].X / 4;
            }
            else
            {
                var mean = s.Items.Sum(i => i.Y - (r * i.X)) / n;
                s2 = s.Items.Sum(i => Math.Pow(i.Y - (r * i.X) - mean, 2)) / (n - 1);
            }

            sum += (double)s.Population * s.Population * (1 - f) * s2 / n;
        }

        var variance = sum / (xHat * xHat);
        string[] flags = bounded ? [EstimateCodes.VarianceBounded] : [];
        if (census)
        {
            return new IntervalEstimate(r, r, r, 0, sumX, flags, null);
        }

        var effective = r is 0 or 1 || variance == 0 ? sumX : Math.Min(r * (1 - r) / variance, sumX);
        var (low, high) = WilsonScore.Interval(r, effective);
        return new IntervalEstimate(r, low, high, variance, effective, flags, null);
    }
}
