using Compliance.Rules.Reading.Spilling;

namespace Compliance.Rules.Reading;

/// <summary>
/// Finds the hashes that occur more than once among any number of them, in fixed memory: they are
/// sorted in runs of <see cref="PrescanSettings.RunLength"/>; a full run is written to a temporary
/// file (8 bytes per hash), and the runs are merged at the end. Only the hashes found more than
/// once are kept in memory. Temporary files are deleted when this is disposed.
/// </summary>
internal sealed class RepeatedHashFinder : IDisposable
{
    private readonly ulong[] _run;
    private readonly string _directory;
    private readonly List<HashRunFile> _spilled = [];
    private int _count;
    private ulong[]? _spare;

    public RepeatedHashFinder(PrescanSettings settings)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.RunLength, 1);
        _run = new ulong[settings.RunLength];
        _directory = settings.SpillDirectory;
    }

    /// <summary>The runs written to disk so far.</summary>
    public int SpilledRuns => _spilled.Count;

    public void Add(ulong hash)
    {
        if (_count == _run.Length)
        {
            Spill();
        }

        _run[_count++] = hash;
    }

    /// <summary>Every hash added more than once.</summary>
    public HashSet<ulong> Find()
    {
        if (_spilled.Count == 0)
        {
            // One run that fits in memory: no disk at all.
            var run = _run.AsSpan(0, _count);
            RadixSort.Sort(run, Spare());
            return RepeatsIn(run);
        }

        if (_count > 0)
        {
            Spill();
        }

        return Merge();
    }

    public void Dispose()
    {
        foreach (var run in _spilled)
        {
            run.Dispose();
        }

        _spilled.Clear();
    }

    private static HashSet<ulong> RepeatsIn(ReadOnlySpan<ulong> sorted)
    {
        var repeated = new HashSet<ulong>();
        for (var at = 1; at < sorted.Length; at++)
        {
            if (sorted[at] == sorted[at - 1])
            {
                repeated.Add(sorted[at]);
            }
        }

        return repeated;
    }

    private void Spill()
    {
        var run = _run.AsSpan(0, _count);
        RadixSort.Sort(run, Spare());
        _spilled.Add(HashRunFile.Write(_directory, run));
        _count = 0;
    }

    /// <summary>Room for the radix sort of a run: as long as the hashes held, made on first use and kept for the next run.</summary>
    private Span<ulong> Spare()
    {
        if (_spare is null || _spare.Length < _count)
        {
            _spare = GC.AllocateUninitializedArray<ulong>(_count);
        }

        return _spare;
    }

    private HashSet<ulong> Merge()
    {
        // The smallest next hash of all runs comes out first, so equal hashes come out together.
        var next = new PriorityQueue<HashRunFile, ulong>(_spilled.Count);
        foreach (var run in _spilled)
        {
            run.StartReading();
            if (run.TryRead(out var first))
            {
                next.Enqueue(run, first);
            }
        }

        var repeated = new HashSet<ulong>();
        var any = false;
        var previous = 0UL;
        while (next.TryPeek(out var run, out var hash))
        {
            if (any && hash == previous)
            {
                repeated.Add(hash);
            }

            any = true;
            previous = hash;
            if (run.TryRead(out var following))
            {
                next.DequeueEnqueue(run, following);
            }
            else
            {
                next.Dequeue();
            }
        }

        return repeated;
    }
}
