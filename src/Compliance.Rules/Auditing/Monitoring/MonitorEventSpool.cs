using System.Runtime.InteropServices;
using Compliance.Rules.Reading.Spilling;

namespace Compliance.Rules.Auditing.Monitoring;

/// <summary>
/// Collects monitoring events and gives them back in <see cref="MonitorEvent.Order"/>. Up to a fixed
/// number of events stay in memory; beyond it each full buffer is sorted and written to a temporary
/// file (a run), and reading merges the runs — an external merge sort, so memory stays flat in the
/// number of records.
/// </summary>
/// <remarks>
/// An event on disk is its unit's number in the spool (1–2 bytes), metric (1 byte), instant (8
/// bytes), flag (1 byte), record id and item id (length-prefixed UTF-8): about 30 bytes with ids of
/// 10–15 characters. A record yields 1–3 events (a rape report: attrition, cancellation and often a
/// cancellation event), so a million records need about 30–90 MB of temporary space, in the system
/// temporary folder; the files are deleted when the spool is disposed. Writing never reads the
/// clock: the file names are random.
/// </remarks>
internal sealed class MonitorEventSpool : IDisposable
{
    /// <summary>Events kept in memory before a run is spilled (about 16 MB of tuples).</summary>
    public const int DefaultMemoryBudget = 1 << 18;

    private readonly ExternalSort<MonitorEvent> _sort;

    // Unit ids are few: a run holds each event's unit as its number here, and reading gives back
    // the one string per unit rather than a new one per event (the end of a million-record audit
    // allocated 105 MB with a string per event, 89 MB with this; docs/benchmarks.md).
    private readonly Dictionary<string, int> _unitNumbers = new(StringComparer.Ordinal);
    private readonly List<string> _units = [];

    /// <summary>Creates a spool.</summary>
    /// <param name="memoryBudget">Events held in memory before spilling.</param>
    /// <param name="directory">Where runs are written (default: the system temporary folder).</param>
    public MonitorEventSpool(int memoryBudget = DefaultMemoryBudget, string? directory = null) =>
        _sort = new ExternalSort<MonitorEvent>(MonitorEvent.Order, Write, Read, memoryBudget, directory, static events => MonitorEventSort.Sort(CollectionsMarshal.AsSpan(events)));

    /// <summary>Events added so far.</summary>
    public long Count => _sort.Count;

    /// <summary>Runs written to disk so far.</summary>
    public int SpilledRuns => _sort.SpilledRuns;

    /// <summary>Adds an event.</summary>
    /// <param name="monitorEvent">The event.</param>
    public void Add(MonitorEvent monitorEvent) => _sort.Add(monitorEvent);

    /// <summary>Every event added, in detector order. May be enumerated more than once.</summary>
    /// <returns>The events.</returns>
    public IEnumerable<MonitorEvent> Sorted() => _sort.Sorted();

    /// <inheritdoc />
    public void Dispose() => _sort.Dispose();

    private void Write(BinaryWriter writer, MonitorEvent e)
    {
        if (!_unitNumbers.TryGetValue(e.UnitId, out var unit))
        {
            unit = _units.Count;
            _unitNumbers.Add(e.UnitId, unit);
            _units.Add(e.UnitId);
        }

        writer.Write7BitEncodedInt(unit);
        writer.Write((byte)e.Metric);
        writer.Write(e.AtUtcTicks);
        writer.Write(e.Counted);
        writer.Write(e.RecordId);
        writer.Write(e.ItemId);
    }

    private MonitorEvent Read(BinaryReader reader)
    {
        var unit = _units[reader.Read7BitEncodedInt()];
        var metric = reader.ReadByte();
        var ticks = reader.ReadInt64();
        var counted = reader.ReadBoolean();
        var record = reader.ReadString();
        var item = reader.ReadString();
        return new MonitorEvent(unit, metric, ticks, counted, record, item);
    }
}
