using Compliance.Benchmarks.Analyzer;
using Compliance.Benchmarks.Suites;
using Compliance.Rules.Records;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Compliance.Benchmarks.Tests;

/// <summary>The analyzer suite's generated host is valid C#: the benchmark measures a real compile, not error recovery.</summary>
public sealed class AnalyzerHostTests
{
    [Fact]
    public void The_generated_host_compiles_without_errors()
    {
        var compilation = HostCompilation.Create(GeneratedHost.Files(), HostCompilation.References());

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToArray();

        Assert.Equal(GeneratedHost.FileCount, compilation.SyntaxTrees.Count());
        Assert.True(errors.Length == 0, string.Join(Environment.NewLine, errors.Select(e => e.ToString())));
    }

    [Fact]
    public async Task The_analyzers_report_exactly_the_faults_the_host_plants_and_never_crash()
    {
        var compilation = HostCompilation.Create(GeneratedHost.Files(200), HostCompilation.References());

        var diagnostics = await compilation.WithAnalyzers(ComplianceAnalyzers.Load()).GetAnalyzerDiagnosticsAsync();

        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        var reported = diagnostics.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(GeneratedHost.PlantedFaults(200).OrderBy(p => p.Key), reported.OrderBy(p => p.Key));
    }
}
