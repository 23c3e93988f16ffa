using System.Collections;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Serialization.Metadata;
using Compliance.Rules.Records;

namespace Compliance.Rules.Reading;

/// <summary>
/// Finds a <c>null</c> inside a list of a parsed record (<c>"statements": [null]</c>), or a list
/// longer than the limit. The serializer's nullable checks cover properties, not list elements,
/// and no list of the model may hold a null: rules, tallies and reports would each have to guard
/// every element. Walks the model's own serializer metadata, so a list added to the model is
/// covered without a change here.
/// </summary>
/// <remarks>
/// Why lists are bounded: some rules compare two lists of a record pairwise (each retraction
/// against every contact before it, each outcome against the statements and contacts it cites),
/// so one record's cost grows with the product of its list lengths. With at most
/// <see cref="RecordReaderOptions.MaxListLength"/> entries per list, no record costs more than
/// about a million comparisons per rule, whatever it holds.
/// </remarks>
internal static class NullElements
{
    // Per model type, the properties worth visiting: objects and lists of reference types.
    private static readonly ConcurrentDictionary<Type, Step[]> Plans = new();

    /// <summary>What is wrong with a list.</summary>
    public enum Problem
    {
        None,
        NullElement,
        TooLong,
    }

    /// <summary>The first null list element (<c>$.statements[0]</c>) or list longer than <paramref name="maxListLength"/> (<c>$.statements</c>), with its JSON path.</summary>
    public static (Problem Problem, string? Path, int Length) Find(CrimeRecord record, int maxListLength) =>
        Find(record, InputModel.CrimeRecords, maxListLength);

    /// <summary>The first null list element or over-long list of any parsed input element, with its JSON path.</summary>
    public static (Problem Problem, string? Path, int Length) Find(object element, InputModel model, int maxListLength)
    {
        var path = new List<object>();
        var state = new Walk(maxListLength, model.Options);
        if (!Visit(element, model.Root, path, state))
        {
            return (Problem.None, null, 0);
        }

        return (state.Found, PathText(path), state.Length);
    }

    private static string PathText(List<object> path)
    {
        var text = new StringBuilder("$");
        for (var i = path.Count - 1; i >= 0; i--)
        {
            _ = path[i] is int index ? text.Append('[').Append(index).Append(']') : text.Append('.').Append((string)path[i]);
        }

        return text.ToString();
    }

    /// <returns>True when a problem was found; <paramref name="path"/> then holds its segments, innermost first.</returns>
    private static bool Visit(object value, JsonTypeInfo info, List<object> path, Walk state)
    {
        if (info.Kind == JsonTypeInfoKind.Enumerable)
        {
            if (value is System.Collections.ICollection { Count: var count } && count > state.MaxListLength)
            {
                state.Found = Problem.TooLong;
                state.Length = count;
                return true;
            }

            if (info.ElementType!.IsValueType)
            {
                // Codes (enums) cannot be null; nothing inside them to visit.
                return false;
            }

            var elementInfo = state.Options.GetTypeInfo(info.ElementType);
            var index = 0;
            foreach (var element in (IEnumerable)value)
            {
                if (element is null)
                {
                    state.Found = Problem.NullElement;
                    path.Add(index);
                    return true;
                }

                if (elementInfo.Kind is JsonTypeInfoKind.Object && Visit(element, elementInfo, path, state))
                {
                    path.Add(index);
                    return true;
                }

                index++;
            }

            return false;
        }

        foreach (var step in Plans.GetOrAdd(info.Type, static (_, arguments) => PlanFor(arguments.Info, arguments.Options), (Info: info, state.Options)))
        {
            if (step.Property.Get!(value) is { } child && Visit(child, step.Info, path, state))
            {
                path.Add(step.Property.Name);
                return true;
            }
        }

        return false;
    }

    private static Step[] PlanFor(JsonTypeInfo info, System.Text.Json.JsonSerializerOptions options) =>
        info.Kind != JsonTypeInfoKind.Object
            ? []
            : [.. info.Properties
                .Where(property => property.Get is not null)
                .Select(property => new Step(property, options.GetTypeInfo(property.PropertyType)))
                .Where(step => step.Info.Kind is JsonTypeInfoKind.Object or JsonTypeInfoKind.Enumerable)];

    private sealed record Step(JsonPropertyInfo Property, JsonTypeInfo Info);

    private sealed class Walk(int maxListLength, System.Text.Json.JsonSerializerOptions options)
    {
        public int MaxListLength { get; } = maxListLength;

        public System.Text.Json.JsonSerializerOptions Options { get; } = options;

        public Problem Found { get; set; }

        public int Length { get; set; }
    }
}
