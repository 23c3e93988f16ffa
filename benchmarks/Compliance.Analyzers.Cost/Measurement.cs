using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Compliance.Analyzers.Cost;

/// <summary>
/// Times, on fresh compilations of a scenario: the compiler alone (GetDiagnostics), the compiler with an
/// empty analyzer (the analyzer driver's own cost), and the compiler with ComplianceAnalyzer, run
/// concurrently as csc does — wall-clock and process CPU time, the latter less disturbed by other load on
/// the machine. Also reads the analyzer's summed callback time from the driver's telemetry (in a
/// sequential run).
/// </summary>
internal static class Measurement
{
    private static readonly CSharpCompilation Empty = CSharpCompilation.Create(
        "Host",
        [],
        Basic.Reference.Assemblies.Net80.References.All,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static async Task<Result> RunAsync(Scenario scenario, int iterations)
    {
        var compiler = new List<Sample>();
        var baseline = new List<Sample>();
        var withAnalyzer = new List<Sample>();
        var callbacks = new List<double>();
        int? findings = null;

        // Warm-up: JIT-compile the compiler and the analyzer before anything is timed.
        await Analyze(Fresh(scenario), new ComplianceAnalyzer(), telemetry: false);
        for (var i = 0; i < iterations; i++)
        {
            compiler.Add(Time(() => Fresh(scenario).GetDiagnostics()));
            baseline.Add(await TimeAsync(() => Analyze(Fresh(scenario), new EmptyAnalyzer(), telemetry: false)));
            withAnalyzer.Add(await TimeAsync(() => Analyze(Fresh(scenario), new ComplianceAnalyzer(), telemetry: false)));

            var (count, callbackTime) = await Telemetry(Fresh(scenario));
            callbacks.Add(callbackTime.TotalMilliseconds);
            if (findings is not null && findings != count)
            {
                throw new InvalidOperationException($"{scenario.Name}: {count} findings, earlier run {findings}");
            }

            findings = count;
        }

        return new Result(
            scenario.Name,
            scenario.Trees.Count,
            findings ?? 0,
            Minimum(compiler.Select(s => s.WallMs)),
            Minimum(baseline.Select(s => s.WallMs)),
            Minimum(withAnalyzer.Select(s => s.WallMs)),
            Minimum(compiler.Select(s => s.CpuMs)),
            Minimum(baseline.Select(s => s.CpuMs)),
            Minimum(withAnalyzer.Select(s => s.CpuMs)),
            Minimum(callbacks));
    }

    private static CSharpCompilation Fresh(Scenario scenario) => Empty.AddSyntaxTrees(scenario.Trees);

    private static async Task Analyze(Compilation compilation, DiagnosticAnalyzer analyzer, bool telemetry) =>
        await compilation.WithAnalyzers([analyzer], Options(telemetry)).GetAllDiagnosticsAsync();

    private static async Task<(int Findings, TimeSpan Callbacks)> Telemetry(Compilation compilation)
    {
        var analyzer = new ComplianceAnalyzer();
        var result = await compilation.WithAnalyzers([analyzer], Options(telemetry: true)).GetAnalysisResultAsync(CancellationToken.None);
        var findings = result.GetAllDiagnostics().Count(d => d.Id.StartsWith("CMP", StringComparison.Ordinal));
        var failures = result.GetAllDiagnostics().Count(d => d.Id == "AD0001");
        if (failures > 0)
        {
            throw new InvalidOperationException($"{failures} analyzer exceptions (AD0001)");
        }

        return (findings, result.AnalyzerTelemetryInfo[analyzer].ExecutionTime);
    }

    // The telemetry run is sequential: concurrent callbacks on a busy machine would time each other's waits.
    private static CompilationWithAnalyzersOptions Options(bool telemetry) =>
        new(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: !telemetry, logAnalyzerExecutionTime: telemetry);

    private static Sample Time(Action action)
    {
        GC.Collect();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        action();
        return new Sample(watch.Elapsed.TotalMilliseconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
    }

    private static async Task<Sample> TimeAsync(Func<Task> action)
    {
        GC.Collect();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        await action();
        return new Sample(watch.Elapsed.TotalMilliseconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
    }

    // The minimum, not the median: the machine is shared, and other load only ever adds time.
    private static double Minimum(IEnumerable<double> samples) => samples.Min();

    /// <summary>Wall-clock and process CPU time (all threads) of one run.</summary>
    private readonly record struct Sample(double WallMs, double CpuMs);

    internal sealed record Result(
        string Scenario,
        int Files,
        int Findings,
        double CompilerMs,
        double EmptyAnalyzerMs,
        double ComplianceAnalyzerMs,
        double CompilerCpuMs,
        double EmptyAnalyzerCpuMs,
        double ComplianceAnalyzerCpuMs,
        double CallbackMs);

    /// <summary>The baseline: an analyzer the driver must run but that registers nothing.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class EmptyAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Unused = new("EMPTY01", "Unused", "Unused", "Baseline", DiagnosticSeverity.Hidden, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Unused];

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        }
    }
}
