using Compliance.Rules.Sampling;

namespace Compliance.Rules.Tests.Sampling;

/// <summary>
/// The estimators against answers worked out by hand (the arithmetic is in each test's comment),
/// not against the code's own output.
/// </summary>
public sealed class EstimatorKnownAnswerTests
{
    [Fact]
    public void Wilson_for_3_wrong_of_20_is_5_24_to_36_04_percent()
    {
        // p = 0.15, n = 20, z² = 3.8415: centre = (0.15 + 0.09604)/1.19207 = 0.20639,
        // half = 1.95996/1.19207 · √(0.006375 + 0.002401) = 0.15402.
        var (low, high) = WilsonScore.Interval(0.15, 20);

        Assert.Equal(0.05237, low, 4);
        Assert.Equal(0.36042, high, 4);
    }

    [Fact]
    public void Wilson_for_0_of_20_runs_from_0_to_16_1_percent()
    {
        // p = 0: high = z²/(n + z²) = 3.8415/23.8415.
        var (low, high) = WilsonScore.Interval(0, 20);

        Assert.Equal(0, low);
        Assert.Equal(0.16113, high, 4);
    }

    [Fact]
    public void Stratified_estimate_of_two_strata_matches_the_worked_answer()
    {
        // W = 40/440, 400/440; p̂ = 0.0909·0.15 + 0.9091·0.10 = 0.104545;
        // V̂ = 0.0909²·0.5·0.15·0.85/19 + 0.9091²·0.95·0.09/19 = 0.0037467; n* = 0.093616/0.0037467 = 24.99.
        var estimate = StratifiedProportion.Estimate([new StratumCount(40, 20, 3), new StratumCount(400, 20, 2)]);

        Assert.Equal(0.104545, estimate.Estimate!.Value, 6);
        Assert.Equal(0.0037467, estimate.Variance!.Value, 7);
        Assert.Equal(24.99, estimate.EffectiveN!.Value, 2);
        Assert.Equal(0.0337, estimate.Low!.Value, 4);
        Assert.Equal(0.2807, estimate.High!.Value, 4);
        Assert.Empty(estimate.Flags);
    }

    [Fact]
    public void Stratified_estimate_with_no_errors_uses_n_star_of_1_over_D()
    {
        // D = 0.0909²·0.5/19 + 0.9091²·0.95/19 = 0.041539, n* = 24.07; high = z²/(n* + z²) = 0.1376.
        var estimate = StratifiedProportion.Estimate([new StratumCount(40, 20, 0), new StratumCount(400, 20, 0)]);

        Assert.Equal(0, estimate.Estimate);
        Assert.Equal(0, estimate.Low);
        Assert.Equal(0.1376, estimate.High!.Value, 4);
    }

    [Fact]
    public void A_stratum_with_items_and_no_review_leaves_the_group_without_an_estimate()
    {
        var estimate = StratifiedProportion.Estimate([new StratumCount(40, 20, 3), new StratumCount(400, 0, 0)]);

        Assert.Null(estimate.Estimate);
        Assert.Equal(EstimateCodes.StratumNotReviewed, estimate.Reason);
    }

    [Fact]
    public void One_reviewed_item_out_of_many_bounds_the_stratum_variance_and_says_so()
    {
        // Stratum 2: W²(1 − f)·¼ = 0.5²·(1 − 1/20)·0.25 = 0.059375; stratum 1: 0.5²·(1 − 0.5)·0.25/9 = 0.0034722.
        var estimate = StratifiedProportion.Estimate([new StratumCount(20, 10, 5), new StratumCount(20, 1, 0)]);

        Assert.Equal(0.25, estimate.Estimate);
        Assert.Equal(0.0628472, estimate.Variance!.Value, 6);
        Assert.Contains(EstimateCodes.VarianceBounded, estimate.Flags);
    }

    [Fact]
    public void A_census_of_every_stratum_gives_the_point()
    {
        var estimate = StratifiedProportion.Estimate([new StratumCount(10, 10, 1), new StratumCount(30, 30, 3)]);

        Assert.Equal(0.1, estimate.Estimate!.Value, 12);
        Assert.Equal(estimate.Estimate, estimate.Low);
        Assert.Equal(estimate.Estimate, estimate.High);
    }

    [Fact]
    public void A_group_of_one_stratum_reports_that_strata_Wilson_interval()
    {
        var estimate = StratifiedProportion.Estimate([new StratumCount(400, 20, 3)]);

        Assert.Equal(0.05237, estimate.Low!.Value, 4);
        Assert.Equal(0.36042, estimate.High!.Value, 4);
    }

    [Fact]
    public void Ratio_estimate_matches_the_worked_answer()
    {
        // X̂ = 1000·1.4 + 500·1.25 = 2025; Ŷ = 1000·1 + 500·1 = 1500; R̂ = 0.740741.
        // d (stratum 1) = 0.2593, −0.4815, 0, −0.7407, 0.7778, mean −0.0370, s² = 1.44582/4 = 0.361454;
        // d (stratum 2) = 0.2593, 0.2593, 0.5185, −0.7407, mean 0.0741, s² = 0.930041/3 = 0.310014;
        // V̂ = (10⁶·0.995·0.361454/5 + 250 000·0.992·0.310014/4)/2025² = 91 150.3/4 100 625 = 0.0222284.
        var estimate = RatioEstimator.Estimate(
        [
            new RatioStratum(1000, [new(1, 1), new(2, 1), new(0, 0), new(1, 0), new(3, 3)]),
            new RatioStratum(500, [new(1, 1), new(1, 1), new(2, 2), new(1, 0)]),
        ]);

        Assert.Equal(0.740741, estimate.Estimate!.Value, 6);
        Assert.Equal(0.0222284, estimate.Variance!.Value, 6);

        // n* = R̂(1 − R̂)/V̂ = 0.192044/0.0222284 = 8.64, below Σx = 12.
        Assert.Equal(8.64, estimate.EffectiveN!.Value, 2);
        Assert.True(estimate.Low < 0.740741 && estimate.High > 0.740741);
    }

    [Fact]
    public void Ratio_estimate_is_not_computed_when_nothing_should_have_been_recorded()
    {
        var estimate = RatioEstimator.Estimate([new RatioStratum(100, [new(0, 0), new(0, 0)])]);

        Assert.Null(estimate.Estimate);
        Assert.Equal(EstimateCodes.NothingToRecord, estimate.Reason);
    }

    [Theory]
    [InlineData(0.9, 0.03, 1000, 278)]
    [InlineData(0.9, 0.03, 1000000, 385)]
    [InlineData(0.5, 0.05, 100, 80)]
    [InlineData(0.5, 0.05, 0, 0)]
    public void Cochran_sample_sizes_match_the_worked_answers(double p, double margin, long population, long expected) =>
        Assert.Equal(expected, SampleSizes.Cochran(p, margin, population));

    [Fact]
    public void An_incident_stratum_multiplies_n0_by_design_effect_over_crimes_per_incident()
    {
        // n₀ = 384.16 · 1.5/0.8 = 720.3; n = ⌈720.3/(1 + 719.3/1000)⌉ = ⌈418.97⌉ = 419.
        Assert.Equal(419, SampleSizes.ForIncidents(0.9, 0.03, 1000, 0.8));
    }

    [Fact]
    public void Cohen_kappa_of_two_reviewers_matches_the_worked_answer()
    {
        // Both correct 6, both incorrect 2, one each way 1 and 1: observed 0.8, chance 0.7·0.7 + 0.3·0.3 = 0.58.
        var items = new List<IReadOnlyList<(string, bool)>>();
        items.AddRange(Enumerable.Repeat<IReadOnlyList<(string, bool)>>([("R1", true), ("R2", true)], 6));
        items.AddRange(Enumerable.Repeat<IReadOnlyList<(string, bool)>>([("R1", false), ("R2", false)], 2));
        items.Add([("R1", true), ("R2", false)]);
        items.Add([("R1", false), ("R2", true)]);

        var agreement = Agreement.Compute(items)!;

        Assert.Equal("conger", agreement.Method);
        Assert.Equal(0.8, agreement.ObservedAgreement!.Value, 10);
        Assert.Equal(0.58, agreement.ChanceAgreement!.Value, 10);
        Assert.Equal(0.5238, agreement.Kappa!.Value, 4);
    }

    [Fact]
    public void Fleiss_kappa_of_three_reviewers_matches_the_worked_answer()
    {
        // 7 items unanimous "correct", 3 split 2–1: P̄ = (7 + 3·⅓)/10 = 0.8; p = 27/30 = 0.9, Pe = 0.82; κ = −0.02/0.18.
        var items = new List<IReadOnlyList<(string, bool)>>();
        items.AddRange(Enumerable.Repeat<IReadOnlyList<(string, bool)>>([("A", true), ("B", true), ("C", true)], 7));
        items.AddRange(Enumerable.Repeat<IReadOnlyList<(string, bool)>>([("A", true), ("B", true), ("C", false)], 3));

        var agreement = Agreement.Compute(items)!;

        Assert.Equal("fleiss", agreement.Method);
        Assert.Equal(0.8, agreement.ObservedAgreement!.Value, 10);
        Assert.Equal(-0.1111, agreement.Kappa!.Value, 4);
    }

    [Fact]
    public void Kappa_needs_ten_items()
    {
        var nine = Enumerable.Repeat<IReadOnlyList<(string, bool)>>([("R1", true), ("R2", false)], 9).ToList();
        Assert.Equal(EstimateCodes.TooFewItems, Agreement.Compute(nine)!.Reason);
        Assert.Null(Agreement.Compute(nine)!.Kappa);

        nine.Add([("R1", false), ("R2", true)]);
        Assert.NotNull(Agreement.Compute(nine)!.Kappa);
    }

    [Fact]
    public void Kappa_is_undefined_when_every_rating_is_the_same()
    {
        var same = Enumerable.Repeat<IReadOnlyList<(string, bool)>>([("R1", true), ("R2", true)], 12).ToList();

        var agreement = Agreement.Compute(same)!;

        Assert.Null(agreement.Kappa);
        Assert.Equal(EstimateCodes.ChanceAgreementIsOne, agreement.Reason);
    }
}
