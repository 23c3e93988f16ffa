using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Compliance.Rules.Auditing.Monitoring;

/// <summary>
/// The band arrays of one calibration's solves, handed from solve to solve: a solve takes any free
/// array long enough (a shorter one is let go) and gives it back when done. Dropped with the
/// calibration, so nothing stays pooled after it.
/// </summary>
/// <remarks>
/// <para>Why: new arrays on the large-object heap are fresh memory each time on these machines — four of
/// them (37 MB) allocated and cleared took 69–86 ms however often it was repeated — and they start
/// gen2 collections; the shared pool keeps one array per size class and thread, so the 30 solves of
/// a 200 000-record audit took about 35 MB of them and kept them to the end of the process. Largest
/// solves first (see <see cref="UnitMonitor"/>), each thread takes about one band, the largest: the
/// peak memory of a 6.6 M-record audit, reached here, 182 → 160 MB.</para>
/// <para>On Linux a new array is pinned and its whole 2 MB pages are advised for transparent huge
/// pages (<c>madvise(MADV_HUGEPAGE)</c>, when the system allows them only where asked): the first
/// touch of each 2 MB then costs one fault instead of 512. The same 37 MB: 85–99 ms in 4 KB pages, 5–10 ms
/// in huge pages (most runs; up to 40–80 ms when the system had none free); the end of a 200 000-record
/// audit 161–165 → 137–158 ms. Advice only: the contents, and every threshold, are the same.</para>
/// </remarks>
internal sealed class BandBuffers
{
    private const int HugePageBytes = 2 * 1024 * 1024;

    /// <summary>MADV_HUGEPAGE (Linux).</summary>
    private const int AdviseHugePages = 14;

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

        if (!OperatingSystem.IsLinux() || (long)length * sizeof(double) < 2L * HugePageBytes)
        {
            return GC.AllocateUninitializedArray<double>(length);
        }

        // Pinned, so that the address advised stays the array's.
        var array = GC.AllocateUninitializedArray<double>(length, pinned: true);
        var start = (long)Marshal.UnsafeAddrOfPinnedArrayElement(array, 0);
        var first = (start + HugePageBytes - 1) & ~(long)(HugePageBytes - 1);
        var end = (start + ((long)length * sizeof(double))) & ~(long)(HugePageBytes - 1);
        try
        {
            _ = Advise((nint)first, (nuint)(end - first), AdviseHugePages);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // No C library to ask (an unusual Linux): the array works the same in small pages.
        }

        return array;
    }

    /// <summary>Gives an array back for the next solve.</summary>
    /// <param name="array">The array.</param>
    public void Return(double[] array) => _free.Add(array);

    [DllImport("libc", EntryPoint = "madvise")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Advise(nint address, nuint length, int advice);
}
