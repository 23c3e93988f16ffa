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
    /// <param name="site">The change: a later write counts only when it always runs where the change does.</param>
    /// <param name="onlyWritesBeforeSite">A call sees only what was written before it; an assignment's siblings may follow it.</param>
    public static JustificationInput Input(
        string name,
        string memberName,
        ISymbol? member,
        List<MemberWrite> writes,
        IOperation? constructorValue,
        bool missingWhenUnset,
        BodyIndex body,
        IOperation site,
        bool onlyWritesBeforeSite)
    {
        var type = TypeOf(member);
        var values = ImmutableArray<IOperation>.Empty;
        var written = false;
        var unknown = false;
        MemberWrite? last = null;
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

            var start = write.Assignment.Syntax.SpanStart;
            if ((!onlyWritesBeforeSite || start < site.Syntax.SpanStart)
                && (last is null || start > last.Value.Assignment.Syntax.SpanStart))
            {
                last = write;
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

        // `request.Reason = null;` after an initializer (or an earlier line) that set it: the last write wins
        // when it always runs before the change. One that may not run (a branch, a loop, a lambda) leaves the
        // earlier value possible, so it is not reported: a warning must be certain.
        if (last is { Value: { } lastValue } lastWrite && IsNullOrDefault(lastValue, body) && AlwaysRunsWith(lastWrite.Assignment, site))
        {
            return new JustificationInput(name, type, InputState.Missing, ImmutableArray<IOperation>.Empty);
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

    /// <summary>
    /// True when <paramref name="write"/> runs whenever <paramref name="site"/> does: no branch, loop, catch,
    /// lambda or local function lies between the write and the innermost operation that holds both. A
    /// <c>?.</c> counts as running: when its receiver is null the change gets nothing either.
    /// </summary>
    public static bool AlwaysRunsWith(IOperation write, IOperation site)
    {
        var siteSpan = site.Syntax.Span;
        var siteTree = site.Syntax.SyntaxTree;
        var child = write;
        var parent = write.Parent;
        for (var depth = 0; parent is not null && depth < 256; depth++)
        {
            if (parent.Syntax.SyntaxTree == siteTree && parent.Syntax.Span.Contains(siteSpan))
            {
                return true;
            }

            switch (parent)
            {
                case IConditionalOperation conditional when !ReferenceEquals(conditional.Condition, child):
                case ILoopOperation:
                case ISwitchOperation:
                case ISwitchCaseOperation:
                case ISwitchExpressionArmOperation:
                case ICatchClauseOperation:
                case IAnonymousFunctionOperation:
                case ILocalFunctionOperation:
                case ICoalesceOperation coalesce when ReferenceEquals(coalesce.WhenNull, child):
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr } binary
                    when ReferenceEquals(binary.RightOperand, child):
                    return false;
            }

            child = parent;
            parent = parent.Parent;
        }

        return false;
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
