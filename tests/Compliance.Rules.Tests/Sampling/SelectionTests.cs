using Compliance.Rules.Sampling;

namespace Compliance.Rules.Tests.Sampling;

/// <summary>Selection by SHA-256 order: the known digests, and that the order behaves like a random draw.</summary>
public sealed class SelectionTests
{
    [Theory]
    [InlineData("record:CR-1", "e00966d58919762fff0f982bb1d1344597f99e3d254da828cdc8c57ef40c39e7")]
    [InlineData("record:CR-2", "d99aa92b8f1e63be7662b7b16d3acbaec0ea4c4edce9e35f1d2d84f0f1241738")]
    public void The_known_digests_reproduce(string itemKey, string digest) =>
        Assert.Equal(digest, Convert.ToHexStringLower(SelectionOrder.Digest(42, "XX-2025-H2", "rape-cancellations", itemKey)));

    [Fact]
    public void CR_2_ranks_before_CR_1()
    {
        var selector = new StratumSelector<int>(42, "XX-2025-H2", "rape-cancellations", 1);
        selector.Offer("record:CR-1", 1);
        selector.Offer("record:CR-2", 2);

        Assert.Equal("record:CR-2", Assert.Single(selector.Take(1)).ItemKey);
    }

    [Theory]
    [InlineData("42", true, 42L)]
    [InlineData("0", true, 0L)]
    [InlineData("9223372036854775807", true, long.MaxValue)]
    [InlineData("9223372036854775808", false, 0L)]
    [InlineData("042", false, 0L)]
    [InlineData("+42", false, 0L)]
    [InlineData("-1", false, 0L)]
    [InlineData(" 42", false, 0L)]
    [InlineData("", false, 0L)]
    public void Seeds_are_canonical_decimal_integers_below_2_to_the_63(string text, bool valid, long expected)
    {
        Assert.Equal(valid, SelectionOrder.TryParseSeed(text, out var seed));
        Assert.Equal(expected, seed);
    }

    [Fact]
    public void Every_item_is_drawn_about_equally_often_over_2000_seeds()
    {
        // S = 2000 seeds, N = 1000 keys, n = 200: each count within S·p ± 4.89·√(S·p(1 − p)),
        // p = 0.2: 400 ± 87.5 (Bonferroni over 1000 items, family-wise 0.001).
        const int seeds = 2000, population = 1000, n = 200;
        var counts = new int[population];
        var keys = Enumerable.Range(0, population).Select(i => $"record:CR-{i}").ToArray();
        for (var seed = 0L; seed < seeds; seed++)
        {
            var selector = new StratumSelector<int>(seed, "PLAN", "S", n);
            for (var i = 0; i < population; i++)
            {
                selector.Offer(keys[i], i);
            }

            foreach (var (_, index) in selector.Take(n))
            {
                counts[index]++;
            }
        }

        const double p = (double)n / population;
        var half = 4.89 * Math.Sqrt(seeds * p * (1 - p));
        var outside = counts.Select((c, i) => (c, i)).Where(x => Math.Abs(x.c - (seeds * p)) > half).ToArray();
        Assert.True(outside.Length == 0, $"items drawn too often or too rarely: {string.Join(", ", outside.Select(x => $"{keys[x.i]}={x.c}"))}");
        Assert.Equal(seeds * n, counts.Sum());
    }

    [Fact]
    public void Every_pair_of_6_is_equally_likely_over_3000_seeds()
    {
        // 15 pairs, 200 expected each; χ² with 14 degrees of freedom at 0.001 is 36.12.
        const int seeds = 3000;
        var pairs = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var seed = 0L; seed < seeds; seed++)
        {
            var selector = new StratumSelector<int>(seed, "PLAN", "PAIRS", 2);
            for (var i = 1; i <= 6; i++)
            {
                selector.Offer($"record:CR-{i}", i);
            }

            var drawn = selector.Take(2).Select(x => x.Value).Order().ToArray();
            var key = $"{drawn[0]}-{drawn[1]}";
            pairs[key] = pairs.GetValueOrDefault(key) + 1;
        }

        Assert.Equal(15, pairs.Count);
        var chiSquare = pairs.Values.Sum(observed => Math.Pow(observed - 200.0, 2) / 200.0);
        Assert.True(chiSquare < 36.12, $"χ² = {chiSquare:F2}");
    }
}
