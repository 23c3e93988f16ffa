using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Compliance.Benchmarks.Analyzer;

/// <summary>
/// An analyzer that registers nothing: what the analyzer driver itself costs. A real build always
/// runs some analyzers (the SDK's own are on by default), so the Compliance analyzers' share of a
/// build is their cost over this one.
/// </summary>
// Never shipped nor loaded by a compiler: only handed to CompilationWithAnalyzers in this process,
// so the rules for analyzer assemblies (extended rules, netstandard2.0 target, release tracking) do not apply.
#pragma warning disable RS1036, RS1041, RS2008
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptyAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Nothing = new("BENCH000", "Nothing", "Nothing", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Nothing];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
    }
}
#pragma warning restore RS1036, RS1041, RS2008
