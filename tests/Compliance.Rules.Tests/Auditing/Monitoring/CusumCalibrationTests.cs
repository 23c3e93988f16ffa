using Compliance.Rules.Auditing.Monitoring;

namespace Compliance.Rules.Tests.Auditing.Monitoring;

public sealed class CusumCalibrationTests
{
    // p0 = 0.1, k = 2: p1 = 0.2 / (0.9 + 0.2) = 0.181818; ln(p1/p0) = ln(1.818182) = 0.597837;
    // ln((1 − p1)/(1 − p0)) = ln(0.818182 / 0.9) = ln(0.909091) = −0.095310.
    [Fact]
    public void The_weights_are_the_log_likelihood_ratios_at_odds_ratio_two()
    {
        Assert.Equal(0.181818, CusumCalibration.OutOfControlRate(0.1, 2), 6);
        var (counted, notCounted) = CusumCalibration.Weights(0.1, 2);
        Assert.Equal(0.597837, counted, 6);
        Assert.Equal(-0.095310, notCounted, 6);
    }

    // h = 0.5 is below one counted weight (0.598): the first counted event alarms and uncounted ones
    // leave S at 0, so the run length is geometric with success 0.1: ARL = 1/0.1 = 10 exactly.
    [Fact]
    public void Below_one_counted_weight_the_run_length_is_geometric()
    {
        Assert.Equal(10, CusumCalibration.AverageRunLength(0.1, 2, 0.5), 6);
    }

    // h = 0.65: one counted event (0.598) is not enough from 0; two in a row (1.196) are, and so is a
    // counted event within the one step S takes to fall back below 0.65 − 0.598 = 0.052 … i.e. S must
    // be above 0.052 after a counted event followed by uncounted ones: 0.598 − 0.0953·j > 0.052 for
    // j ≤ 5. So from S = 0 an alarm needs a counted event and then another within the next 6 events.
    // Renewal: each counted event from 0 "succeeds" with probability 1 − 0.9^6 = 0.468559; ARL =
    // E[events to reach a counted event from 0] + … solved: L0 = 10 + (0.531441·(6 + L0) + Σ_{j=1..6} 0.9^{j−1}·0.1·j),
    // Σ = 0.1·(1 + 1.8 + 2.43 + 2.916 + 3.2805 + 3.54294) = 1.496944; L0·0.468559 = 10 + 3.188646 + 1.496944
    // → L0 = 31.3419. The lattice rounds the weights to its steps, so it may differ by under 1%.
    [Fact]
    public void Just_above_one_counted_weight_two_counted_events_within_six_alarm()
    {
        Assert.InRange(CusumCalibration.AverageRunLength(0.1, 2, 0.65), 31.3419 * 0.99, 31.3419 * 1.01);
    }

    // The threshold is the least on the lattice that reaches the target, and a simulation of the
    // detector agrees with the computed run length within 8% (2 000 runs: standard error ≈ 2.2%).
    [Theory]
    [InlineData(0.1, 300)]
    [InlineData(0.02, 400)]
    [InlineData(0.4, 300)]
    public void The_threshold_reaches_the_target_run_length_and_a_simulation_agrees(double p0, double target)
    {
        var h = CusumCalibration.Threshold(p0, 2, target);
        var arl = CusumCalibration.AverageRunLength(p0, 2, h);

        Assert.InRange(arl, target, target * 1.25);
        Assert.True(CusumCalibration.AverageRunLength(p0, 2, h * 0.97) < target);
        var simulated = Simulate(p0, h, runs: 2000, seed: 11);
        Assert.InRange(simulated / arl, 0.92, 1.08);
    }

    private static double Simulate(double p0, double h, int runs, int seed)
    {
        var random = new Random(seed);
        var (up, down) = CusumCalibration.Weights(p0, 2);
        long total = 0;
        for (var r = 0; r < runs; r++)
        {
            double s = 0;
            var n = 0;
            do
            {
                n++;
                s = Math.Max(0, s + (random.NextDouble() < p0 ? up : down));
            }
            while (s <= h);

            total += n;
        }

        return total / (double)runs;
    }
    // A lattice eliminates once per rate, at the largest top asked, and answers smaller tops by back
    // substitution on the leading block. Solving each top in a lattice of its own must give the same
    // run lengths bit for bit, whatever order the tops come in (a larger top after a smaller one makes
    // the lattice eliminate again).
    [Theory]
    [InlineData(0.0677, 9.0)]
    [InlineData(0.00853, 7.0)]
    [InlineData(0.4, 6.0)]
    [InlineData(0.95, 5.0)]
    public void Smaller_tops_from_a_kept_elimination_equal_their_own_solves(double p0, double high)
    {
        var kept = CusumCalibration.Lattice.Of(p0, 2, high);
        var top = kept.TopState(high);
        var tops = new[] { top / 2, 0, top, top - 1, top / 3, 1, top / 2 + 1, top };
        foreach (var rate in new[] { p0, p0 * 0.9 })
        {
            foreach (var t in tops)
            {
                var fresh = CusumCalibration.Lattice.Of(p0, 2, high);
                var expected = fresh.RunLength(t, rate);
                fresh.Release();
                Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(kept.RunLength(t, rate)));
            }
        }

        kept.Release();
    }
}
