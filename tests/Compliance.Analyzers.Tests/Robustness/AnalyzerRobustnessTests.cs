using Compliance.Analyzers.Marking;
using Compliance.Analyzers.Tests.Verification;

namespace Compliance.Analyzers.Tests.Robustness;

/// <summary>
/// An analyzer exception surfaces as AD0001 in every build of every host, so the analyzer runs here over
/// thousands of generated and deliberately broken sources, with odd attribute declarations and odd
/// configuration; any exception fails the test. The sources are seeded: a failure is reproducible.
/// </summary>
public sealed class AnalyzerRobustnessTests
{
    private const int Seed = 20_090_701;
    private const int BatchSize = 40;

    [Fact]
    public async Task Generated_hosts_with_marks_from_source_or_metadata_never_throw_and_are_analysed()
    {
        var generator = new HostGenerator(Seed);
        var files = Enumerable.Range(0, 200).Select(i => ($"/gen/File{i}.cs", generator.File(i, methods: 4))).ToList();
        var model = AnalyzerRun.CompileToReference("Host.Model", HostSources.Annotations, HostSources.Model);

        var fromSource = await RunBatchesAsync(files, withModelSource: true);
        var fromMetadata = await RunBatchesAsync(files, withModelSource: false, [model]);

        Assert.Empty(fromSource.Failures);
        Assert.Empty(fromMetadata.Failures);
        foreach (var id in new[] { "CMP001", "CMP002", "CMP003" })
        {
            Assert.Contains(fromSource.Diagnostics, d => d.Id == id);
        }

        // Marks read from a referenced assembly give the same findings as marks declared in source.
        Assert.Equal(Summary(fromSource), Summary(fromMetadata));
    }

    [Fact]
    public async Task Generated_compliant_hosts_get_no_diagnostics()
    {
        var generator = new HostGenerator(Seed, compliant: true);
        var files = Enumerable.Range(0, 120).Select(i => ($"/ok/File{i}.cs", generator.File(i, methods: 4))).ToList();

        var result = await RunBatchesAsync(files, withModelSource: true);

        Assert.Empty(result.Failures);
        Assert.Empty(result.Diagnostics.Where(d => d.Id.StartsWith("CMP", StringComparison.Ordinal)).Select(d => d.ToString()));
    }

    [Fact]
    public async Task Broken_sources_never_throw()
    {
        var mutator = new SourceMutator(Seed);
        var generator = new HostGenerator(Seed + 1);
        var seeds = TrickySources.Hosts
            .Concat([HostSources.Model, HostSources.Annotations])
            .Concat(Enumerable.Range(0, 12).Select(i => generator.File(1000 + i, methods: 3)))
            .ToList();
        var broken = seeds
            .SelectMany((seed, s) => mutator.Mutate(seed, count: 120).Select((text, m) => ($"/broken/S{s}M{m}.cs", text)))
            .ToList();

        var result = await RunBatchesAsync(broken, withModelSource: true);

        Assert.True(broken.Count >= 2000, $"only {broken.Count} broken sources");
        Assert.Empty(result.Failures);
    }

    [Fact]
    public async Task Odd_attribute_declarations_never_throw()
    {
        var hosts = TrickySources.Hosts.Select((text, i) => ($"/tricky/Host{i}.cs", text)).ToList();
        var generator = new HostGenerator(Seed + 2);
        hosts.AddRange(Enumerable.Range(0, 10).Select(i => ($"/gen/Odd{i}.cs", generator.File(2000 + i, methods: 4))));

        foreach (var annotations in TrickySources.OddAnnotations)
        {
            var files = hosts.Append(("/0/Annotations.cs", annotations)).Append(("/0/Model.cs", HostSources.Model));
            var result = await AnalyzerRun.RunAsync(files);
            Assert.Empty(result.Failures);
        }
    }

    [Fact]
    public async Task Tricky_hosts_are_analysed_without_exceptions()
    {
        var files = TrickySources.Hosts.Select((text, i) => ($"/tricky/Host{i}.cs", text))
            .Append(("/0/Annotations.cs", HostSources.Annotations))
            .Append(("/0/Model.cs", HostSources.Model));

        var result = await AnalyzerRun.RunAsync(files);

        Assert.Empty(result.Failures);
        Assert.Contains(result.Diagnostics, d => d.Id == "CMP001");
    }

    [Theory]
    [InlineData("M:")]
    [InlineData("P: | F: | T: | N: | E: | !:x | :")]
    [InlineData("=> | => Reason | ||| |")]
    [InlineData("M:Host.Rms.CrimeService.Cancel( | M:Host.Rms.CrimeService.Cancel(Host.Rms.Crime,,) => ,,")]
    [InlineData("P:Host.Rms.Crime.Status => Status, Status | P:Host.Rms.Crime.Status => ReasonCode")]
    [InlineData("M:Host.Rms.CrimeService.Reclassify(Host.Rms.Crime,System.String,System.String,System.String) => reason, nope, | F:Host.Rms.AviKind.Cctv")]
    [InlineData("T:Host.Rms.Crime | N:Host.Rms | M:Host.Rms.Crime..ctor | M:Host.Rms.Crime.#ctor | M:Host.Rms.Crime..cctor")]
    [InlineData("M:System.String.Concat(System.String,System.String) | P:System.String.Length | F:System.String.Empty")]
    [InlineData("\u00e9\u00e8 | \0 | \t\t | M:Host.Rms.CrimeService.Tag(Host.Rms.Crime,Host.Rms.AviKind,System.String) => kind, note")]
    public async Task Odd_configuration_values_never_throw(string value)
    {
        var options = MarkingKeys.All.ToDictionary(key => key, _ => value);
        var generator = new HostGenerator(Seed + 3);
        var files = TrickySources.Hosts.Select((text, i) => ($"/tricky/Host{i}.cs", text))
            .Concat(Enumerable.Range(0, 10).Select(i => ($"/gen/Cfg{i}.cs", generator.File(3000 + i, methods: 3))))
            .Append(("/0/Annotations.cs", HostSources.Annotations))
            .Append(("/0/Model.cs", HostSources.Model));

        var globalOnly = await AnalyzerRun.RunAsync(files, options: new DictionaryOptionsProvider(options));
        var perTree = await AnalyzerRun.RunAsync(files, options: new DictionaryOptionsProvider(options, tree => tree.FilePath.Contains("Cfg1") ? options : new Dictionary<string, string>()));

        Assert.Empty(globalOnly.Failures);
        Assert.Empty(perTree.Failures);
    }

    [Fact]
    public async Task Long_values_and_deep_nesting_never_throw()
    {
        var deepLambda = string.Concat(Enumerable.Repeat("System.Action a = () => { ", 60)) + "service.Reclassify(crime, \"8N\", null);" + string.Concat(Enumerable.Repeat(" };", 60));
        var longChain = "var r0 = new CancelRequest();" + string.Concat(Enumerable.Range(1, 200).Select(i => $" var r{i} = r{i - 1};")) + " service.Cancel(crime, r200);";
        var bigArray = "service.CancelFor(crime, " + string.Join(", ", Enumerable.Repeat("AviKind.VictimRetraction", 2000)) + ");";
        var source = $$"""
            using Host.Rms;
            class Deep
            {
                void A(CrimeService service, Crime crime) { {{deepLambda}} }
                void B(CrimeService service, Crime crime) { {{longChain}} }
                void C(CrimeService service, Crime crime) { {{bigArray}} }
                void D(CrimeService service, Crime crime) { var self = self; service.Reclassify(crime, "x", self); }
            }
            """;
        var files = new[] { ("/deep/Deep.cs", source), ("/0/Annotations.cs", HostSources.Annotations), ("/0/Model.cs", HostSources.Model) };

        var result = await AnalyzerRun.RunAsync(files);

        Assert.Empty(result.Failures);
        Assert.Contains(result.Diagnostics, d => d.Id == "CMP003");
    }

    [Fact]
    public async Task CSharp14_hosts_compile_clean_are_analysed_and_never_throw()
    {
        var files = CSharp14Sources.Hosts.Select((text, i) => ($"/cs14/Host{i}.cs", text))
            .Append(("/0/Annotations.cs", HostSources.Annotations))
            .Append(("/0/Model.cs", HostSources.Model))
            .ToList();

        // Clean compilation first: a construct the parser only recovered from would test nothing.
        var compilation = AnalyzerRun.CreateCompilation(files.Select(f => Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(f.Item2, AnalyzerRun.ParseOptions, f.Item1)));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Select(d => d.ToString()).ToArray();
        Assert.Empty(errors);

        var result = await AnalyzerRun.RunAsync(files);

        Assert.Empty(result.Failures);
        var found = result.Diagnostics.Where(d => d.Id.StartsWith("CMP", StringComparison.Ordinal))
            .Select(d => $"{d.Id} {d.Location.SourceTree!.FilePath}:{d.Location.GetLineSpan().StartLinePosition.Line + 1} {d.Location.SourceTree.GetText().ToString(d.Location.SourceSpan)}")
            .Order(StringComparer.Ordinal)
            .ToArray();

        // Worked out by hand from the hosts: each is a change the analyzer must still see in C# 14 code.
        Assert.Contains("CMP001 /cs14/Host0.cs:39 crime.CancelAs(null)", found);
        Assert.Contains("CMP002 /cs14/Host0.cs:40 \"n/a\"", found);
        Assert.Contains("CMP001 /cs14/Host1.cs:10 crime?.Status = \"CANCELLED\"", found);
        Assert.Contains("CMP002 /cs14/Host1.cs:12 \"tbc\"", found);
        Assert.Contains("CMP001 /cs14/Host2.cs:26 crime.Status = \"CANCELLED\"", found);
        Assert.Contains("CMP002 /cs14/Host2.cs:27 \"\"", found);
        Assert.Contains("CMP001 /cs14/Host3.cs:30 new Reclassification(crime, null)", found);
        Assert.Contains("CMP002 /cs14/Host3.cs:31 \"see above\"", found);
        Assert.Contains("CMP003 /cs14/Host4.cs:28 service.Cancel(crime, new[] { AviKind.VictimRetraction })", found);
        Assert.Contains("CMP002 /cs14/Host4.cs:35 \"tbc\"", found);
        Assert.Contains("CMP001 /cs14/Host5.cs:33 crime.Reclassifications += 1", found);
    }

    [Fact]
    public async Task Broken_CSharp14_sources_never_throw()
    {
        var mutator = new SourceMutator(Seed + 14);
        var broken = CSharp14Sources.Hosts
            .SelectMany((seed, s) => mutator.Mutate(seed, count: 60).Select((text, m) => ($"/broken14/S{s}M{m}.cs", text)))
            .ToList();

        var result = await RunBatchesAsync(broken, withModelSource: true);

        Assert.Equal(CSharp14Sources.Hosts.Length * 60, broken.Count);
        Assert.Empty(result.Failures);
    }

    private static async Task<RunResult> RunBatchesAsync(
        IReadOnlyList<(string Path, string Source)> files,
        bool withModelSource,
        IEnumerable<Microsoft.CodeAnalysis.MetadataReference>? references = null)
    {
        var diagnostics = new List<Microsoft.CodeAnalysis.Diagnostic>();
        var failures = new List<string>();
        foreach (var batch in files.Chunk(BatchSize))
        {
            var batchFiles = withModelSource
                ? batch.Append(("/0/Annotations.cs", HostSources.Annotations)).Append(("/0/Model.cs", HostSources.Model))
                : batch;
            var result = await AnalyzerRun.RunAsync(batchFiles, references);
            diagnostics.AddRange(result.Diagnostics);
            failures.AddRange(result.Failures.Select(f => $"batch starting {batch[0].Path}: {f}"));
        }

        return new RunResult([.. diagnostics], failures);
    }

    private static string[] Summary(RunResult result) =>
        result.Diagnostics
            .Where(d => d.Id.StartsWith("CMP", StringComparison.Ordinal))
            .Select(d => $"{d.Location.GetLineSpan()} {d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .Order(StringComparer.Ordinal)
            .ToArray();
}
