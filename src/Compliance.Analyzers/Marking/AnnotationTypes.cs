using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Compliance.Analyzers.Marking;

/// <summary>What a marking attribute means.</summary>
internal enum AnnotationKind
{
    None,
    ReclassifiesRecord,
    JustificationField,
    InsufficientGrounds,
}

/// <summary>
/// The marking attribute types visible to one compilation, resolved once when the compilation starts.
/// Every type with the full name counts (the package's and any copies a host declares), so a
/// compilation that sees two copies still matches both.
/// </summary>
internal sealed class AnnotationTypes
{
    private readonly ImmutableHashSet<INamedTypeSymbol> reclassifiesRecord;
    private readonly ImmutableHashSet<INamedTypeSymbol> justificationField;
    private readonly ImmutableHashSet<INamedTypeSymbol> insufficientGrounds;

    private AnnotationTypes(
        ImmutableHashSet<INamedTypeSymbol> reclassifiesRecord,
        ImmutableHashSet<INamedTypeSymbol> justificationField,
        ImmutableHashSet<INamedTypeSymbol> insufficientGrounds)
    {
        this.reclassifiesRecord = reclassifiesRecord;
        this.justificationField = justificationField;
        this.insufficientGrounds = insufficientGrounds;
    }

    /// <summary>True when no marking attribute exists in the compilation or its references.</summary>
    public bool IsEmpty => reclassifiesRecord.IsEmpty && justificationField.IsEmpty && insufficientGrounds.IsEmpty;

    public static AnnotationTypes Resolve(Compilation compilation) =>
        new(
            Find(compilation, AnnotationNames.ReclassifiesRecord),
            Find(compilation, AnnotationNames.JustificationField),
            Find(compilation, AnnotationNames.InsufficientGrounds));

    public AnnotationKind Classify(AttributeData attribute)
    {
        var type = attribute.AttributeClass;
        if (type is null || type.TypeKind == TypeKind.Error)
        {
            return AnnotationKind.None;
        }

        if (reclassifiesRecord.Contains(type))
        {
            return AnnotationKind.ReclassifiesRecord;
        }

        if (justificationField.Contains(type))
        {
            return AnnotationKind.JustificationField;
        }

        return insufficientGrounds.Contains(type) ? AnnotationKind.InsufficientGrounds : AnnotationKind.None;
    }

    private static ImmutableHashSet<INamedTypeSymbol> Find(Compilation compilation, string fullName)
    {
        var builder = ImmutableHashSet.CreateBuilder<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var type in compilation.GetTypesByMetadataName(fullName))
        {
            if (type is not null)
            {
                builder.Add(type);
            }
        }

        return builder.ToImmutable();
    }
}
