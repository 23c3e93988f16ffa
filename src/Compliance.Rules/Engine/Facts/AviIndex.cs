using Compliance.Rules.Records;

namespace Compliance.Rules.Engine.Facts;

/// <summary>The record's AVI items by id (the first item wins when an id repeats).</summary>
internal sealed class AviIndex
{
    private readonly Dictionary<string, AviItem> byId = new(StringComparer.Ordinal);

    public AviIndex(IEnumerable<AviItem?> items)
    {
        foreach (var item in items)
        {
            if (item?.AviId is { } id)
            {
                byId.TryAdd(id, item);
            }
        }
    }

    public AviItem? Find(string? aviRef) =>
        aviRef is not null && byId.TryGetValue(aviRef, out var item) ? item : null;

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
