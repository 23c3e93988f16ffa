using System.Collections.Immutable;
using Compliance.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Compliance.Analyzers;

/// <summary>
/// Warns host systems that change or cancel a record's classification without the justification the
/// crime-recording rules require (CMP001–CMP003). Members are marked with the Compliance.Rules.Annotations
/// attributes (matched by full name) or with documentation ids in .editorconfig / .globalconfig.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ComplianceAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Cmp001MissingJustification.Descriptor,
        Cmp002PlaceholderJustification.Descriptor,
        Cmp003InsufficientGrounds.Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            var session = ComplianceSession.TryCreate(start.Compilation, start.Options);
            if (session is not null)
            {
                var handlers = new OperationHandlers(session);
                start.RegisterOperationAction(handlers.OnCall, OperationKind.Invocation, OperationKind.ObjectCreation);
                start.RegisterOperationAction(handlers.OnAssignment, OperationKind.SimpleAssignment, OperationKind.CompoundAssignment, OperationKind.CoalesceAssignment);
            }
        });
    }
}
