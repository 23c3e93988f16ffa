using System.Buffers;
using Compliance.Rules.Reading.Spilling;

namespace Compliance.Rules.Auditing.Monitoring;

/// <summary>
/// Puts monitoring events into <see cref="MonitorEvent.Order"/>: grouped by metric, sorted by their
/// instant as plain numbers, and only events that share a metric and an instant compared by the
/// whole order (record, item, unit, counted).
/// </summary>
/// <remarks>
/// Why: the detectors sort every event of an audit once, at its very end, and the comparer's sort
/// took 19–29 ms for the 76 434 events of a 200 000-record audit; this one 4.6–4.9 ms (in-process
/// marks of the packaged tool, 7 and 3 runs). Sorting the instants as <see cref="long"/> keys with
/// the events' positions beside them (<see cref="RadixSort"/>) needs no comparer; the result is the
/// same order, since the whole order decides only within a run of equal (metric, instant) pairs,
/// and those runs are sorted by it. Events equal in every field may trade places, as they may under
/// any sort that is not stable: they cannot be told apart.
/// </remarks>
internal static class MonitorEventSort
{
    /// <summary>Metrics are positions in <see cref="MonitorMetrics.All"/>; any other value takes the comparer's sort.</summary>
    private const int MostMetrics = 64;

    /// <summary>Sorts <paramref name="events"/> in place into <see cref="MonitorEvent.Order"/>.</summary>
    /// <param name="events">The events.</param>
    public static void Sort(Span<MonitorEvent> events)
    {
        var count = events.Length;
        if (count < 2)
        {
            return;
        }

        Span<int> starts = stackalloc int[MostMetrics + 1];
        starts.Clear();
        foreach (ref readonly var e in events)
        {
            if ((uint)e.Metric >= MostMetrics)
            {
                events.Sort(MonitorEvent.Order);
                return;
            }

            starts[e.Metric + 1]++;
        }

        for (var m = 1; m <= MostMetrics; m++)
        {
            starts[m] += starts[m - 1];
        }

        // Pooled: a spilling audit sorts a full buffer (262 144 events) per run, and fresh arrays of
        // a few MB are fresh memory each time on these machines.
        var keys = ArrayPool<long>.Shared.Rent(count);
        var positions = ArrayPool<int>.Shared.Rent(count);
        var spareKeys = ArrayPool<long>.Shared.Rent(count);
        var sparePositions = ArrayPool<int>.Shared.Rent(count);
        try
        {
            Span<int> next = stackalloc int[MostMetrics];
            starts[..MostMetrics].CopyTo(next);
            for (var i = 0; i < count; i++)
            {
                var at = next[events[i].Metric]++;
                keys[at] = events[i].AtUtcTicks;
                positions[at] = i;
            }

            for (var m = 0; m < MostMetrics; m++)
            {
                var length = starts[m + 1] - starts[m];
                if (length > 1)
                {
                    RadixSort.Sort(keys.AsSpan(starts[m], length), positions.AsSpan(starts[m], length), spareKeys.AsSpan(0, length), sparePositions.AsSpan(0, length));
                }
            }

            Permute(events, positions.AsSpan(0, count));
            SortTies(events);
        }
        finally
        {
            ArrayPool<long>.Shared.Return(keys);
            ArrayPool<int>.Shared.Return(positions);
            ArrayPool<long>.Shared.Return(spareKeys);
            ArrayPool<int>.Shared.Return(sparePositions);
        }
    }

    /// <summary>
    /// Rearranges <paramref name="events"/> so that the event at <c>i</c> is the one that was at
    /// <c>positions[i]</c>, by following the permutation's cycles (no second buffer of events);
    /// <paramref name="positions"/> is used up.
    /// </summary>
    private static void Permute(Span<MonitorEvent> events, Span<int> positions)
    {
        for (var i = 0; i < positions.Length; i++)
        {
            if (positions[i] == i)
            {
                continue;
            }

            var first = events[i];
            var at = i;
            while (true)
            {
                var from = positions[at];
                positions[at] = at;
                if (from == i)
                {
                    events[at] = first;
                    break;
                }

                events[at] = events[from];
                at = from;
            }
        }
    }

    /// <summary>Sorts each run of events sharing a metric and an instant by the whole order.</summary>
    private static void SortTies(Span<MonitorEvent> events)
    {
        var start = 0;
        for (var i = 1; i <= events.Length; i++)
        {
            if (i < events.Length && events[i].Metric == events[start].Metric && events[i].AtUtcTicks == events[start].AtUtcTicks)
            {
                continue;
            }

            if (i - start > 1)
            {
                events[start..i].Sort(MonitorEvent.Order);
            }

            start = i;
        }
    }
}
