using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Compliance.Analyzers.Marking;

/// <summary>
/// The members whose marks a symbol inherits: what a method or property overrides or implements, and
/// for a parameter the parameter in the same position of those members.
/// </summary>
internal static class RelatedMembers
{
    private const int MaxDepth = 32;

    public static IEnumerable<ISymbol> Of(ISymbol symbol)
    {
        switch (symbol)
        {
            case IMethodSymbol or IPropertySymbol:
                return Bases(symbol);
            case IParameterSymbol parameter:
                return ParameterBases(parameter);
            default:
                return System.Array.Empty<ISymbol>();
        }
    }

    private static IEnumerable<ISymbol> ParameterBases(IParameterSymbol parameter)
    {
        if (parameter.ContainingSymbol is not (IMethodSymbol or IPropertySymbol) || parameter.Ordinal < 0)
        {
            yield break;
        }

        foreach (var member in Bases(parameter.ContainingSymbol))
        {
            var parameters = member switch
            {
                IMethodSymbol method => method.Parameters,
                IPropertySymbol property => property.Parameters,
                _ => default,
            };
            if (!parameters.IsDefault && parameter.Ordinal < parameters.Length)
            {
                yield return parameters[parameter.Ordinal];
            }
        }
    }

    private static IEnumerable<ISymbol> Bases(ISymbol member)
    {
        var depth = 0;
        for (var current = Overridden(member); current is not null && depth < MaxDepth; current = Overridden(current), depth++)
        {
            yield return current;
        }

        foreach (var implemented in Implemented(member))
        {
            yield return implemented;
        }
    }

    private static ISymbol? Overridden(ISymbol member) => member switch
    {
        IMethodSymbol method => method.OverriddenMethod,
        IPropertySymbol property => property.OverriddenProperty,
        _ => null,
    };

    private static IEnumerable<ISymbol> Implemented(ISymbol member)
    {
        switch (member)
        {
            case IMethodSymbol method:
                foreach (var explicitMember in method.ExplicitInterfaceImplementations)
                {
                    yield return explicitMember;
                }

                break;
            case IPropertySymbol property:
                foreach (var explicitMember in property.ExplicitInterfaceImplementations)
                {
                    yield return explicitMember;
                }

                break;
        }

        var type = member.ContainingType;
        if (member.IsStatic || type is null || type.TypeKind == TypeKind.Interface)
        {
            yield break;
        }

        foreach (var contract in type.AllInterfaces)
        {
            foreach (var candidate in contract.GetMembers(member.Name))
            {
                if (candidate is IMethodSymbol or IPropertySymbol
                    && SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(candidate), member))
                {
                    yield return candidate;
                }
            }
        }
    }
}
