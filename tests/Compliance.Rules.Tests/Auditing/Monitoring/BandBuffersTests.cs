using Compliance.Rules.Auditing.Monitoring;

namespace Compliance.Rules.Tests.Auditing.Monitoring;

/// <summary>
/// Solves that hand their band arrays on must find the same thresholds, bit for bit, as solves on
/// arrays of their own, even when the array they are handed is longer than they need and full of
/// another solve's numbers.
/// </summary>
public sealed class BandBuffersTests
{
    [Fact]
    public void Thresholds_from_handed_on_arrays_are_those_from_fresh_ones()
    {
        var buffers = new BandBuffers();
        var stale = buffers.Rent(4_000_000);
        Array.Fill(stale, double.NaN);
        buffers.Return(stale);

        // Largest band first, as the monitor orders them; the low rates have the widest bands.
        foreach (var (p0, target) in new[] { (0.006, 26000.0), (0.0113, 35000.0), (0.0677, 140000.0), (0.3, 5000.0), (0.106, 130000.0) })
        {
            var handedOn = CusumCalibration.Threshold(p0, 2, target, double.PositiveInfinity, buffers);
            var own = CusumCalibration.Threshold(p0, 2, target, double.PositiveInfinity);

            Assert.Equal(BitConverter.DoubleToInt64Bits(own), BitConverter.DoubleToInt64Bits(handedOn));
        }

        // The one array went round: nothing else was needed.
        Assert.Same(stale, buffers.Rent(1));
    }

    [Fact]
    public void A_free_array_too_short_is_let_go_for_a_new_one()
    {
        var buffers = new BandBuffers();
        var small = buffers.Rent(10);
        buffers.Return(small);

        var large = buffers.Rent(1000);

        Assert.True(large.Length >= 1000);
        Assert.NotSame(small, large);
        buffers.Return(large);
        Assert.Same(large, buffers.Rent(1000));
    }

    [Fact]
    public void Solves_are_ordered_by_the_band_their_search_starts_with()
    {
        // Lower rates have a wider band (more steps in the larger weight) and a longer lattice.
        Assert.True(CusumCalibration.FirstBandLength(0.006, 2, 26000) > CusumCalibration.FirstBandLength(0.1, 2, 26000));
        Assert.True(CusumCalibration.FirstBandLength(0.1, 2, 130000) > CusumCalibration.FirstBandLength(0.1, 2, 1300));

        // A rate or odds ratio the search refuses sorts last and is refused where it always was.
        Assert.Equal(0, CusumCalibration.FirstBandLength(0, 2, 1000));
        Assert.Equal(0, CusumCalibration.FirstBandLength(0.1, 1, 1000));
        Assert.Throws<ArgumentOutOfRangeException>(() => CusumCalibration.Threshold(0, 2, 1000));
    }
}
