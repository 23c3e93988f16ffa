using System.Collections.Immutable;
using Compliance.Analyzers.Flow;
using Compliance.Analyzers.Marking;
using Compliance.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Compliance.Analyzers;

/// <summary>
/// The operation actions. Each call and assignment costs one cached mark lookup; only one that touches
/// a marked member pays for the block's index and the rules. Diagnostics are reported from operation
/// actions, so they show live in the IDE.
/// </summary>
internal sealed class OperationHandlers
{
    private readonly ComplianceSession _session;

    public OperationHandlers(ComplianceSession session) => _session = session;

    public void OnCall(OperationAnalysisContext context)
    {
        var (target, arguments) = context.Operation switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
            IObjectCreationOperation creation => (creation.Constructor, creation.Arguments),
            _ => (null, default(ImmutableArray<IArgumentOperation>)),
        };
        if (target is null || arguments.IsDefault)
        {
            return;
        }

        var marks = _session.MarksFor(context.Operation, context.Options);
        BlockState? block = null;
        if (marks.IsReclassifier(target))
        {
            block = _session.BlockOf(context.Operation);
            ReportChange(new ChangeSites(marks, block.Index).ForCall(context.Operation), marks, block, context);
        }

        foreach (var argument in arguments)
        {
            if (argument is { ArgumentKind: not ArgumentKind.DefaultValue, Value: { } value, Parameter: { } parameter }
                && marks.IsJustification(parameter))
            {
                block ??= _session.BlockOf(context.Operation);
                Cmp002PlaceholderJustification.Check(value, parameter.Name, marks, block, context.ReportDiagnostic);
            }
        }
    }

    public void OnAssignment(OperationAnalysisContext context)
    {
        if (context.Operation is not IAssignmentOperation assignment)
        {
            return;
        }

        var member = assignment.Target switch
        {
            IPropertyReferenceOperation property => (ISymbol)property.Property,
            IFieldReferenceOperation field => field.Field,
            _ => null,
        };
        if (member is null)
        {
            return;
        }

        var marks = _session.MarksFor(context.Operation, context.Options);
        BlockState? block = null;
        if (marks.IsReclassifier(member))
        {
            block = _session.BlockOf(assignment);
            ReportChange(new ChangeSites(marks, block.Index).ForAssignment(assignment), marks, block, context);
        }

        if (assignment is ISimpleAssignmentOperation { Value: { } value } && marks.IsJustification(member))
        {
            block ??= _session.BlockOf(assignment);
            Cmp002PlaceholderJustification.Check(value, member.Name, marks, block, context.ReportDiagnostic);
        }
    }

    private static void ReportChange(ChangeSite? site, Marks marks, BlockState block, OperationAnalysisContext context)
    {
        if (site is null)
        {
            return;
        }

        Cmp001MissingJustification.Check(site, context.ReportDiagnostic);
        Cmp003InsufficientGrounds.Check(site, marks, block.Index, context.ReportDiagnostic);
    }
}
