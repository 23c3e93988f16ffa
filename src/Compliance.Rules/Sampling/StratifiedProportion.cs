namespace Compliance.Rules.Sampling;

/// <summary>
/// The stratified estimate of a proportion (Cochran ch. 5): p̂ = Σ W_h p̂_h with W_h = N_h/N and
/// V̂ = Σ W_h²(1 − f_h) p̂_h(1 − p̂_h)/(n_h − 1). The interval is the Wilson interval at p̂ with the
/// effective sample size n* = p̂(1 − p̂)/V̂, capped at Σ n_h: unlike p̂ ± z√V̂ it stays inside [0, 1]
/// and keeps its coverage for the 0–30% error rates and samples of 10–40 audits work with (the
/// acceptance table of the tests: every design ≥ 92%).
/// </summary>
internal static class StratifiedProportion
{
    /// <summary>Estimates a proportion over strata.</summary>
    /// <param name="strata">The strata of one group.</param>
    /// <returns>The estimate; none when a stratum with items has no reviewed item, or the group is empty.</returns>
    public static IntervalEstimate Estimate(IReadOnlyList<StratumCount> strata)
    {
        ArgumentNullException.ThrowIfNull(strata);
        foreach (var s in strata)
        {
            if (s.Population < 0 || s.Reviewed < 0 || s.Incorrect < 0 || s.Reviewed > s.Population || s.Incorrect > s.Reviewed)
            {
                throw new ArgumentException($"impossible stratum figures: N {s.Population}, reviewed {s.Reviewed}, incorrect {s.Incorrect}", nameof(strata));
            }
        }

        var live = strata.Where(s => s.Population > 0).ToArray();
        if (live.Length == 0)
        {
            return IntervalEstimate.None(EstimateCodes.EmptyPopulation);
        }

        if (live.Any(s => s.Reviewed == 0))
        {
            return IntervalEstimate.None(EstimateCodes.StratumNotReviewed);
        }

        double total = live.Sum(s => s.Population);
        double p = 0, variance = 0, d = 0;
        long reviewed = 0;
        var bounded = false;
        foreach (var s in live)
        {
            var w = s.Population / total;
            var f = (double)s.Reviewed / s.Population;
            var ph = (double)s.Incorrect / s.Reviewed;
            p += w * ph;
            reviewed += s.Reviewed;
            if (s.Reviewed == s.Population)
            {
                continue; // a census of the stratum: no sampling variance
            }

            if (s.Reviewed == 1)
            {
                // p̂_h(1 − p̂_h)/(n_h − 1) is undefined; ¼ is its largest possible value.
                bounded = true;
                variance += w * w * (1 - f) * 0.25;
                d += w * w * (1 - f);
            }
            else
            {
                variance += w * w * (1 - f) * ph * (1 - ph) / (s.Reviewed - 1);
                d += w * w * (1 - f) / (s.Reviewed - 1);
            }
        }

        string[] flags = bounded ? [EstimateCodes.VarianceBounded] : [];
        if (live.Length == 1)
        {
            // One stratum: its own Wilson interval (no finite-population correction), as reported per stratum.
            var only = live[0];
            var (low1, high1) = WilsonScore.Interval(p, only.Reviewed);
            return new IntervalEstimate(p, low1, high1, variance, only.Reviewed, flags, null);
        }

        if (d == 0)
        {
            // Every stratum was reviewed in full: the estimate is the population's rate.
            return new IntervalEstimate(p, p, p, 0, reviewed, flags, null);
        }

        var effective = p is 0 or 1 ? 1 / d : (variance > 0 ? p * (1 - p) / variance : double.PositiveInfinity);
        effective = Math.Min(effective, reviewed);
        var (low, high) = WilsonScore.Interval(p, effective);
        return new IntervalEstimate(p, low, high, variance, effective, flags, null);
    }
}
