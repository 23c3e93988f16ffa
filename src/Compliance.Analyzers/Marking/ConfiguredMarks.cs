using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Compliance.Analyzers.Marking;

/// <summary>
/// Marks declared in <c>.editorconfig</c> / <c>.globalconfig</c> with documentation-comment ids, for
/// members a host cannot annotate. Ids that resolve to nothing are ignored.
/// </summary>
internal sealed class ConfiguredMarks
{
    public static readonly ConfiguredMarks Empty = new();

    private readonly HashSet<ISymbol> reclassifiers = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, ImmutableArray<string>> requiredMembers = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ISymbol> justification = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ISymbol> insufficient = new(SymbolEqualityComparer.Default);
    private readonly List<string> placeholders = new();

    private ConfiguredMarks()
    {
    }

    public ImmutableArray<string> ExtraPlaceholders => placeholders.ToImmutableArray();

    /// <summary>Reads the marking keys through <paramref name="valueOf"/> (key → raw value or null).</summary>
    public static ConfiguredMarks Parse(Compilation compilation, Func<string, string?> valueOf)
    {
        var marks = new ConfiguredMarks();
        foreach (var entry in MarkingEntry.Split(valueOf(MarkingKeys.ReclassifiesRecordMembers)))
        {
            foreach (var symbol in Resolve(compilation, entry.Id))
            {
                marks.reclassifiers.Add(symbol);
                if (symbol is IPropertySymbol or IFieldSymbol && !entry.Names.IsEmpty)
                {
                    marks.requiredMembers[symbol] = entry.Names;
                }
            }
        }

        foreach (var entry in MarkingEntry.Split(valueOf(MarkingKeys.JustificationMembers)))
        {
            foreach (var symbol in Resolve(compilation, entry.Id))
            {
                if (symbol is IMethodSymbol method)
                {
                    foreach (var parameter in method.Parameters)
                    {
                        if (entry.Names.Contains(parameter.Name))
                        {
                            marks.justification.Add(parameter.OriginalDefinition);
                        }
                    }
                }
                else if (symbol is IPropertySymbol or IFieldSymbol)
                {
                    marks.justification.Add(symbol);
                }
            }
        }

        foreach (var entry in MarkingEntry.Split(valueOf(MarkingKeys.InsufficientGroundsMembers)))
        {
            foreach (var symbol in Resolve(compilation, entry.Id))
            {
                if (symbol is IFieldSymbol)
                {
                    marks.insufficient.Add(symbol);
                }
            }
        }

        foreach (var entry in MarkingEntry.Split(valueOf(MarkingKeys.PlaceholderTexts)))
        {
            marks.placeholders.Add(entry.Raw);
        }

        return marks;
    }

    public SymbolMarks Own(ISymbol symbol)
    {
        if (ReferenceEquals(this, Empty))
        {
            return SymbolMarks.None;
        }

        var reclassifies = reclassifiers.Contains(symbol);
        var required = reclassifies && requiredMembers.TryGetValue(symbol, out var names) ? names : ImmutableArray<string>.Empty;
        return new SymbolMarks(reclassifies, justification.Contains(symbol), insufficient.Contains(symbol), required);
    }

    private static IEnumerable<ISymbol> Resolve(Compilation compilation, string id)
    {
        if (id.Length < 3 || id[1] != ':')
        {
            yield break;
        }

        foreach (var symbol in DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation))
        {
            if (symbol is not null)
            {
                yield return symbol.OriginalDefinition;
            }
        }
    }
}
