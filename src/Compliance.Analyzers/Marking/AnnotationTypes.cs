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
    private readonly ImmutableHashSet<INamedTypeSymbol> _reclassifiesRecord;
    private readonly ImmutableHashSet<INamedTypeSymbol> _justificationField;
    private readonly ImmutableHashSet<INamedTypeSymbol> _insufficientGrounds;

    private AnnotationTypes(
        ImmutableHashSet<INamedTypeSymbol> reclassifiesRecord,
        ImmutableHashSet<INamedTypeSymbol> justificationField,
        ImmutableHashSet<INamedTypeSymbol> insufficientGrounds)
    {
        _reclassifiesRecord = reclassifiesRecord;
        _justificationField = justificationField;
        _insufficientGrounds = insufficientGrounds;
    }

    /// <summary>True when no marking attribute exists in the compilation or its references.</summary>
    public bool IsEmpty => _reclassifiesRecord.IsEmpty && _justificationField.IsEmpty && _insufficientGrounds.IsEmpty;

    /// <summary>
    /// Looks in the compilation's merged namespace <c>Compliance.Rules.Annotations</c> (source and every
    /// reference): the compiler has built it already to bind the code, so this costs three lookups,
    /// where a search by metadata name would visit every referenced assembly.
    /// </summary>
    public static AnnotationTypes Resolve(Compilation compilation)
    {
        INamespaceSymbol? annotations = compilation.GlobalNamespace;
        foreach (var part in AnnotationNames.Namespace)
        {
            annotations = annotations is null ? null : ChildNamespace(annotations, part);
        }

        return new AnnotationTypes(
            Find(annotations, AnnotationNames.ReclassifiesRecord),
            Find(annotations, AnnotationNames.JustificationField),
            Find(annotations, AnnotationNames.InsufficientGrounds));
    }

    public AnnotationKind Classify(AttributeData attribute)
    {
        var type = attribute.AttributeClass;
        if (type is null || type.TypeKind == TypeKind.Error)
        {
            return AnnotationKind.None;
        }

        if (_reclassifiesRecord.Contains(type))
        {
            return AnnotationKind.ReclassifiesRecord;
        }

        if (_justificationField.Contains(type))
        {
            return AnnotationKind.JustificationField;
        }

        return _insufficientGrounds.Contains(type) ? AnnotationKind.InsufficientGrounds : AnnotationKind.None;
    }

    private static INamespaceSymbol? ChildNamespace(INamespaceSymbol parent, string name)
    {
        foreach (var member in parent.GetMembers(name))
        {
            if (member is INamespaceSymbol child)
            {
                return child;
            }
        }

        return null;
    }

    private static ImmutableHashSet<INamedTypeSymbol> Find(INamespaceSymbol? annotations, string name)
    {
        var builder = ImmutableHashSet.CreateBuilder<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        if (annotations is not null)
        {
            foreach (var type in annotations.GetTypeMembers(name))
            {
                if (type is { Arity: 0 })
                {
                    builder.Add(type);
                }
            }
        }

        return builder.ToImmutable();
    }
}
