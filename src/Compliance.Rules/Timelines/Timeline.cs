using Compliance.Rules.Calendar;

namespace Compliance.Rules.Timelines;

/// <summary>
/// One timeline: entries ordered by strictly increasing <c>from</c> date, each in force from its
/// date (Europe/London) until the next. Immutable.
/// </summary>
/// <typeparam name="T">The entry type.</typeparam>
public sealed class Timeline<T>
    where T : class, ITimelineEntry
{
    private readonly T[] _entries;

    // UTC ticks of the first entry's London midnight: from then on an entry is in force.
    private readonly long _startTicks;

    /// <summary>Creates a timeline.</summary>
    /// <param name="name">The timeline's name (<c>countingRules</c> …).</param>
    /// <param name="entries">The entries, ids unique, <c>from</c> strictly increasing; at least one.</param>
    /// <exception cref="ArgumentException">The entries break one of those conditions.</exception>
    public Timeline(string name, IEnumerable<T> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Name = name;
        _entries = [.. entries];
        if (_entries.Length == 0)
        {
            throw new ArgumentException($"Timeline '{name}' needs at least one entry.", nameof(entries));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _entries.Length; i++)
        {
            if (!ids.Add(_entries[i].Id))
            {
                throw new ArgumentException($"Timeline '{name}' names entry '{_entries[i].Id}' twice.", nameof(entries));
            }

            if (i > 0 && _entries[i].From <= _entries[i - 1].From)
            {
                throw new ArgumentException($"Timeline '{name}': entry '{_entries[i].Id}' does not start after '{_entries[i - 1].Id}'.", nameof(entries));
            }
        }

        _startTicks = WorkingDayCalendar.LondonStartOfDay(_entries[0].From).UtcTicks;
    }

    /// <summary>The timeline's name.</summary>
    public string Name { get; }

    /// <summary>The entries in date order.</summary>
    public IReadOnlyList<T> Entries => _entries;

    /// <summary>The first entry.</summary>
    public T First => _entries[0];

    /// <summary>The entry in force at the Europe/London date of an instant; null before the first entry.</summary>
    /// <param name="t">The instant.</param>
    /// <returns>The entry.</returns>
    public T? At(DateTimeOffset t) => At(WorkingDayCalendar.LondonDate(t));

    /// <summary>The entry in force on a date; null before the first entry.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The entry.</returns>
    public T? At(DateOnly date)
    {
        // A timeline has a handful of entries: a backward scan beats a binary search.
        for (var i = _entries.Length - 1; i >= 0; i--)
        {
            if (_entries[i].From <= date)
            {
                return _entries[i];
            }
        }

        return null;
    }

    /// <summary>
    /// Whether an entry is in force at an instant: <c>At(t) is not null</c>, as one comparison with
    /// the first entry's start instead of working out the London date of <paramref name="t"/>.
    /// </summary>
    /// <param name="t">The instant.</param>
    /// <returns>False before the first entry.</returns>
    /// <remarks>
    /// Why: every rule that reads a timeline asks this of every record (31 rules of the built-in pack,
    /// before anything else); the London date behind <see cref="At(DateTimeOffset)"/> was the largest
    /// part of it, about 4% of the evaluating thread of a 200 000-record audit (sampled profile).
    /// </remarks>
    internal bool HasEntryAt(DateTimeOffset t) => t.UtcTicks >= _startTicks;

    /// <summary>Where <see cref="HasEntryAt"/> turns true: the UTC ticks of the London midnight that starts the first entry's day.</summary>
    internal long StartTicks => _startTicks;

    /// <summary>The entry with an id; null when none has it.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The entry.</returns>
    public T? Find(string id)
    {
        foreach (var entry in _entries)
        {
            if (string.Equals(entry.Id, id, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }
}
