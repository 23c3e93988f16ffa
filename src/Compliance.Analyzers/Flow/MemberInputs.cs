using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Compliance.Analyzers.Flow;

/// <summary>How the members of a changed record or of a request object are supplied.</summary>
internal static class MemberInputs
{
    /// <summary>
    /// The state of one member: supplied when some write (or a constructor argument named like it) gives a
    /// value other than null/default; missing when it is never written (and unset members stay empty) or
    /// only written null/default; unknown when a compound write or the constructor may have set it.
    /// </summary>
    public static JustificationInput Input(string name, string memberName, ISymbol? member, List<MemberWrite> writes, IOperation? constructorValue, bool missingWhenUnset, BodyIndex body)
    {
        var type = TypeOf(member);
        var values = ImmutableArray<IOperation>.Empty;
        var written = false;
        var unknown = false;
        if (constructorValue is not null)
        {
            written = true;
            values = values.Add(constructorValue);
        }

        foreach (var write in writes)
        {
            if (!string.Equals(write.Member.Name, memberName, StringComparison.Ordinal))
            {
                continue;
            }

            written = true;
            if (write.Value is null)
            {
                unknown = true;
            }
            else
            {
                values = values.Add(write.Value);
            }
        }

        if (unknown)
        {
            return new JustificationInput(name, type, InputState.Unknown, ImmutableArray<IOperation>.Empty);
        }

        if (!written)
        {
            return new JustificationInput(name, type, missingWhenUnset ? InputState.Missing : InputState.Unknown, ImmutableArray<IOperation>.Empty);
        }

        foreach (var value in values)
        {
            if (!IsNullOrDefault(value, body))
            {
                return new JustificationInput(name, type, InputState.Supplied, values);
            }
        }

        return new JustificationInput(name, type, InputState.Missing, ImmutableArray<IOperation>.Empty);
    }

    public static bool IsNullOrDefault(IOperation value, BodyIndex body) => Values.IsNullOrDefault(value) || Values.IsNullOrDefault(body.Resolve(value));

    public static bool IsWritten(List<MemberWrite> writes, string name)
    {
        foreach (var write in writes)
        {
            if (string.Equals(write.Member.Name, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A parameterless constructor, or a record's primary constructor, sets no other member: what the
    /// initializer leaves out stays unset. Any other constructor may set members itself.
    /// </summary>
    public static bool LeavesUnsetMembersEmpty(IMethodSymbol? constructor)
    {
        if (constructor is null)
        {
            return false;
        }

        if (constructor.Parameters.IsEmpty)
        {
            return true;
        }

        if (constructor.ContainingType is not { IsRecord: true })
        {
            return false;
        }

        foreach (var reference in constructor.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is RecordDeclarationSyntax)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The argument a constructor parameter named like the member receives (records, simple classes).</summary>
    public static IOperation? ConstructorValue(IObjectCreationOperation creation, string memberName)
    {
        foreach (var argument in creation.Arguments)
        {
            if (argument?.Parameter is { } parameter && argument.ArgumentKind != ArgumentKind.DefaultValue
                && string.Equals(parameter.Name, memberName, StringComparison.OrdinalIgnoreCase))
            {
                return argument.Value;
            }
        }

        return null;
    }

    public static ISymbol? FindMember(ITypeSymbol? type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(name))
            {
                if (member is IPropertySymbol or IFieldSymbol)
                {
                    return member;
                }
            }
        }

        return null;
    }

    public static ITypeSymbol? TypeOf(ISymbol? member) => member switch
    {
        IPropertySymbol property => property.Type,
        IFieldSymbol field => field.Type,
        _ => null,
    };

    public static bool IsSettable(ISymbol? member) => member switch
    {
        IPropertySymbol property => property.SetMethod is not null && !property.IsStatic,
        IFieldSymbol field => !field.IsReadOnly && !field.IsConst && !field.IsStatic,
        _ => false,
    };
}
