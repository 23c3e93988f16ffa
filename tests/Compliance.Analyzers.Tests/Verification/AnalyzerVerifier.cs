using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Compliance.Analyzers.Tests.Verification;

/// <summary>Runs <see cref="ComplianceAnalyzer"/> over a test source plus <see cref="HostSources"/>.</summary>
internal static class AnalyzerVerifier
{
    /// <summary>Verifies the diagnostics marked in <paramref name="source"/> (and <paramref name="expected"/>) — no more, no fewer.</summary>
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        VerifyAsync(source, configuration: null, expected);

    /// <param name="configuration">Optional analyzer config files: (path, content), e.g. ("/.globalconfig", "is_global = true\n…").</param>
    public static Task VerifyAsync(string source, (string Path, string Content)[]? configuration, params DiagnosticResult[] expected)
    {
        var test = Create(source);
        foreach (var file in configuration ?? [])
        {
            test.TestState.AnalyzerConfigFiles.Add((file.Path, file.Content));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>
    /// As <see cref="VerifyAsync(string, DiagnosticResult[])"/>, with the sources compiled as C# 14 (the test
    /// project runs Roslyn 5.x; the analyzer, built against 4.8, sees the operations a C# 14 compiler gives it).
    /// </summary>
    public static Task VerifyCSharp14Async(string source, params DiagnosticResult[] expected)
    {
        var test = Create(source);
        test.SolutionTransforms.Add((solution, projectId) =>
        {
            var options = (CSharpParseOptions)solution.GetProject(projectId)!.ParseOptions!;
            return solution.WithProjectParseOptions(projectId, options.WithLanguageVersion(LanguageVersion.CSharp14));
        });
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<ComplianceAnalyzer, DefaultVerifier>.Diagnostic(id);

    private static CSharpAnalyzerTest<ComplianceAnalyzer, DefaultVerifier> Create(string source)
    {
        var test = new CSharpAnalyzerTest<ComplianceAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
            TestCode = source,
        };
        test.TestState.Sources.Add(("/0/Annotations.cs", HostSources.Annotations));
        test.TestState.Sources.Add(("/0/Model.cs", HostSources.Model));
        return test;
    }
}
