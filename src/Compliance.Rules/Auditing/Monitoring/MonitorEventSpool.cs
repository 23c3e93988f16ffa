namespace Compliance.Rules.Auditing.Monitoring;

/// <summary>
/// Collects monitoring events and gives them back in <see cref="MonitorEvent.Order"/>. Up to a fixed
/// number of events stay in memory; beyond it each full buffer is sorted and written to a temporary
/// file (a run), and reading merges the runs — an external merge sort, so memory stays flat in the
/// number of records.
/// </summary>
/// <remarks>
/// An event on disk is its unit id, record id and item id (length-prefixed UTF-8), metric (1 byte),
/// instant (8 bytes) and flag (1 byte): about 40 bytes with ids of 10–15 characters. A record yields
/// 1–3 events (a rape report: attrition, cancellation and often a cancellation event), so a million
/// records need about 40–120 MB of temporary space, in the system temporary folder; the files are
/// deleted when the spool is disposed. Writing never reads the clock: the file names are random.
/// </remarks>
public sealed class MonitorEventSpool : IDisposable
{
    /// <summary>Events kept in memory before a run is spilled (about 16 MB of tuples).</summary>
    public const int DefaultMemoryBudget = 1 << 18;

    private readonly int _budget;
    private readonly string _directory;
    private readonly List<MonitorEvent> _buffer = [];
    private readonly List<string> _runs = [];

    /// <summary>Creates a spool.</summary>
    /// <param name="memoryBudget">Events held in memory before spilling.</param>
    /// <param name="directory">Where runs are written (default: the system temporary folder).</param>
    public MonitorEventSpool(int memoryBudget = DefaultMemoryBudget, string? directory = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(memoryBudget, 1);
        _budget = memoryBudget;
        _directory = directory ?? Path.GetTempPath();
    }

    /// <summary>Events added so far.</summary>
    public long Count { get; private set; }

    /// <summary>Runs written to disk so far.</summary>
    public int SpilledRuns => _runs.Count;

    /// <summary>Adds an event.</summary>
    /// <param name="monitorEvent">The event.</param>
    public void Add(MonitorEvent monitorEvent)
    {
        _buffer.Add(monitorEvent);
        Count++;
        if (_buffer.Count >= _budget)
        {
            Spill();
        }
    }

    /// <summary>Every event added, in detector order. May be enumerated more than once.</summary>
    /// <returns>The events.</returns>
    public IEnumerable<MonitorEvent> Sorted()
    {
        _buffer.Sort(MonitorEvent.Order);
        if (_runs.Count == 0)
        {
            foreach (var e in _buffer)
            {
                yield return e;
            }

            yield break;
        }

        var readers = _runs.Select(path => new BinaryReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))).ToList();
        try
        {
            var sources = new List<IEnumerator<MonitorEvent>>();
            sources.AddRange(readers.Select(ReadRun));
            sources.Add(_buffer.GetEnumerator());
            var heap = new PriorityQueue<int, MonitorEvent>(MonitorEvent.Order);
            for (var i = 0; i < sources.Count; i++)
            {
                if (sources[i].MoveNext())
                {
                    heap.Enqueue(i, sources[i].Current);
                }
            }

            while (heap.TryDequeue(out var source, out var next))
            {
                yield return next;
                if (sources[source].MoveNext())
                {
                    heap.Enqueue(source, sources[source].Current);
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

    /// <inheritdoc />
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

    private static IEnumerator<MonitorEvent> ReadRun(BinaryReader reader)
    {
        while (reader.BaseStream.Position < reader.BaseStream.Length)
        {
            var unit = reader.ReadString();
            var metric = reader.ReadByte();
            var ticks = reader.ReadInt64();
            var counted = reader.ReadBoolean();
            var record = reader.ReadString();
            var item = reader.ReadString();
            yield return new MonitorEvent(unit, metric, ticks, counted, record, item);
        }
    }

    private void Spill()
    {
        _buffer.Sort(MonitorEvent.Order);
        var path = Path.Combine(_directory, $"compliance-events-{Guid.NewGuid():N}.run");
        using (var writer = new BinaryWriter(new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16)))
        {
            foreach (var e in _buffer)
            {
                writer.Write(e.UnitId);
                writer.Write((byte)e.Metric);
                writer.Write(e.AtUtcTicks);
                writer.Write(e.Counted);
                writer.Write(e.RecordId);
                writer.Write(e.ItemId);
            }
        }

        _runs.Add(path);
        _buffer.Clear();
    }
}
