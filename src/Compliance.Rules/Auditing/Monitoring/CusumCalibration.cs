using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
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
        try
        {
            return lattice.RunLength(lattice.TopState(threshold));
        }
        finally
        {
            lattice.Release();
        }
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
        try
        {
            return lattice.MixedRunLength(lattice.TopState(threshold), BaselineUncertainty.Rates(p0, baselineEvents));
        }
        finally
        {
            lattice.Release();
        }
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
    /// <param name="buffers">Where the solves take their band arrays from; null for the shared pool.</param>
    /// <returns>h.</returns>
    public static double Threshold(double p0, double oddsRatio, double targetEvents, double baselineEvents, BandBuffers? buffers = null)
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
        var lattice = Lattice.Of(p0, oddsRatio, high, buffers);
        try
        {
            while (lattice.MixedRunLength(lattice.TopState(high), rates) < targetEvents)
            {
                high *= 1.5;
                lattice.Release();
                lattice = Lattice.Of(p0, oddsRatio, high, buffers);
            }

            // The search starts at the top just solved: each trial below it is a back substitution
            // on that system (see Lattice.RunLength).
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
        finally
        {
            lattice.Release();
        }
    }

    /// <summary>
    /// Entries of the band the search for <see cref="Threshold(double, double, double, double, BandBuffers?)"/>
    /// solves first (usually its largest): for ordering solves largest first.
    /// </summary>
    /// <param name="p0">The in-control rate.</param>
    /// <param name="oddsRatio">k.</param>
    /// <param name="targetEvents">The ARL wanted, in events.</param>
    /// <returns>The band's entries; 0 for a rate or odds ratio the search refuses (it throws there, as before).</returns>
    public static long FirstBandLength(double p0, double oddsRatio, double targetEvents)
    {
        if (!(p0 > 0 && p0 < 1) || !(oddsRatio > 1))
        {
            return 0;
        }

        var high = Math.Max(1, Math.Log(Math.Max(targetEvents, 2)) + 2);
        return Lattice.Of(p0, oddsRatio, high).BandLength(high);
    }

    /// <summary>
    /// The CUSUM of one rate and odds ratio on a lattice of states 0…H (see the class remarks), with
    /// the systems it has eliminated; used by one thread at a time, and released when done. Internal
    /// so that tests can compare a kept elimination with a solve of its own.
    /// </summary>
    internal sealed class Lattice
    {
        private readonly double _p;
        private readonly int _up;
        private readonly int _down;
        private readonly BandBuffers? _buffers;

        // The eliminated systems of this lattice, one per rate (a threshold's search asks up to three rates).
        private readonly List<EliminatedSystem> _systems = [];

        private Lattice(double step, double p, int up, int down, BandBuffers? buffers) => (Step, _p, _up, _down, _buffers) = (step, p, up, down, buffers);

        public double Step { get; }

        // The real statistic alarms when S > h, the lattice one when its state exceeds H; a lattice
        // state stands for the half-open cell around it, so h sits half a step above H. Measured:
        // without the half step the computed run length overstated a simulated one by 5–10% at a
        // twentieth of a weight per step; with it, by under 3%.
        public int TopState(double threshold) => Math.Max(0, (int)Math.Floor((threshold / Step) - 0.5));

        public double ThresholdOf(int top) => (top + 0.5) * Step;

        /// <summary>Entries of the band of the system up to the top state of <paramref name="threshold"/>.</summary>
        public long BandLength(double threshold) => (TopState(threshold) + 1L) * (_up + _down + 1);

        public static Lattice Of(double p0, double oddsRatio, double threshold, BandBuffers? buffers = null)
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

            return new Lattice(step, p0, Math.Max(1, (int)Math.Round(counted / step)), Math.Max(1, (int)Math.Round(-notCounted / step)), buffers);
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
        /// thread, all at the end of the run (sampled profile, docs/benchmarks.md).
        /// <list type="bullet">
        /// <item>The system of a smaller top is the leading block of a larger top's system: the rows
        /// of states 0…top hold the same entries in columns 0…top, and the entries a larger top adds
        /// lie in later columns. Elimination without pivoting works down the rows, so the eliminated
        /// leading block is the elimination of the smaller system, entry for entry and operation for
        /// operation. A lattice therefore eliminates once per rate, at the largest top asked (the
        /// search for a threshold starts there), and each smaller top is a back substitution: about
        /// a seventh of the work of the searches of a 200 000-record audit.</item>
        /// <item>Each elimination step subtracts a multiple of the pivot row's band from the rows below
        /// it — contiguous runs of up to <c>u</c> doubles — so it runs on <see cref="Vector{T}"/> lanes;
        /// every lane does what the scalar loop did, a product rounded and then a difference rounded,
        /// in the same order for each entry.</item>
        /// </list>
        /// So the run lengths (and every threshold) are the same bit for bit as one solve per top.
        /// </remarks>
        public double RunLength(int top, double p)
        {
            var system = Eliminated(top, p);
            var solution = ArrayPool<double>.Shared.Rent(top + 1);
            try
            {
                return system.Solve(top, solution);
            }
            finally
            {
                ArrayPool<double>.Shared.Return(solution);
            }
        }

        /// <summary>Gives back the arrays of the systems kept (the lattice is not used after).</summary>
        public void Release()
        {
            foreach (var system in _systems)
            {
                system.Release();
            }

            _systems.Clear();
        }

        /// <summary>The eliminated system of rate <paramref name="p"/> with at least the states 0…<paramref name="top"/>.</summary>
        private EliminatedSystem Eliminated(int top, double p)
        {
            for (var i = 0; i < _systems.Count; i++)
            {
                if (_systems[i].P.Equals(p))
                {
                    if (_systems[i].States > top)
                    {
                        return _systems[i];
                    }

                    _systems[i].Release();
                    _systems.RemoveAt(i);
                    break;
                }
            }

            var system = EliminatedSystem.Of(top, p, _up, _down, _buffers);
            _systems.Add(system);
            return system;
        }

        /// <summary>
        /// The banded system (I − Q)·L = 1 of states 0…top at rate p, eliminated (upper triangular
        /// band and right-hand side). Its arrays are the shared pool's, given back by <see cref="Release"/>.
        /// </summary>
        private sealed class EliminatedSystem
        {
            private readonly double[] _band;
            private readonly double[] _rhs;
            private readonly int _lower;
            private readonly int _upper;
            private readonly BandBuffers? _buffers;

            private EliminatedSystem(double p, int states, int lower, int upper, double[] band, double[] rhs, BandBuffers? buffers) =>
                (P, States, _lower, _upper, _band, _rhs, _buffers) = (p, states, lower, upper, band, rhs, buffers);

            public double P { get; }

            public int States { get; }

            [MethodImpl(MethodImplOptions.AggressiveOptimization)]
            public static EliminatedSystem Of(int top, double p, int up, int down, BandBuffers? buffers)
            {
                // Row i: L_i − q·L_{max(0, i−d)} − p·L_{i+u} = 1, the last term only when i + u ≤ top.
                // Band storage: column offset −d … +u around the diagonal; Gaussian elimination without
                // pivoting is stable here because I − Q is an M-matrix.
                var n = top + 1;
                var lower = down;
                var upper = up;
                var width = lower + upper + 1;
                var band = buffers?.Rent(n * width) ?? ArrayPool<double>.Shared.Rent(n * width);
                Array.Clear(band, 0, n * width);
                var rhs = Cleared(n);
                var q = 1 - p;
                ref double At(int row, int col) => ref band[(row * width) + (col - row + lower)];
                for (var i = 0; i < n; i++)
                {
                    At(i, i) += 1;
                    At(i, Math.Max(0, i - down)) -= q;
                    if (i + up <= top)
                    {
                        At(i, i + up) -= p;
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

                return new EliminatedSystem(p, n, lower, upper, band, rhs, buffers);
            }

            /// <summary>L_0 of the system of states 0…<paramref name="top"/> (its leading block), by back substitution.</summary>
            [MethodImpl(MethodImplOptions.AggressiveOptimization)]
            public double Solve(int top, double[] solution)
            {
                var width = _lower + _upper + 1;
                for (var i = top; i >= 0; i--)
                {
                    var sum = _rhs[i];
                    var diagonal = (i * width) + _lower;
                    var row = _band.AsSpan(diagonal + 1, Math.Min(top, i + _upper) - i);
                    var later = solution.AsSpan(i + 1, row.Length);
                    for (var j = 0; j < row.Length; j++)
                    {
                        sum -= row[j] * later[j];
                    }

                    solution[i] = sum / _band[diagonal];
                }

                return solution[0];
            }

            public void Release()
            {
                if (_buffers is { } buffers)
                {
                    buffers.Return(_band);
                }
                else
                {
                    ArrayPool<double>.Shared.Return(_band);
                }

                ArrayPool<double>.Shared.Return(_rhs);
            }
        }

        /// <summary>target[j] −= factor · source[j] for every j: each a product rounded, then a difference rounded (never fused).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
