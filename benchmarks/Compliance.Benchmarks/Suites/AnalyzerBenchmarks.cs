using System.Collections.Immutable;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using Compliance.Benchmarks.Analyzer;
using Compliance.Benchmarks.Data;
using Compliance.Rules.Annotations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Compliance.Benchmarks.Suites;

/// <summary>
/// What the analyzers add to compiling a 1 000-file host: parse + bind every file and collect the
/// compiler's diagnostics, without analyzers, with an analyzer that does nothing (the cost of the
/// analyzer driver, which any build with analyzers pays), and with the Compliance analyzers
/// (<see cref="CompilationWithAnalyzers"/>). Emit is left out of all three, so the overhead
/// measured is an upper bound of what a full build sees.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory(Categories.Analyzer)]
[WarmupCount(3)]
[MaxIterationCount(25)] // seconds per operation: a noisy machine would otherwise run 100 iterations of each
public class AnalyzerBenchmarks
{
    private IReadOnlyList<(string Path, string Text)> _files = [];
    private MetadataReference[] _references = [];
    private ImmutableArray<DiagnosticAnalyzer> _analyzers;

    [GlobalSetup]
    public void Setup()
    {
        _files = GeneratedHost.Files(Shared.Smoke ? 100 : GeneratedHost.FileCount);
        _references = HostCompilation.References();
        _analyzers = ComplianceAnalyzers.Load();
    }

    [Benchmark(Baseline = true)]
    public int CompileWithoutAnalyzers() => HostCompilation.Create(_files, _references).GetDiagnostics().Length;

    [Benchmark]
    public int CompileWithEmptyAnalyzer() =>
        HostCompilation.Create(_files, _references).WithAnalyzers([new EmptyAnalyzer()]).GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length;

    [Benchmark]
    public int CompileWithAnalyzers() =>
        HostCompilation.Create(_files, _references).WithAnalyzers(_analyzers).GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length;
}

/// <summary>Compiles the generated host the way the suite does.</summary>
public static class HostCompilation
{
    /// <summary>The host's compilation, parsed afresh (a build parses every time).</summary>
    /// <param name="files">The files (<see cref="GeneratedHost.Files"/>).</param>
    /// <param name="references">The references (<see cref="References"/>).</param>
    /// <returns>The compilation, not yet bound.</returns>
    public static CSharpCompilation Create(IReadOnlyList<(string Path, string Text)> files, MetadataReference[] references)
    {
        var parse = new CSharpParseOptions(LanguageVersion.CSharp12);
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Text, parse, f.Path)).ToArray();
        return CSharpCompilation.Create(
            "Host.Rms",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>The host's references: the running framework's core assemblies and Compliance.Rules (for the attributes).</summary>
    /// <returns>The references.</returns>
    public static MetadataReference[] References()
    {
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "System.Collections.dll" or "System.Linq.dll" or "netstandard.dll");
        return [.. framework.Append(typeof(ReclassifiesRecordAttribute).Assembly.Location).Select(p => MetadataReference.CreateFromFile(p))];
    }
}

/// <summary>The analyzers of the Compliance.Analyzers assembly, found by reflection (as a compiler host loads them).</summary>
public static class ComplianceAnalyzers
{
    /// <summary>Creates one instance of each analyzer.</summary>
    /// <returns>The analyzers.</returns>
    /// <exception cref="InvalidOperationException">The assembly holds none.</exception>
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
