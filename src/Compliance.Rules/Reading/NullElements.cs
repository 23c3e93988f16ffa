using System.Collections;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Serialization.Metadata;
using Compliance.Rules.Records;

namespace Compliance.Rules.Reading;

/// <summary>
/// Finds a <c>null</c> inside a list of a parsed record (<c>"statements": [null]</c>). The
/// serializer's nullable checks cover properties, not list elements, and no list of the model may
/// hold a null: rules, tallies and reports would each have to guard every element. Walks the
/// model's own serializer metadata, so a list added to the model is covered without a change here.
/// </summary>
internal static class NullElements
{
    // Per model type, the properties worth visiting: objects and lists of reference types.
    private static readonly ConcurrentDictionary<Type, Step[]> Plans = new();

    /// <summary>The JSON path of the first null list element (<c>$.statements[0]</c>), or null when there is none.</summary>
    public static string? Find(CrimeRecord record)
    {
        var path = new List<object>();
        if (!Visit(record, RecordJson.TypeInfo, path))
        {
            return null;
        }

        var text = new StringBuilder("$");
        for (var i = path.Count - 1; i >= 0; i--)
        {
            _ = path[i] is int index ? text.Append('[').Append(index).Append(']') : text.Append('.').Append((string)path[i]);
        }

        return text.ToString();
    }

    /// <returns>True when a null element was found; <paramref name="path"/> then holds its segments, innermost first.</returns>
    private static bool Visit(object value, JsonTypeInfo info, List<object> path)
    {
        if (info.Kind == JsonTypeInfoKind.Enumerable)
        {
            var elementInfo = RecordJson.Options.GetTypeInfo(info.ElementType!);
            var index = 0;
            foreach (var element in (IEnumerable)value)
            {
                if (element is null || (elementInfo.Kind is JsonTypeInfoKind.Object && Visit(element, elementInfo, path)))
                {
                    path.Add(index);
                    return true;
                }

                index++;
            }

            return false;
        }

        foreach (var step in Plans.GetOrAdd(info.Type, static (_, typeInfo) => PlanFor(typeInfo), info))
        {
            if (step.Property.Get!(value) is { } child && Visit(child, step.Info, path))
            {
                path.Add(step.Property.Name);
                return true;
            }
        }

        return false;
    }

    private static Step[] PlanFor(JsonTypeInfo info) =>
        info.Kind != JsonTypeInfoKind.Object
            ? []
            : [.. info.Properties
                .Where(property => property.Get is not null)
                .Select(property => new Step(property, RecordJson.Options.GetTypeInfo(property.PropertyType)))
                .Where(step => step.Info.Kind == JsonTypeInfoKind.Object
                               || (step.Info.Kind == JsonTypeInfoKind.Enumerable && !step.Info.ElementType!.IsValueType))];

    private sealed record Step(JsonPropertyInfo Property, JsonTypeInfo Info);
}
