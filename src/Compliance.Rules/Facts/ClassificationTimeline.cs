using Compliance.Rules.Records;

namespace Compliance.Rules.Facts;

/// <summary>The classification history in <c>seq</c> order (stable for equal <c>seq</c>), with each entry's position.</summary>
internal sealed class ClassificationTimeline
{
    private const int ScanUpTo = 16;

    private readonly ClassificationEntry[] _entries;
    private Dictionary<ClassificationEntry, int>? _positions;

    public ClassificationTimeline(IReadOnlyList<ClassificationEntry?> entries)
    {
        // Exports list the history in order as a rule; only a list that is not gets sorted. The reader's
        // lists are arrays, kept as they are; another list is copied once, so that the facts' own loops
        // read an array rather than call through the list's interface per entry (three calls per entry
        // here were the largest part of building a record's facts; sampled profile).
        var listed = entries as ClassificationEntry[] ?? [.. entries!];
        _entries = InSeqOrder(listed) ? listed : [.. listed.OfType<ClassificationEntry>().OrderBy(e => e.Seq)];
    }

    public IReadOnlyList<ClassificationEntry> Entries => _entries;

    /// <summary>The entries, for the facts' own loops.</summary>
    public ReadOnlySpan<ClassificationEntry> Span => _entries;

    public ClassificationEntry? Initial => _entries.Length > 0 ? _entries[0] : null;

    public ClassificationEntry? Current => _entries.Length > 0 ? _entries[^1] : null;

    /// <summary>The entry before <paramref name="entry"/> by <c>seq</c>; null for the first entry or an entry not in this record.</summary>
    public ClassificationEntry? Previous(ClassificationEntry? entry)
    {
        if (entry is null)
        {
            return null;
        }

        // By reference: entries are records with value equality, and two identical entries are still two entries.
        // Histories are short (a few entries), so a scan is cheaper than an index per record; a long one gets its index.
        var entries = _entries;
        if (entries.Length > ScanUpTo)
        {
            _positions ??= IndexPositions();
            return _positions.TryGetValue(entry, out var at) && at > 0 ? entries[at - 1] : null;
        }

        for (var i = 1; i < entries.Length; i++)
        {
            if (ReferenceEquals(entries[i], entry))
            {
                return entries[i - 1];
            }
        }

        return null;
    }

    private Dictionary<ClassificationEntry, int> IndexPositions()
    {
        var index = new Dictionary<ClassificationEntry, int>(_entries.Length, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < _entries.Length; i++)
        {
            index[_entries[i]] = i;
        }

        return index;
    }

    private static bool InSeqOrder(ClassificationEntry?[] entries)
    {
        for (var i = 0; i < entries.Length; i++)
        {
            if (entries[i] is null || (i > 0 && entries[i]!.Seq < entries[i - 1]!.Seq))
            {
                return false;
            }
        }

        return true;
    }
}
