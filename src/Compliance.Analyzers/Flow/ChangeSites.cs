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
    private readonly Marks _marks;
    private readonly BodyIndex _body;

    public ChangeSites(Marks marks, BodyIndex body)
    {
        _marks = marks;
        _body = body;
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

            var isJustification = _marks.IsJustification(parameter);
            var members = _marks.JustificationMembersOf(parameter.Type);
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
        var writes = _body.WritesTo(receiver);
        var inputs = new List<JustificationInput>();
        var absent = ImmutableArray.CreateBuilder<string>();
        foreach (var name in _marks.RequiredMembers(member))
        {
            if (string.Equals(name, member.Name, StringComparison.Ordinal))
            {
                continue;
            }

            var sibling = MemberInputs.FindMember(receiverType, name);
            var constructorValue = created is IObjectCreationOperation creation ? MemberInputs.ConstructorValue(creation, name) : null;
            var input = MemberInputs.Input(name, name, sibling, writes, constructorValue, missingWhenUnset: true, _body, assignment, onlyWritesBeforeSite: false);
            inputs.Add(input);
            if (input.State == InputState.Missing && constructorValue is null && !MemberInputs.IsWritten(writes, name) && MemberInputs.IsSettable(sibling))
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

        if (argument.ArgumentKind == ArgumentKind.ParamArray && Elements.Of(value, _body).Count == 0)
        {
            return new JustificationInput(parameter.Name, parameter.Type, InputState.Missing, ImmutableArray<IOperation>.Empty);
        }

        return MemberInputs.IsNullOrDefault(value, _body)
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
        if (argument.ArgumentKind == ArgumentKind.DefaultValue || value is null || MemberInputs.IsNullOrDefault(value, _body))
        {
            if (reportNull)
            {
                inputs.Add(new JustificationInput(parameter.Name, parameter.Type, InputState.Missing, ImmutableArray<IOperation>.Empty));
            }

            return;
        }

        var known = _body.KnownObject(value);
        if (known is null)
        {
            foreach (var member in members)
            {
                inputs.Add(new JustificationInput(parameter.Name + "." + member.Name, MemberInputs.TypeOf(member), InputState.Unknown, ImmutableArray<IOperation>.Empty));
            }

            return;
        }

        var writes = _body.WritesTo(ReceiverKey.ForCreated(known));
        var creation = known as IObjectCreationOperation;
        var missingWhenUnset = creation is not null && MemberInputs.LeavesUnsetMembersEmpty(creation.Constructor);
        var absent = ImmutableArray.CreateBuilder<string>();
        foreach (var member in members)
        {
            var constructorValue = creation is null ? null : MemberInputs.ConstructorValue(creation, member.Name);
            var input = MemberInputs.Input(parameter.Name + "." + member.Name, member.Name, member, writes, constructorValue, missingWhenUnset, _body, argument.Parent ?? argument, onlyWritesBeforeSite: true);
            inputs.Add(input);
            if (input.State == InputState.Missing && constructorValue is null && !MemberInputs.IsWritten(writes, member.Name) && MemberInputs.IsSettable(member))
            {
                absent.Add(member.Name);
            }
        }

        if (absent.Count > 0 && IsFixable(known.Syntax))
        {
            fixes.Add(new FixTarget(known.Syntax, absent.ToImmutable()));
        }
    }

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
