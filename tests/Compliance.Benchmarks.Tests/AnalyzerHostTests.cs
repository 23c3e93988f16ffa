using Compliance.Benchmarks.Analyzer;
using Compliance.Benchmarks.Suites;
using Microsoft.CodeAnalysis;

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
}
