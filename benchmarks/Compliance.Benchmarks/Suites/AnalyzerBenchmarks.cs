using System.Collections.Immutable;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using Compliance.Benchmarks.Analyzer;
using Compliance.Rules.Annotations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Compliance.Benchmarks.Suites;

/// <summary>
/// What the analyzers add to compiling a 1 000-file host: parse + bind every file and collect the
/// compiler's diagnostics, without and with the Compliance analyzers
/// (<see cref="CompilationWithAnalyzers"/>). Emit is left out of both, so the overhead measured is
/// an upper bound of what a full build sees.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory(Categories.Analyzer)]
public class AnalyzerBenchmarks
{
    private IReadOnlyList<(string Path, string Text)> _files = [];
    private MetadataReference[] _references = [];
    private ImmutableArray<DiagnosticAnalyzer> _analyzers;

    [GlobalSetup]
    public void Setup()
    {
        _files = GeneratedHost.Files();
        _references = HostReferences.All();
        _analyzers = ComplianceAnalyzers.Load();
    }

    [Benchmark(Baseline = true)]
    public int CompileWithoutAnalyzers() => NewCompilation().GetDiagnostics().Length;

    [Benchmark]
    public int CompileWithAnalyzers() =>
        NewCompilation().WithAnalyzers(_analyzers).GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length;

    /// <summary>The host's compilation, parsed afresh (a build parses every time).</summary>
    /// <returns>The compilation.</returns>
    internal CSharpCompilation NewCompilation()
    {
        var parse = new CSharpParseOptions(LanguageVersion.CSharp12);
        var trees = _files.Select(f => CSharpSyntaxTree.ParseText(f.Text, parse, f.Path)).ToArray();
        return CSharpCompilation.Create(
            "Host.Rms",
            trees,
            _references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }
}

/// <summary>The host's references: the running framework's assemblies and Compliance.Rules (for the attributes).</summary>
internal static class HostReferences
{
    public static MetadataReference[] All()
    {
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "System.Collections.dll" or "System.Linq.dll" or "netstandard.dll");
        return [.. framework.Append(typeof(ReclassifiesRecordAttribute).Assembly.Location).Select(p => MetadataReference.CreateFromFile(p))];
    }
}

/// <summary>The analyzers of the Compliance.Analyzers assembly, found by reflection (as a compiler host loads them).</summary>
internal static class ComplianceAnalyzers
{
    public static ImmutableArray<DiagnosticAnalyzer> Load()
    {
        var assembly = Assembly.Load("Compliance.Analyzers");
        var analyzers = assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        return analyzers.IsEmpty
            ? throw new InvalidOperationException("Compliance.Analyzers holds no analyzer: nothing to measure")
            : analyzers;
    }
}
