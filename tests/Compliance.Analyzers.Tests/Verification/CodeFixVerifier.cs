using Compliance.Analyzers.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Compliance.Analyzers.Tests.Verification;

/// <summary>Runs <see cref="AddMissingJustificationMembersCodeFix"/> (one by one and Fix All) over a test source plus <see cref="HostSources"/>.</summary>
internal static class CodeFixVerifier
{
    /// <param name="source">Code with the CMP001 diagnostics to fix marked.</param>
    /// <param name="fixedSource">The code after every fix, with the diagnostics that remain marked.</param>
    /// <param name="iterations">How many fix applications turn <paramref name="source"/> into <paramref name="fixedSource"/>.</param>
    public static Task VerifyAsync(string source, string fixedSource, int iterations = 1)
    {
        var test = new CSharpCodeFixTest<ComplianceAnalyzer, AddMissingJustificationMembersCodeFix, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
            TestCode = source,
            FixedCode = fixedSource,
            NumberOfIncrementalIterations = iterations,
            NumberOfFixAllIterations = iterations == 0 ? 0 : 1,
            NumberOfFixAllInDocumentIterations = iterations == 0 ? 0 : 1,
        };

        // The fix leaves `default!` for the developer to replace, so CMP001 stays: the fixed code's markup is expected.
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            state.Sources.Add(("/0/Annotations.cs", HostSources.Annotations));
            state.Sources.Add(("/0/Model.cs", HostSources.Model));
        }

        return test.RunAsync();
    }
}
