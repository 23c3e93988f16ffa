using System.Collections.Immutable;
using Compliance.Analyzers;
using Compliance.Analyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Compliance.AnalyzerDocs;

/// <summary>What the shipped analyzer and code fixes declare about each diagnostic.</summary>
internal static class AnalyzerCatalog
{
    /// <summary>Every diagnostic the analyzer reports, by id, with the code fixes that offer to fix it.</summary>
    public static IReadOnlyList<DiagnosticInfo> Read()
    {
        var fixes = typeof(AddMissingJustificationMembersCodeFix).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(CodeFixProvider)) && !t.IsAbstract)
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
            .ToArray();
        return new ComplianceAnalyzer().SupportedDiagnostics
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => new DiagnosticInfo(d, fixes.Where(f => f.FixableDiagnosticIds.Contains(d.Id)).ToImmutableArray()))
            .ToArray();
    }
}

/// <summary>A diagnostic with its code fixes.</summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, ImmutableArray<CodeFixProvider> Fixes);
