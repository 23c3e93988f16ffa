namespace Compliance.Rules.Reading;

/// <summary>
/// The JSON names of one model type's properties, as UTF-8, so that a property name is matched on
/// the reader's bytes without a string per property.
/// </summary>
internal sealed class PropertyNames
{
    private readonly byte[][] _names;

    /// <param name="names">The camelCase names, in the order of the model (bit i of a mask is name i).</param>
    /// <param name="required">The names the model requires (a record without one is refused).</param>
    public PropertyNames(string[] names, params string[] required)
    {
        _names = [.. names.Select(System.Text.Encoding.UTF8.GetBytes)];
        foreach (var name in required)
        {
            RequiredMask |= 1 << Array.IndexOf(names, name);
        }
    }

    /// <summary>One bit per required property.</summary>
    public int RequiredMask { get; }

    /// <summary>The index of a name, or -1 for a name the type does not have.</summary>
    /// <param name="name">The property name as read.</param>
    /// <param name="after">The index of the previous property of the object (-1 for the first): exports write properties in the model's order, so the search starts after it.</param>
    public int IndexOf(ReadOnlySpan<byte> name, int after)
    {
        for (var i = after + 1; i < _names.Length; i++)
        {
            if (name.SequenceEqual(_names[i]))
            {
                return i;
            }
        }

        for (var i = 0; i <= after && i < _names.Length; i++)
        {
            if (name.SequenceEqual(_names[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
