using System.Collections.Concurrent;

namespace Compliance.Rules.Auditing.Monitoring;

/// <summary>
/// The band arrays of one calibration's solves, handed from solve to solve: a solve takes any free
/// array long enough (a shorter one is let go) and gives it back when done. Dropped with the
/// calibration, so nothing stays pooled after it.
/// </summary>
/// <remarks>
/// Why: new arrays on the large-object heap are fresh memory each time on these machines — four of
/// them (37 MB) allocated and cleared took 69–86 ms however often it was repeated — and they start
/// gen2 collections; the shared pool keeps one array per size class and thread, so the 30 solves of
/// a 200 000-record audit took about 35 MB of them and kept them to the end of the process. Largest
/// solves first (see <see cref="UnitMonitor"/>), each thread takes about one band, the largest: the
/// peak memory of a 6.6 M-record audit, reached here, 182 → 160 MB.
/// </remarks>
internal sealed class BandBuffers
{
    private readonly ConcurrentBag<double[]> _free = [];

    /// <summary>An array of at least <paramref name="length"/> entries, its contents undefined.</summary>
    /// <param name="length">The entries needed.</param>
    /// <returns>The array.</returns>
    public double[] Rent(int length)
    {
        while (_free.TryTake(out var free))
        {
            if (free.Length >= length)
            {
                return free;
            }
        }

        return GC.AllocateUninitializedArray<double>(length);
    }

    /// <summary>Gives an array back for the next solve.</summary>
    /// <param name="array">The array.</param>
    public void Return(double[] array) => _free.Add(array);
}
