using Compliance.Rules.Records;

namespace Compliance.Rules.Engine.Facts;

/// <summary>The classification history in <c>seq</c> order (stable for equal <c>seq</c>), with each entry's position.</summary>
internal sealed class ClassificationTimeline
{
    // By reference: entries are records with value equality, and two identical entries are still two entries.
    private readonly Dictionary<ClassificationEntry, int> position = new(ReferenceEqualityComparer.Instance);

    public ClassificationTimeline(IEnumerable<ClassificationEntry?> entries)
    {
        Entries = [.. entries.OfType<ClassificationEntry>().OrderBy(e => e.Seq)];
        for (var i = 0; i < Entries.Count; i++)
        {
            position[Entries[i]] = i;
        }
    }

    public IReadOnlyList<ClassificationEntry> Entries { get; }

    public ClassificationEntry? Initial => Entries.Count > 0 ? Entries[0] : null;

    public ClassificationEntry? Current => Entries.Count > 0 ? Entries[^1] : null;

    /// <summary>The entry before <paramref name="entry"/> by <c>seq</c>; null for the first entry or an entry not in this record.</summary>
    public ClassificationEntry? Previous(ClassificationEntry? entry) =>
        entry is not null && position.TryGetValue(entry, out var i) && i > 0 ? Entries[i - 1] : null;
}
