using Compliance.Rules.Records;

namespace Compliance.Rules.Facts;

/// <summary>The record's AVI items by id (the first item wins when an id repeats).</summary>
internal sealed class AviIndex
{
    private readonly SmallIndex<AviItem> _byId;

    public AviIndex(IReadOnlyList<AviItem?> items) =>
        _byId = new SmallIndex<AviItem>(items, static i => i.AviId);

    public AviItem? Find(string? aviRef) => _byId.Find(aviRef);

    /// <summary>The items the references name, in reference order, each once; references that name nothing are dropped.</summary>
    public IReadOnlyList<AviItem> Resolve(IEnumerable<string?>? aviRefs)
    {
        if (aviRefs is null)
        {
            return [];
        }

        var resolved = new List<AviItem>();
        foreach (var aviRef in aviRefs)
        {
            if (Find(aviRef) is { } item && !resolved.Contains(item, ReferenceEqualityComparer.Instance))
            {
                resolved.Add(item);
            }
        }

        return resolved;
    }
}
