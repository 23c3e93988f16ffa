using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Compliance.Analyzers.Marking;

/// <summary>Reads the marks a symbol carries through its own attributes (cached per compilation).</summary>
internal sealed class AttributeMarks
{
    private readonly AnnotationTypes _types;
    private readonly ConcurrentDictionary<ISymbol, SymbolMarks> _cache = new(SymbolEqualityComparer.Default);

    private readonly Func<ISymbol, SymbolMarks> _read;

    public AttributeMarks(AnnotationTypes types)
    {
        _types = types;
        _read = Read;
    }

    public SymbolMarks Own(ISymbol symbol)
    {
        if (_types.IsEmpty)
        {
            return SymbolMarks.None;
        }

        return _cache.TryGetValue(symbol, out var marks) ? marks : _cache.GetOrAdd(symbol, _read);
    }

    private SymbolMarks Read(ISymbol symbol)
    {
        var reclassifies = false;
        var justification = false;
        var insufficient = false;
        var required = ImmutableArray.CreateBuilder<string>();
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute is null)
            {
                continue;
            }

            switch (_types.Classify(attribute))
            {
                case AnnotationKind.ReclassifiesRecord:
                    reclassifies = true;
                    foreach (var argument in attribute.ConstructorArguments)
                    {
                        CollectNames(argument, required);
                    }

                    break;
                case AnnotationKind.JustificationField:
                    justification = true;
                    break;
                case AnnotationKind.InsufficientGrounds:
                    insufficient = true;
                    break;
            }
        }

        return new SymbolMarks(reclassifies, justification, insufficient, required.ToImmutable());
    }

    // A host's own copy of the attribute may declare its constructor differently, so every string
    // argument (or array element) counts as a required member name.
    private static void CollectNames(TypedConstant constant, ImmutableArray<string>.Builder names)
    {
        if (constant.IsNull)
        {
            return;
        }

        if (constant.Kind == TypedConstantKind.Array)
        {
            foreach (var element in constant.Values)
            {
                CollectNames(element, names);
            }
        }
        else if (constant.Kind == TypedConstantKind.Primitive && constant.Value is string name
            && name.Trim().Length > 0 && !names.Contains(name.Trim()))
        {
            names.Add(name.Trim());
        }
    }
}
