using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Compliance.Analyzers.Marking;

/// <summary>
/// One entry of a marking key: <c>doc-id</c> or <c>doc-id =&gt; Name1, Name2</c>. A constructor may be
/// written <c>Type..ctor(…)</c> because the compiler cuts .editorconfig values at <c>#</c>.
/// </summary>
internal readonly struct MarkingEntry
{
    private MarkingEntry(string raw, string id, ImmutableArray<string> names)
    {
        Raw = raw;
        Id = id;
        Names = names;
    }

    /// <summary>The entry as written, trimmed.</summary>
    public string Raw { get; }

    /// <summary>The documentation-comment id, constructors normalised to <c>#ctor</c>.</summary>
    public string Id { get; }

    /// <summary>Names after <c>=&gt;</c>: required sibling members, or justification parameters.</summary>
    public ImmutableArray<string> Names { get; }

    public static IEnumerable<MarkingEntry> Split(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            yield break;
        }

        foreach (var part in value!.Split(MarkingKeys.EntrySeparator))
        {
            var raw = part.Trim();
            if (raw.Length == 0)
            {
                continue;
            }

            var arrow = raw.IndexOf(MarkingKeys.NamesArrow, StringComparison.Ordinal);
            var id = (arrow < 0 ? raw : raw.Substring(0, arrow)).Trim();
            var names = arrow < 0 ? ImmutableArray<string>.Empty : SplitNames(raw.Substring(arrow + MarkingKeys.NamesArrow.Length));
            yield return new MarkingEntry(raw, NormaliseConstructors(id), names);
        }
    }

    private static ImmutableArray<string> SplitNames(string text)
    {
        var names = ImmutableArray.CreateBuilder<string>();
        foreach (var name in text.Split(','))
        {
            var trimmed = name.Trim();
            if (trimmed.Length > 0 && !names.Contains(trimmed))
            {
                names.Add(trimmed);
            }
        }

        return names.ToImmutable();
    }

    private static string NormaliseConstructors(string id) =>
        id.Replace("..ctor", ".#ctor").Replace("..cctor", ".#cctor");
}
