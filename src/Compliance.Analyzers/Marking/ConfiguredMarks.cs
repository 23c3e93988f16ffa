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

    private readonly HashSet<ISymbol> _reclassifiers = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, ImmutableArray<string>> _requiredMembers = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ISymbol> _justification = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ISymbol> _insufficient = new(SymbolEqualityComparer.Default);
    private readonly List<string> _placeholders = new();

    private ConfiguredMarks()
    {
    }

    public ImmutableArray<string> ExtraPlaceholders => _placeholders.ToImmutableArray();

    /// <summary>Reads the marking keys through <paramref name="valueOf"/> (key → raw value or null).</summary>
    public static ConfiguredMarks Parse(Compilation compilation, Func<string, string?> valueOf)
    {
        var marks = new ConfiguredMarks();
        foreach (var entry in MarkingEntry.Split(valueOf(MarkingKeys.ReclassifiesRecordMembers)))
        {
            foreach (var symbol in Resolve(compilation, entry.Id))
            {
                marks._reclassifiers.Add(symbol);
                if (symbol is IPropertySymbol or IFieldSymbol && !entry.Names.IsEmpty)
                {
                    marks._requiredMembers[symbol] = entry.Names;
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
                            marks._justification.Add(parameter.OriginalDefinition);
                        }
                    }
                }
                else if (symbol is IPropertySymbol or IFieldSymbol)
                {
                    marks._justification.Add(symbol);
                }
            }
        }

        foreach (var entry in MarkingEntry.Split(valueOf(MarkingKeys.InsufficientGroundsMembers)))
        {
            foreach (var symbol in Resolve(compilation, entry.Id))
            {
                if (symbol is IFieldSymbol)
                {
                    marks._insufficient.Add(symbol);
                }
            }
        }

        foreach (var entry in MarkingEntry.Split(valueOf(MarkingKeys.PlaceholderTexts)))
        {
            marks._placeholders.Add(entry.Raw);
        }

        return marks;
    }

    public SymbolMarks Own(ISymbol symbol)
    {
        if (ReferenceEquals(this, Empty))
        {
            return SymbolMarks.None;
        }

        var reclassifies = _reclassifiers.Contains(symbol);
        var required = reclassifies && _requiredMembers.TryGetValue(symbol, out var names) ? names : ImmutableArray<string>.Empty;
        return new SymbolMarks(reclassifies, _justification.Contains(symbol), _insufficient.Contains(symbol), required);
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
