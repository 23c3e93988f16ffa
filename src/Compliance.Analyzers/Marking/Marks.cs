using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Compliance.Analyzers.Marking;

/// <summary>
/// The marks in force for one configuration of one compilation: attributes and configured ids, on a
/// symbol itself or on the member it overrides or implements (hosts often mark the interface).
/// Thread-safe; results are cached.
/// </summary>
internal sealed class Marks
{
    private readonly AttributeMarks _attributes;
    private readonly ConfiguredMarks _configured;
    private readonly ConcurrentDictionary<ISymbol, SymbolMarks> _symbols = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, ImmutableArray<ISymbol>> _justificationMembers = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, bool> _carriesGrounds = new(SymbolEqualityComparer.Default);

    // Delegates created once: a method group passed to GetOrAdd would allocate one on every call.
    private readonly Func<ISymbol, SymbolMarks> _compute;
    private readonly Func<ITypeSymbol, ImmutableArray<ISymbol>> _findJustificationMembers;
    private readonly Func<ITypeSymbol, bool> _computeCarriesGrounds;

    public Marks(AttributeMarks attributes, ConfiguredMarks configured)
    {
        _attributes = attributes;
        _configured = configured;
        Placeholders = new PlaceholderTexts(configured.ExtraPlaceholders);
        _compute = Compute;
        _findJustificationMembers = FindJustificationMembers;
        _computeCarriesGrounds = ComputeCarriesGrounds;
    }

    public PlaceholderTexts Placeholders { get; }

    public bool IsReclassifier(ISymbol? symbol) => symbol is not null && Of(symbol).ReclassifiesRecord;

    public bool IsJustification(ISymbol? symbol) => symbol is not null && Of(symbol).JustificationField;

    public bool IsInsufficientGrounds(ISymbol? symbol) => symbol is IFieldSymbol && Of(symbol).InsufficientGrounds;

    public ImmutableArray<string> RequiredMembers(ISymbol symbol) => Of(symbol).RequiredMembers;

    /// <summary>The justification properties and fields of a type (own and inherited), most derived first.</summary>
    public ImmutableArray<ISymbol> JustificationMembersOf(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol named || named.SpecialType != SpecialType.None
            || named.TypeKind is not (TypeKind.Class or TypeKind.Struct or TypeKind.Interface))
        {
            return ImmutableArray<ISymbol>.Empty;
        }

        var definition = named.OriginalDefinition;
        return _justificationMembers.TryGetValue(definition, out var members) ? members : _justificationMembers.GetOrAdd(definition, _findJustificationMembers);
    }

    /// <summary>
    /// True for a type whose values are grounds: an enum that has a member marked insufficient, or an
    /// array, collection or nullable of such an enum.
    /// </summary>
    public bool CarriesGrounds(ITypeSymbol? type) =>
        type is not null && (_carriesGrounds.TryGetValue(type, out var carries) ? carries : _carriesGrounds.GetOrAdd(type, _computeCarriesGrounds));

    private SymbolMarks Of(ISymbol symbol)
    {
        var definition = Definition(symbol);
        return _symbols.TryGetValue(definition, out var marks) ? marks : _symbols.GetOrAdd(definition, _compute);
    }

    private bool ComputeCarriesGrounds(ITypeSymbol type) =>
        TypeShapes.ElementOrSelf(type) is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType && HasInsufficientMember(enumType.OriginalDefinition);

    private SymbolMarks Compute(ISymbol symbol)
    {
        var marks = Own(symbol);
        foreach (var related in RelatedMembers.Of(symbol))
        {
            marks = marks.Union(Own(Definition(related)));
        }

        return marks;
    }

    private SymbolMarks Own(ISymbol symbol) => _attributes.Own(symbol).Union(_configured.Own(symbol));

    private static ISymbol Definition(ISymbol symbol) =>
        symbol is IMethodSymbol { ReducedFrom: { } unreduced } ? unreduced.OriginalDefinition : symbol.OriginalDefinition;

    private ImmutableArray<ISymbol> FindJustificationMembers(ITypeSymbol type)
    {
        var found = ImmutableArray.CreateBuilder<ISymbol>();
        var seen = new HashSet<string>();
        for (var current = type; current is not null && current.SpecialType == SpecialType.None; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol { IsStatic: false, IsIndexer: false } or IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false }
                    && seen.Add(member.Name) && IsJustification(member))
                {
                    found.Add(member);
                }
            }
        }

        return found.ToImmutable();
    }

    private bool HasInsufficientMember(ITypeSymbol enumType)
    {
        foreach (var member in enumType.GetMembers())
        {
            if (member is IFieldSymbol && IsInsufficientGrounds(member))
            {
                return true;
            }
        }

        return false;
    }
}
