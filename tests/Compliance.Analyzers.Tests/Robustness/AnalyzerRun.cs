using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Compliance.Analyzers.Tests.Robustness;

/// <summary>
/// Runs <see cref="ComplianceAnalyzer"/> through <c>CompilationWithAnalyzers</c> on .NET 8 reference
/// assemblies (no network), collecting every analyzer exception and every AD0001.
/// </summary>
internal static class AnalyzerRun
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static async Task<RunResult> RunAsync(
        IEnumerable<(string Path, string Source)> files,
        IEnumerable<MetadataReference>? extraReferences = null,
        AnalyzerConfigOptionsProvider? options = null)
    {
        var trees = files.Select(file => CSharpSyntaxTree.ParseText(file.Source, ParseOptions, file.Path)).ToArray();
        var compilation = CreateCompilation(trees, extraReferences);
        var exceptions = new ConcurrentBag<string>();
        var analyzerOptions = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, options ?? new DictionaryOptionsProvider(new Dictionary<string, string>()));
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(new ComplianceAnalyzer()),
            new CompilationWithAnalyzersOptions(
                analyzerOptions,
                onAnalyzerException: (exception, _, _) => exceptions.Add(exception.ToString()),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        var failures = exceptions.Concat(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString())).ToArray();
        return new RunResult(diagnostics, failures);
    }

    // Compilations derived from one empty compilation share its bound reference assemblies: binding the
    // 160 .NET 8 reference assemblies again for every batch would dominate the run time.
    private static readonly CSharpCompilation Empty = CSharpCompilation.Create(
        "Host",
        [],
        Basic.Reference.Assemblies.Net80.References.All,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));

    public static CSharpCompilation CreateCompilation(IEnumerable<SyntaxTree> trees, IEnumerable<MetadataReference>? extraReferences = null)
    {
        var extra = extraReferences?.ToArray() ?? [];
        return (extra.Length == 0 ? Empty : Empty.AddReferences(extra)).AddSyntaxTrees(trees);
    }

    /// <summary>Compiles sources into an in-memory assembly, so marks are read from metadata as from a NuGet package.</summary>
    public static MetadataReference CompileToReference(string assemblyName, params string[] sources)
    {
        var compilation = CreateCompilation(sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)))
            .WithAssemblyName(assemblyName);
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
        }

        return MetadataReference.CreateFromImage(stream.ToArray());
    }
}

internal sealed record RunResult(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<string> Failures);
