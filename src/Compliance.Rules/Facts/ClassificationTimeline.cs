using Compliance.Rules.Records;

namespace Compliance.Rules.Facts;

/// <summary>The classification history in <c>seq</c> order (stable for equal <c>seq</c>), with each entry's position.</summary>
internal sealed class ClassificationTimeline
{
    private const int ScanUpTo = 16;

    private Dictionary<ClassificationEntry, int>? _positions;

    public ClassificationTimeline(IReadOnlyList<ClassificationEntry?> entries) =>
        // Exports list the history in order as a rule; only a list that is not gets copied and sorted.
        Entries = InSeqOrder(entries)
            ? (IReadOnlyList<ClassificationEntry>)entries
            : [.. entries.OfType<ClassificationEntry>().OrderBy(e => e.Seq)];

    public IReadOnlyList<ClassificationEntry> Entries { get; }

    public ClassificationEntry? Initial => Entries.Count > 0 ? Entries[0] : null;

    public ClassificationEntry? Current => Entries.Count > 0 ? Entries[^1] : null;

    /// <summary>The entry before <paramref name="entry"/> by <c>seq</c>; null for the first entry or an entry not in this record.</summary>
    public ClassificationEntry? Previous(ClassificationEntry? entry)
    {
        if (entry is null)
        {
            return null;
        }

        // By reference: entries are records with value equality, and two identical entries are still two entries.
        // Histories are short (a few entries), so a scan is cheaper than an index per record; a long one gets its index.
        if (Entries.Count > ScanUpTo)
        {
            _positions ??= IndexPositions();
            return _positions.TryGetValue(entry, out var at) && at > 0 ? Entries[at - 1] : null;
        }

        for (var i = 1; i < Entries.Count; i++)
        {
            if (ReferenceEquals(Entries[i], entry))
            {
                return Entries[i - 1];
            }
        }

        return null;
    }

    private Dictionary<ClassificationEntry, int> IndexPositions()
    {
        var index = new Dictionary<ClassificationEntry, int>(Entries.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < Entries.Count; i++)
        {
            index[Entries[i]] = i;
        }

        return index;
    }

    private static bool InSeqOrder(IReadOnlyList<ClassificationEntry?> entries)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i] is null || (i > 0 && entries[i]!.Seq < entries[i - 1]!.Seq))
            {
                return false;
            }
        }

        return true;
    }
}
