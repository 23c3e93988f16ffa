namespace Compliance.Rules.Reading.Spilling;

/// <summary>
/// Sorts any number of items in bounded memory: up to a budget of items stay in memory; beyond it
/// each full buffer is sorted and written to a temporary file (a run), and reading merges the runs.
/// Ties keep the order items were added in (the comparer decides; callers make it total), so the
/// result is the same on every run. Files are deleted on <see cref="Dispose"/>.
/// </summary>
/// <typeparam name="T">The item.</typeparam>
internal sealed class ExternalSort<T> : IDisposable
{
    private readonly int _budget;
    private readonly string _directory;
    private readonly IComparer<T> _order;
    private readonly Action<BinaryWriter, T> _write;
    private readonly Func<BinaryReader, T> _read;
    private readonly Action<List<T>> _sortBuffer;
    private readonly List<T> _buffer = [];
    private readonly List<string> _runs = [];

    // Whether the buffer is in order since the last Add: the detectors read the items twice, and
    // the buffer was sorted again for the second reading (200 000 records: the end of the audit
    // 199 → 190 ms, in-process marks, 4 runs each).
    private bool _bufferSorted;

    /// <param name="order">The order (total: see the class remarks).</param>
    /// <param name="write">Writes an item to a run.</param>
    /// <param name="read">Reads an item back.</param>
    /// <param name="memoryBudget">Items held in memory before a run is written.</param>
    /// <param name="directory">Where runs are written (default: the system temporary folder).</param>
    /// <param name="sortBuffer">
    /// Sorts the buffer into <paramref name="order"/> faster than a sort with the comparer, to the
    /// same result (<see cref="Auditing.Monitoring.MonitorEventSort"/>); null for the comparer's sort.
    /// </param>
    public ExternalSort(IComparer<T> order, Action<BinaryWriter, T> write, Func<BinaryReader, T> read, int memoryBudget, string? directory = null, Action<List<T>>? sortBuffer = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(memoryBudget, 1);
        _order = order;
        _sortBuffer = sortBuffer ?? (buffer => buffer.Sort(order));
        _write = write;
        _read = read;
        _budget = memoryBudget;
        _directory = directory ?? Path.GetTempPath();
    }

    public long Count { get; private set; }

    public int SpilledRuns => _runs.Count;

    public void Add(T item)
    {
        _buffer.Add(item);
        _bufferSorted = false;
        Count++;
        if (_buffer.Count >= _budget)
        {
            Spill();
        }
    }

    /// <summary>Every item added, in order (may be enumerated more than once, after the last <see cref="Add"/>).</summary>
    public IEnumerable<T> Sorted()
    {
        if (!_bufferSorted)
        {
            _sortBuffer(_buffer);
            _bufferSorted = true;
        }

        if (_runs.Count == 0)
        {
            foreach (var item in _buffer)
            {
                yield return item;
            }

            yield break;
        }

        var readers = _runs.Select(path => new BinaryReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))).ToList();
        try
        {
            var sources = readers.Select(ReadRun).Append(_buffer.GetEnumerator()).ToList();

            // Ties are broken by the run's index: runs hold items in the order they were added.
            var heap = new PriorityQueue<int, (T Item, int Source)>(Comparer<(T Item, int Source)>.Create((a, b) =>
            {
                var byItem = _order.Compare(a.Item, b.Item);
                return byItem != 0 ? byItem : a.Source.CompareTo(b.Source);
            }));
            for (var i = 0; i < sources.Count; i++)
            {
                if (sources[i].MoveNext())
                {
                    heap.Enqueue(i, (sources[i].Current, i));
                }
            }

            while (heap.TryDequeue(out var source, out var next))
            {
                yield return next.Item;
                if (sources[source].MoveNext())
                {
                    heap.Enqueue(source, (sources[source].Current, source));
                }
            }
        }
        finally
        {
            foreach (var reader in readers)
            {
                reader.Dispose();
            }
        }
    }

    public void Dispose()
    {
        foreach (var run in _runs)
        {
            try
            {
                File.Delete(run);
            }
            catch (IOException)
            {
                // A run that cannot be deleted is left to the system's temporary-file cleaning.
            }
        }

        _runs.Clear();
        _buffer.Clear();
    }

    private IEnumerator<T> ReadRun(BinaryReader reader)
    {
        // The length once: a file stream asks the system for it on every call (a stat each), which
        // was over half of the detectors' time on a million records (docs/benchmarks.md).
        var length = reader.BaseStream.Length;
        while (reader.BaseStream.Position < length)
        {
            yield return _read(reader);
        }
    }

    private void Spill()
    {
        // List.Sort is not stable: the comparers given here are total, so the order is still fixed.
        _sortBuffer(_buffer);
        var path = Path.Combine(_directory, $"compliance-sort-{Guid.NewGuid():N}.run");
        using (var writer = new BinaryWriter(new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16)))
        {
            foreach (var item in _buffer)
            {
                _write(writer, item);
            }
        }

        _runs.Add(path);
        _buffer.Clear();
    }
}
