using System.Collections.Generic;
using Compliance.Analyzers.Flow;
using Compliance.Analyzers.Marking;
using Compliance.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace Compliance.Analyzers;

/// <summary>
/// One operation block (a method, constructor, accessor, initializer, lambdas included): operation
/// actions collect the marked calls and assignments cheaply; the block-end action indexes the body
/// (only when something was collected) and runs the rules. Diagnostics are reported from the block,
/// so they show live in the IDE.
/// </summary>
internal sealed class BlockAnalysis
{
    private readonly Marks marks;
    private readonly object gate = new();
    private readonly List<IOperation> changeCalls = new();
    private readonly List<IAssignmentOperation> changeAssignments = new();
    private readonly List<PlaceholderCandidate> placeholderCandidates = new();

    public BlockAnalysis(Marks marks) => this.marks = marks;

    public void OnCall(OperationAnalysisContext context)
    {
        var (target, arguments) = context.Operation switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
            IObjectCreationOperation creation => (creation.Constructor, creation.Arguments),
            _ => (null, default),
        };
        if (target is null || arguments.IsDefault)
        {
            return;
        }

        var isChange = marks.IsReclassifier(target);
        lock (gate)
        {
            if (isChange)
            {
                changeCalls.Add(context.Operation);
            }

            foreach (var argument in arguments)
            {
                if (argument is { ArgumentKind: not ArgumentKind.DefaultValue, Value: { } value, Parameter: { } parameter }
                    && marks.IsJustification(parameter))
                {
                    placeholderCandidates.Add(new PlaceholderCandidate(value, parameter.Name));
                }
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

        var isChange = marks.IsReclassifier(member);
        var isJustification = assignment is ISimpleAssignmentOperation && assignment.Value is not null && marks.IsJustification(member);
        if (!isChange && !isJustification)
        {
            return;
        }

        lock (gate)
        {
            if (isChange)
            {
                changeAssignments.Add(assignment);
            }

            if (isJustification)
            {
                placeholderCandidates.Add(new PlaceholderCandidate(assignment.Value!, member.Name));
            }
        }
    }

    public void OnBlockEnd(OperationBlockAnalysisContext context)
    {
        lock (gate)
        {
            if (changeCalls.Count == 0 && changeAssignments.Count == 0 && placeholderCandidates.Count == 0)
            {
                return;
            }

            var body = BodyIndex.Build(context.OperationBlocks);
            var sites = new ChangeSites(marks, body);
            foreach (var call in changeCalls)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                Report(sites.ForCall(call), body, context);
            }

            foreach (var assignment in changeAssignments)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                Report(sites.ForAssignment(assignment), body, context);
            }

            var reported = new HashSet<TextSpan>();
            foreach (var candidate in placeholderCandidates)
            {
                Cmp002PlaceholderJustification.Check(candidate.Value, candidate.FieldName, marks, body, reported, context.ReportDiagnostic);
            }
        }
    }

    private void Report(ChangeSite? site, BodyIndex body, OperationBlockAnalysisContext context)
    {
        if (site is null)
        {
            return;
        }

        Cmp001MissingJustification.Check(site, context.ReportDiagnostic);
        Cmp003InsufficientGrounds.Check(site, marks, body, context.ReportDiagnostic);
    }

    private readonly struct PlaceholderCandidate
    {
        public PlaceholderCandidate(IOperation value, string fieldName)
        {
            Value = value;
            FieldName = fieldName;
        }

        public IOperation Value { get; }

        public string FieldName { get; }
    }
}
