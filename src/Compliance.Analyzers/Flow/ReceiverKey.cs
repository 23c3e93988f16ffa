using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Compliance.Analyzers.Flow;

/// <summary>
/// Identifies "the same receiver" within one body: <c>this</c>, a local, a parameter, a static type, a
/// member path on one of those, or one object being created (an object initializer or <c>with</c>
/// expression, merged with the local or member it is stored into). Other receivers (method results,
/// array elements) have no key, and nothing is reported about them.
/// </summary>
internal sealed class ReceiverKey : IEquatable<ReceiverKey>
{
    private const int MaxDepth = 16;

    private readonly Kind _kind;
    private readonly ISymbol? _symbol;
    private readonly ReceiverKey? _parent;
    private readonly SyntaxNode? _created;

    private ReceiverKey(Kind kind, ISymbol? symbol, ReceiverKey? parent, SyntaxNode? created)
    {
        _kind = kind;
        _symbol = symbol;
        _parent = parent;
        _created = created;
    }

    private enum Kind
    {
        Static,
        This,
        Local,
        Parameter,
        Member,
        Created,
    }

    /// <summary>The receiver of a member reference with <paramref name="instance"/> (null when static).</summary>
    public static ReceiverKey? Of(IOperation? instance, ISymbol member) =>
        instance is null
            ? (member.ContainingType is { } type ? new ReceiverKey(Kind.Static, type.OriginalDefinition, null, null) : null)
            : Path(instance, 0);

    /// <summary>The receiver an object creation or <c>with</c> expression ends up in.</summary>
    public static ReceiverKey ForCreated(IOperation creation)
    {
        var outer = creation;
        while (outer.Parent is IConversionOperation conversion)
        {
            outer = conversion;
        }

        switch (outer.Parent)
        {
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                return new ReceiverKey(Kind.Local, declarator.Symbol, null, null);
            case ISimpleAssignmentOperation assignment when ReferenceEquals(assignment.Value, outer):
                var target = Path(assignment.Target, 0);
                if (target is not null)
                {
                    return target;
                }

                break;
        }

        return new ReceiverKey(Kind.Created, null, null, creation.Syntax);
    }

    /// <summary>The object or <c>with</c> initializer whose implicit receiver this is, if any.</summary>
    public static IOperation? InitializedObject(IOperation implicitReceiver)
    {
        var current = implicitReceiver.Parent;
        for (var depth = 0; current is not null && depth < 256; depth++, current = current.Parent)
        {
            if (current is IObjectOrCollectionInitializerOperation initializer)
            {
                return initializer.Parent is IObjectCreationOperation or IWithOperation or ITypeParameterObjectCreationOperation
                    ? initializer.Parent
                    : null;
            }
        }

        return null;
    }

    public bool Equals(ReceiverKey? other) =>
        other is not null
        && _kind == other._kind
        && SymbolEqualityComparer.Default.Equals(_symbol, other._symbol)
        && SameNode(_created, other._created)
        && Equals(_parent, other._parent);

    public override bool Equals(object? obj) => obj is ReceiverKey other && Equals(other);

    public override int GetHashCode()
    {
        var hash = (int)_kind;
        hash = (hash * 397) ^ (_symbol is null ? 0 : SymbolEqualityComparer.Default.GetHashCode(_symbol));
        hash = (hash * 397) ^ (_created?.Span.GetHashCode() ?? 0);
        return (hash * 397) ^ (_parent?.GetHashCode() ?? 0);
    }

    // By position, not reference: red syntax nodes may be re-created.
    private static bool SameNode(SyntaxNode? first, SyntaxNode? second) =>
        first is null || second is null
            ? first is null && second is null
            : first.Span == second.Span && first.SyntaxTree == second.SyntaxTree;

    private static ReceiverKey? Path(IOperation operation, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        switch (Values.Unwrap(operation))
        {
            case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance }:
                return new ReceiverKey(Kind.This, null, null, null);
            case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } implicitReceiver:
                var created = InitializedObject(implicitReceiver);
                return created is null ? null : ForCreated(created);
            case ILocalReferenceOperation local:
                return new ReceiverKey(Kind.Local, local.Local, null, null);
            case IParameterReferenceOperation parameter:
                return new ReceiverKey(Kind.Parameter, parameter.Parameter, null, null);
            case IConditionalAccessInstanceOperation conditional:
                // `crime?.Status = …` (C# 14): the receiver is what `?.` tested, so the write lands on it.
                var tested = ConditionalAccessTarget(conditional);
                return tested is null ? null : Path(tested, depth + 1);
            case IFieldReferenceOperation field:
                return Member(field.Field, field.Instance, depth);
            case IPropertyReferenceOperation { Arguments.Length: 0 } property:
                return Member(property.Property, property.Instance, depth);
            default:
                return null;
        }
    }

    /// <summary>The operand of the <c>?.</c> whose tested value <paramref name="instance"/> stands for.</summary>
    public static IOperation? ConditionalAccessTarget(IOperation instance)
    {
        var child = instance;
        var parent = instance.Parent;
        for (var depth = 0; parent is not null && depth < 256; depth++)
        {
            if (parent is IConditionalAccessOperation access && ReferenceEquals(access.WhenNotNull, child))
            {
                return access.Operation;
            }

            child = parent;
            parent = parent.Parent;
        }

        return null;
    }

    private static ReceiverKey? Member(ISymbol member, IOperation? instance, int depth)
    {
        var owner = instance is null ? Of(null, member) : Path(instance, depth + 1);
        return owner is null ? null : new ReceiverKey(Kind.Member, member.OriginalDefinition, owner, null);
    }
}
