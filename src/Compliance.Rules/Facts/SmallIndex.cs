namespace Compliance.Rules.Facts;

/// <summary>
/// Finds an item of one record's list by its string key (ordinal; the first item wins when a key
/// repeats).
/// </summary>
/// <remarks>
/// A record lists a handful of officers or AVI items, and most records are asked about a few of
/// them: scanning the list costs less than building a dictionary for every record. A long list
/// gets its dictionary on first use, so a pathological record stays linear overall.
/// </remarks>
internal sealed class SmallIndex<T>
    where T : class
{
    private const int ScanUpTo = 16;

    private readonly IReadOnlyList<T?> _items;
    private readonly Func<T, string?> _keyOf;
    private Dictionary<string, T>? _byKey;

    public SmallIndex(IReadOnlyList<T?> items, Func<T, string?> keyOf)
    {
        _items = items;
        _keyOf = keyOf;
    }

    public T? Find(string? key)
    {
        if (key is null)
        {
            return null;
        }

        if (_items.Count > ScanUpTo)
        {
            return (_byKey ??= Build()).TryGetValue(key, out var found) ? found : null;
        }

        for (var i = 0; i < _items.Count; i++)
        {
            if (_items[i] is { } item && string.Equals(_keyOf(item), key, StringComparison.Ordinal))
            {
                return item;
            }
        }

        return null;
    }

    private Dictionary<string, T> Build()
    {
        var index = new Dictionary<string, T>(_items.Count, StringComparer.Ordinal);
        foreach (var item in _items)
        {
            if (item is not null && _keyOf(item) is { } key)
            {
                index.TryAdd(key, item);
            }
        }

        return index;
    }
}
