using Microsoft.CodeAnalysis;

namespace Compliance.Analyzers.Marking;

/// <summary>Looks through arrays, one-argument collections and nullables to the element type.</summary>
internal static class TypeShapes
{
    public static ITypeSymbol? ElementOrSelf(ITypeSymbol? type)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                return array.ElementType;
            case INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic
                when generic.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T || IsEnumerable(generic):
                return generic.TypeArguments[0];
            default:
                return type;
        }
    }

    private static bool IsEnumerable(INamedTypeSymbol type)
    {
        if (type.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
        {
            return true;
        }

        foreach (var contract in type.AllInterfaces)
        {
            if (contract.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            {
                return true;
            }
        }

        return false;
    }
}
