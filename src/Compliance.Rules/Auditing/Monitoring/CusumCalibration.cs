using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Compliance.Rules.Auditing.Monitoring;

/// <summary>
/// Thresholds of the Bernoulli CUSUM: the in-control average run length (ARL, in events) for a
/// threshold, and the least threshold reaching a target ARL.
/// </summary>
/// <remarks>
/// The ARL is computed, not simulated: the CUSUM is put on a lattice whose step is a fraction (1/64 down to
/// 1/2 for very small rates) of the smaller of its two weights (Reynolds and Stoumbos' discretisation of the Bernoulli CUSUM), so it
/// becomes a Markov chain on the states 0…H with one downward and one upward move per event, and the
/// ARL from 0 solves (I − Q)·L = 1. That matrix is banded (one entry d states below the diagonal, one
/// u above), so elimination costs n·d·u operations: at most 5 million (the step is chosen to keep it so) for the baselines the detectors
/// meet (rate 0.005 to 0.95 at odds ratio 2), milliseconds per threshold. Rounding the larger weight to
/// the lattice changes it by at most half a step; the benchmark command compares these
/// ARLs with simulated ones (docs/early-warning.md). The threshold is found by bisection on the lattice.
/// </remarks>
internal static class CusumCalibration
{
    /// <summary>Most lattice steps in the smaller weight.</summary>
    private const int MaxStepsPerWeight = 64;

    /// <summary>
    /// Work budget of one solve (n·d·u multiply-adds). With m steps in the smaller weight the work is
    /// (h / smaller weight) · (larger / smaller) · m³, so a rate of 0.005 (ratio 137) gets m ≤ 3 and a
    /// rate of 0.1 (ratio 6.3) m ≤ 35: a few milliseconds either way.
    /// </summary>
    private const double WorkBudget = 5e6;

    /// <summary>The rate the detector looks for: p1 = k·p0 / (1 − p0 + k·p0).</summary>
    /// <param name="p0">The in-control rate.</param>
    /// <param name="oddsRatio">k.</param>
    /// <returns>p1.</returns>
    public static double OutOfControlRate(double p0, double oddsRatio) => oddsRatio * p0 / (1 - p0 + (oddsRatio * p0));

    /// <summary>The CUSUM weights of a counted and of an uncounted event.</summary>
    /// <param name="p0">The in-control rate.</param>
    /// <param name="oddsRatio">k.</param>
    /// <returns>ln(p1/p0) and ln((1 − p1)/(1 − p0)).</returns>
    public static (double Counted, double NotCounted) Weights(double p0, double oddsRatio)
    {
        var p1 = OutOfControlRate(p0, oddsRatio);
        return (Math.Log(p1 / p0), Math.Log((1 - p1) / (1 - p0)));
    }

    /// <summary>The in-control ARL (events until a false alert, starting from 0) of a threshold.</summary>
    /// <param name="p0">The in-control rate (0 &lt; p0 &lt; 1).</param>
    /// <param name="oddsRatio">k (&gt; 1).</param>
    /// <param name="threshold">h: an alert when S &gt; h.</param>
    /// <returns>The ARL in events.</returns>
    public static double AverageRunLength(double p0, double oddsRatio, double threshold)
    {
        var lattice = Lattice.Of(p0, oddsRatio, threshold);
        return lattice.RunLength(lattice.TopState(threshold));
    }

    /// <summary>
    /// The in-control ARL of a threshold when the baseline p0 is itself an estimate from
    /// <paramref name="baselineEvents"/> peer events: the true rate is uncertain around p0 (normal on
    /// the log-odds scale, variance 1 / (n·p0·(1 − p0))), and the ARL is the one of the average false
    /// alert rate, 1 / E[1 / ARL(true rate)].
    /// </summary>
    /// <param name="p0">The estimated in-control rate the detector's weights use.</param>
    /// <param name="oddsRatio">k.</param>
    /// <param name="threshold">h.</param>
    /// <param name="baselineEvents">Events behind the estimate (&gt; 0); infinity for a known rate.</param>
    /// <returns>The ARL in events.</returns>
    public static double AverageRunLength(double p0, double oddsRatio, double threshold, double baselineEvents)
    {
        var lattice = Lattice.Of(p0, oddsRatio, threshold);
        return lattice.MixedRunLength(lattice.TopState(threshold), BaselineUncertainty.Rates(p0, baselineEvents));
    }

    /// <summary>The least threshold whose in-control ARL is at least <paramref name="targetEvents"/>.</summary>
    /// <param name="p0">The in-control rate.</param>
    /// <param name="oddsRatio">k.</param>
    /// <param name="targetEvents">The ARL wanted, in events.</param>
    /// <returns>h.</returns>
    public static double Threshold(double p0, double oddsRatio, double targetEvents) =>
        Threshold(p0, oddsRatio, targetEvents, double.PositiveInfinity);

    /// <summary>
    /// The least threshold whose in-control ARL, allowing for the baseline's sampling error
    /// (<see cref="AverageRunLength(double, double, double, double)"/>), is at least <paramref name="targetEvents"/>.
    /// </summary>
    /// <param name="p0">The estimated in-control rate.</param>
    /// <param name="oddsRatio">k.</param>
    /// <param name="targetEvents">The ARL wanted, in events.</param>
    /// <param name="baselineEvents">Events behind the estimate (&gt; 0); infinity for a known rate.</param>
    /// <returns>h.</returns>
    public static double Threshold(double p0, double oddsRatio, double targetEvents, double baselineEvents)
    {
        if (!(p0 > 0 && p0 < 1) || !(oddsRatio > 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p0), "the rate must lie strictly between 0 and 1 and the odds ratio above 1");
        }

        // An upper bound first: ARL ≥ e^h roughly, so h = ln(target) + a margin is nearly always enough;
        // widen until it is.
        if (!(baselineEvents > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(baselineEvents), "the baseline needs at least one event");
        }

        var rates = BaselineUncertainty.Rates(p0, baselineEvents);
        var high = Math.Max(1, Math.Log(Math.Max(targetEvents, 2)) + 2);
        var lattice = Lattice.Of(p0, oddsRatio, high);
        while (lattice.MixedRunLength(lattice.TopState(high), rates) < targetEvents)
        {
            high *= 1.5;
            lattice = Lattice.Of(p0, oddsRatio, high);
        }

        var hi = lattice.TopState(high);
        var lo = 0;
        if (lattice.MixedRunLength(lo, rates) >= targetEvents)
        {
            return 0;
        }

        while (hi - lo > 1)
        {
            var mid = lo + ((hi - lo) / 2);
            if (lattice.MixedRunLength(mid, rates) >= targetEvents)
            {
                hi = mid;
            }
            else
            {
                lo = mid;
            }
        }

        return lattice.ThresholdOf(hi);
    }

    private sealed class Lattice
    {
        private readonly double _p;
        private readonly int _up;
        private readonly int _down;

        private Lattice(double step, double p, int up, int down) => (Step, _p, _up, _down) = (step, p, up, down);

        public double Step { get; }

        // The real statistic alarms when S > h, the lattice one when its state exceeds H; a lattice
        // state stands for the half-open cell around it, so h sits half a step above H. Measured:
        // without the half step the computed run length overstated a simulated one by 5–10% at a
        // twentieth of a weight per step; with it, by under 3%.
        public int TopState(double threshold) => Math.Max(0, (int)Math.Floor((threshold / Step) - 0.5));

        public double ThresholdOf(int top) => (top + 0.5) * Step;

        public static Lattice Of(double p0, double oddsRatio, double threshold)
        {
            var (counted, notCounted) = Weights(p0, oddsRatio);
            var smaller = Math.Min(counted, -notCounted);
            var larger = Math.Max(counted, -notCounted);
            var perStep = Math.Max(threshold, smaller) / smaller * (larger / smaller);
            var most = (int)Math.Clamp(Math.Floor(Math.Cbrt(WorkBudget / perStep)), 1, MaxStepsPerWeight);

            // The larger weight is rounded to whole steps; that error shifts the drift, and the run
            // length grows roughly like e^(θh) with θ moved by the relative error (a 1% rounding cost
            // 7% of run length at p0 = 0.4). So among the affordable step counts take the one whose
            // rounding is smallest.
            var ratio = larger / smaller;
            var steps = Enumerable.Range(Math.Max(1, most / 2), most - Math.Max(1, most / 2) + 1)
                .MinBy(m => Math.Abs((ratio * m) - Math.Round(ratio * m)) / (ratio * m));
            var step = smaller / steps;

            return new Lattice(step, p0, Math.Max(1, (int)Math.Round(counted / step)), Math.Max(1, (int)Math.Round(-notCounted / step)));
        }

        /// <summary>ARL from state 0 of the average false alert rate over weighted true rates.</summary>
        public double MixedRunLength(int top, IReadOnlyList<(double Rate, double Weight)> rates)
        {
            if (rates.Count == 1)
            {
                return RunLength(top, rates[0].Rate);
            }

            var alarmsPerEvent = 0.0;
            foreach (var (rate, weight) in rates)
            {
                alarmsPerEvent += weight / RunLength(top, rate);
            }

            return 1 / alarmsPerEvent;
        }

        /// <summary>ARL from state 0 for threshold state <paramref name="top"/> (states 0…top) at the design rate.</summary>
        public double RunLength(int top) => RunLength(top, _p);

        /// <summary>ARL from state 0 for threshold state <paramref name="top"/> when events are counted with probability <paramref name="p"/>.</summary>
        /// <remarks>
        /// Why it is written this way: the solves were 11–15% of a 200 000-record audit's evaluating
        /// thread, all at the end of the run (sampled profile, docs/benchmarks.md). Each elimination step
        /// subtracts a multiple of the pivot row's band from the rows below it — contiguous runs of
        /// up to <c>u</c> doubles — so it runs on <see cref="Vector{T}"/> lanes, and the work arrays are
        /// the shared pool's rather than new arrays of a few MB (on the large-object heap) per solve. Every lane does what the scalar loop did, a product rounded and
        /// then a difference rounded, in the same order for each entry, so the run lengths (and every
        /// threshold) are the same bit for bit.
        /// </remarks>
        public double RunLength(int top, double p)
        {
            // Row i: L_i − q·L_{max(0, i−d)} − p·L_{i+u} = 1, the last term only when i + u ≤ top.
            // Band storage: column offset −d … +u around the diagonal; Gaussian elimination without
            // pivoting is stable here because I − Q is an M-matrix.
            var n = top + 1;
            var width = _down + _up + 1;

            // The work arrays come from the shared pool and go back to it: a calibration solves on
            // dozens of lattices, and arrays of their own (a few MB each, on the large-object heap) were
            // a tenth of what a 200 000-record audit allocated and behind its full collections
            // (allocation profile, docs/benchmarks.md). Only the first n·width entries are used, zeroed.
            var band = Cleared(n * width);
            var rhs = Cleared(n);
            var solution = Cleared(n);
            try
            {
                return Solve(band, rhs, solution, n, top, p);
            }
            finally
            {
                ArrayPool<double>.Shared.Return(band);
                ArrayPool<double>.Shared.Return(rhs);
                ArrayPool<double>.Shared.Return(solution);
            }
        }

        private double Solve(double[] band, double[] rhs, double[] solution, int n, int top, double p)
        {
            var lower = _down;
            var upper = _up;
            var width = lower + upper + 1;
            var q = 1 - p;
            ref double At(int row, int col) => ref band[(row * width) + (col - row + lower)];
            for (var i = 0; i < n; i++)
            {
                At(i, i) += 1;
                At(i, Math.Max(0, i - _down)) -= q;
                if (i + _up <= top)
                {
                    At(i, i + _up) -= p;
                }

                rhs[i] = 1;
            }

            for (var k = 0; k < n; k++)
            {
                // At(k, k) and, after it, At(k, k + 1 … lastCol); At(i, k) and, after it, At(i, k + 1 … lastCol).
                var diagonal = (k * width) + lower;
                var pivot = band[diagonal];
                var lastRow = Math.Min(n - 1, k + lower);
                var length = Math.Min(n - 1, k + upper) - k;
                var pivotRow = band.AsSpan(diagonal + 1, length);
                for (var i = k + 1; i <= lastRow; i++)
                {
                    var at = (i * width) + (k - i + lower);
                    var entry = band[at];
                    if (entry == 0)
                    {
                        continue;
                    }

                    var factor = entry / pivot;
                    band[at] = 0;
                    SubtractScaled(band.AsSpan(at + 1, length), pivotRow, factor);
                    rhs[i] -= factor * rhs[k];
                }
            }

            for (var i = n - 1; i >= 0; i--)
            {
                var sum = rhs[i];
                var diagonal = (i * width) + lower;
                var row = band.AsSpan(diagonal + 1, Math.Min(n - 1, i + upper) - i);
                var later = solution.AsSpan(i + 1, row.Length);
                for (var j = 0; j < row.Length; j++)
                {
                    sum -= row[j] * later[j];
                }

                solution[i] = sum / band[diagonal];
            }

            return solution[0];
        }

        /// <summary>target[j] −= factor · source[j] for every j: each a product rounded, then a difference rounded (never fused).</summary>
        private static void SubtractScaled(Span<double> target, ReadOnlySpan<double> source, double factor)
        {
            var j = 0;
            if (Vector.IsHardwareAccelerated && target.Length >= Vector<double>.Count)
            {
                var scale = new Vector<double>(factor);
                ref var to = ref MemoryMarshal.GetReference(target);
                ref var from = ref MemoryMarshal.GetReference(source);
                var last = (nuint)(target.Length - Vector<double>.Count);
                for (nuint v = 0; v <= last; v += (nuint)Vector<double>.Count)
                {
                    var product = Vector.Multiply(scale, Vector.LoadUnsafe(ref from, v));
                    Vector.Subtract(Vector.LoadUnsafe(ref to, v), product).StoreUnsafe(ref to, v);
                }

                j = target.Length - (target.Length % Vector<double>.Count);
            }

            for (; j < target.Length; j++)
            {
                target[j] -= factor * source[j];
            }
        }

        /// <summary>A zeroed array of at least <paramref name="length"/> from the shared pool (only the first <paramref name="length"/> entries are cleared).</summary>
        private static double[] Cleared(int length)
        {
            var buffer = ArrayPool<double>.Shared.Rent(length);
            Array.Clear(buffer, 0, length);
            return buffer;
        }
    }
}
