using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Compliance.Rules.Engine;

/// <summary>Evidence in the rule's declared order (a dictionary would not promise an order, and reports must be byte-stable).</summary>
internal sealed class OrderedEvidence(string[] names, object?[] values) : IReadOnlyDictionary<string, object?>
{
    public static readonly OrderedEvidence Empty = new([], []);

    public int Count => names.Length;

    public IEnumerable<string> Keys => names;

    public IEnumerable<object?> Values => values;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => Array.IndexOf(names, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = Array.IndexOf(names, key);
        value = index >= 0 ? values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < names.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(names[i], values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
