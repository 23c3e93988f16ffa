namespace Compliance.Rules.Reading;

/// <summary>One step of a JSON path as the serializer writes it: a property name or an array index.</summary>
internal readonly record struct JsonPathSegment(string? Name, int Index)
{
    public bool IsIndex => Name is null;
}

/// <summary>Splits the paths the serializer writes (<c>$.victims[0].ageAtOffence</c>, <c>$['odd.name']</c>) into segments.</summary>
internal static class JsonPathSegments
{
    /// <summary>The segments, or null when the path is not in the serializer's form.</summary>
    public static IReadOnlyList<JsonPathSegment>? Parse(string? path)
    {
        if (path is null || !path.StartsWith('$'))
        {
            return null;
        }

        var segments = new List<JsonPathSegment>();
        var at = 1;
        while (at < path.Length)
        {
            if (path[at] == '.')
            {
                var end = path.IndexOfAny(['.', '['], at + 1);
                end = end < 0 ? path.Length : end;
                segments.Add(new(path[(at + 1)..end], -1));
                at = end;
            }
            else if (path.AsSpan(at).StartsWith("['", StringComparison.Ordinal))
            {
                var end = path.IndexOf("']", at + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    return null;
                }

                segments.Add(new(path[(at + 2)..end], -1));
                at = end + 2;
            }
            else if (path[at] == '[')
            {
                var end = path.IndexOf(']', at + 1);
                if (end < 0 || !int.TryParse(path.AsSpan(at + 1, end - at - 1), out var index))
                {
                    return null;
                }

                segments.Add(new(null, index));
                at = end + 1;
            }
            else
            {
                return null;
            }
        }

        return segments;
    }
}
