using Compliance.Rules.Auditing;
using Compliance.Rules.Auditing.Tallies;

namespace Compliance.Rules.Tests.Auditing;

public sealed class ProportionsTests
{
    [Theory]
    // Published: 14 of 30 Cheshire rape no-crimes wrong, Wilson 95% ≈ 30%–64% (HMIC's 2014 Cheshire crime-recording report as covered by the local press, September 2014; interval worked out by hand).
    [InlineData(14, 30, 0.302, 0.639)]
    // 3/20 → ≈ 5%–36%; 0/20 → 0%–16% (Wilson score interval, worked out by hand).
    [InlineData(3, 20, 0.052, 0.360)]
    [InlineData(0, 20, 0.000, 0.161)]
    // Newcombe (1998) table I: 81/263 → 0.2553–0.3662.
    [InlineData(81, 263, 0.2553, 0.3662)]
    public void Wilson_intervals_match_published_values(long k, long n, double low, double high)
    {
        var (lower, upper) = Proportions.WilsonInterval(k, n);
        Assert.Equal(low, lower, 3);
        Assert.Equal(high, upper, 3);
    }

    [Theory]
    // P(X >= 3 | n = 10, p = 0.1) = 1 - (0.9^10 + 10·0.1·0.9^9 + 45·0.01·0.9^8) = 0.0701908
    [InlineData(3, 10, 0.1, 0.0701908)]
    // P(X >= 1 | n = 5, p = 0.5) = 1 - 0.5^5
    [InlineData(1, 5, 0.5, 0.96875)]
    // P(X >= n | n, p) = p^n
    [InlineData(20, 20, 0.3, 3.486784401e-11)]
    [InlineData(0, 10, 0.3, 1.0)]
    public void Upper_tail_p_values_are_exact(long k, long n, double p, double expected) =>
        Assert.Equal(expected, Proportions.UpperTailPValue(k, n, p), expected * 1e-6);

    [Fact]
    public void A_deep_tail_does_not_round_to_zero()
    {
        var p = Proportions.UpperTailPValue(60, 200, 0.05);
        Assert.InRange(p, 1e-40, 1e-15);
    }
}
