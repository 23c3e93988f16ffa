using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Compliance.Analyzers.Marking;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Compliance.Analyzers.Flow;

/// <summary>Builds the <see cref="ChangeSite"/> of a marked call or assignment.</summary>
internal sealed class ChangeSites
{
    private readonly Marks marks;
    private readonly BodyIndex body;

    public ChangeSites(Marks marks, BodyIndex body)
    {
        this.marks = marks;
        this.body = body;
    }

    /// <summary>A call of a marked method (<see cref="IInvocationOperation"/>) or constructor (<see cref="IObjectCreationOperation"/>).</summary>
    public ChangeSite? ForCall(IOperation call)
    {
        var (target, arguments) = call switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
            IObjectCreationOperation creation => (creation.Constructor, creation.Arguments),
            _ => (null, default),
        };
        if (target is null || arguments.IsDefault)
        {
            return null;
        }

        var inputs = new List<JustificationInput>();
        var fixes = new List<FixTarget>();
        foreach (var argument in arguments)
        {
            if (argument?.Parameter is not { } parameter)
            {
                continue;
            }

            var isJustification = marks.IsJustification(parameter);
            var members = marks.JustificationMembersOf(parameter.Type);
            if (isJustification)
            {
                inputs.Add(ParameterInput(argument, parameter));
            }

            if (!members.IsEmpty)
            {
                AddArgumentMembers(argument, parameter, members, reportNull: !isJustification, inputs, fixes);
            }
        }

        return new ChangeSite(call, DisplayName(target), inputs, fixes);
    }

    /// <summary>An assignment (simple, compound or <c>??=</c>) of a marked property or field.</summary>
    public ChangeSite? ForAssignment(IAssignmentOperation assignment)
    {
        var (member, instance) = assignment.Target switch
        {
            IPropertyReferenceOperation property => ((ISymbol?)property.Property, property.Instance),
            IFieldReferenceOperation field => (field.Field, field.Instance),
            _ => (null, null),
        };
        var receiver = member is null ? null : ReceiverKey.Of(instance, member);
        if (member is null || receiver is null)
        {
            return null;
        }

        var created = instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
            ? ReceiverKey.InitializedObject(instance)
            : null;
        var receiverType = instance?.Type ?? member.ContainingType;
        var writes = body.WritesTo(receiver);
        var inputs = new List<JustificationInput>();
        var absent = ImmutableArray.CreateBuilder<string>();
        foreach (var name in marks.RequiredMembers(member))
        {
            if (string.Equals(name, member.Name, StringComparison.Ordinal))
            {
                continue;
            }

            var sibling = FindMember(receiverType, name);
            var constructorValue = created is IObjectCreationOperation creation ? ConstructorValue(creation, name) : null;
            var input = MemberInput(name, name, sibling, writes, constructorValue, missingWhenUnset: true);
            inputs.Add(input);
            if (input.State == InputState.Missing && constructorValue is null && !IsWritten(writes, name) && IsSettable(sibling))
            {
                absent.Add(name);
            }
        }

        var fixes = created is not null && absent.Count > 0 && IsFixable(created.Syntax)
            ? new[] { new FixTarget(created.Syntax, absent.ToImmutable()) }
            : Array.Empty<FixTarget>();
        return new ChangeSite(assignment, (member.ContainingType?.Name ?? "?") + "." + member.Name, inputs, fixes);
    }

    private JustificationInput ParameterInput(IArgumentOperation argument, IParameterSymbol parameter)
    {
        var value = argument.Value;
        if (argument.ArgumentKind == ArgumentKind.DefaultValue || value is null)
        {
            return new JustificationInput(parameter.Name, parameter.Type, InputState.Missing, ImmutableArray<IOperation>.Empty);
        }

        if (argument.ArgumentKind == ArgumentKind.ParamArray && Elements.Of(value, body).Count == 0)
        {
            return new JustificationInput(parameter.Name, parameter.Type, InputState.Missing, ImmutableArray<IOperation>.Empty);
        }

        return IsNullOrDefault(value)
            ? new JustificationInput(parameter.Name, parameter.Type, InputState.Missing, ImmutableArray<IOperation>.Empty)
            : new JustificationInput(parameter.Name, parameter.Type, InputState.Supplied, ImmutableArray.Create(value));
    }

    private void AddArgumentMembers(
        IArgumentOperation argument,
        IParameterSymbol parameter,
        ImmutableArray<ISymbol> members,
        bool reportNull,
        List<JustificationInput> inputs,
        List<FixTarget> fixes)
    {
        var value = argument.Value;
        if (argument.ArgumentKind == ArgumentKind.DefaultValue || value is null || IsNullOrDefault(value))
        {
            if (reportNull)
            {
                inputs.Add(new JustificationInput(parameter.Name, parameter.Type, InputState.Missing, ImmutableArray<IOperation>.Empty));
            }

            return;
        }

        var known = body.KnownObject(value);
        if (known is null)
        {
            foreach (var member in members)
            {
                inputs.Add(new JustificationInput(parameter.Name + "." + member.Name, TypeOf(member), InputState.Unknown, ImmutableArray<IOperation>.Empty));
            }

            return;
        }

        var writes = body.WritesTo(ReceiverKey.ForCreated(known));
        var creation = known as IObjectCreationOperation;
        var missingWhenUnset = creation is not null && LeavesUnsetMembersEmpty(creation.Constructor);
        var absent = ImmutableArray.CreateBuilder<string>();
        foreach (var member in members)
        {
            var constructorValue = creation is null ? null : ConstructorValue(creation, member.Name);
            var input = MemberInput(parameter.Name + "." + member.Name, member.Name, member, writes, constructorValue, missingWhenUnset);
            inputs.Add(input);
            if (input.State == InputState.Missing && constructorValue is null && !IsWritten(writes, member.Name) && IsSettable(member))
            {
                absent.Add(member.Name);
            }
        }

        if (absent.Count > 0 && IsFixable(known.Syntax))
        {
            fixes.Add(new FixTarget(known.Syntax, absent.ToImmutable()));
        }
    }

    private JustificationInput MemberInput(string name, string memberName, ISymbol? member, List<MemberWrite> writes, IOperation? constructorValue, bool missingWhenUnset)
    {
        var type = TypeOf(member);
        var values = ImmutableArray.CreateBuilder<IOperation>();
        var written = false;
        var unknown = false;
        if (constructorValue is not null)
        {
            written = true;
            values.Add(constructorValue);
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
                values.Add(write.Value);
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
            if (!IsNullOrDefault(value))
            {
                return new JustificationInput(name, type, InputState.Supplied, values.ToImmutable());
            }
        }

        return new JustificationInput(name, type, InputState.Missing, ImmutableArray<IOperation>.Empty);
    }

    private bool IsNullOrDefault(IOperation value) => Values.IsNullOrDefault(value) || Values.IsNullOrDefault(body.Resolve(value));

    private static bool IsWritten(List<MemberWrite> writes, string name)
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
    private static bool LeavesUnsetMembersEmpty(IMethodSymbol? constructor)
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
    private static IOperation? ConstructorValue(IObjectCreationOperation creation, string memberName)
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

    private static ISymbol? FindMember(ITypeSymbol? type, string name)
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

    private static ITypeSymbol? TypeOf(ISymbol? member) => member switch
    {
        IPropertySymbol property => property.Type,
        IFieldSymbol field => field.Type,
        _ => null,
    };

    private static bool IsSettable(ISymbol? member) => member switch
    {
        IPropertySymbol property => property.SetMethod is not null && !property.IsStatic,
        IFieldSymbol field => !field.IsReadOnly && !field.IsConst && !field.IsStatic,
        _ => false,
    };

    private static bool IsFixable(SyntaxNode node) =>
        node is ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax or WithExpressionSyntax;

    private static string DisplayName(IMethodSymbol method)
    {
        if (method.MethodKind == MethodKind.Constructor)
        {
            return "new " + (method.ContainingType?.Name ?? "?");
        }

        return method.MethodKind == MethodKind.LocalFunction || method.ContainingType is null
            ? method.Name
            : method.ContainingType.Name + "." + method.Name;
    }
}
