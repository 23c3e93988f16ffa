using System.Text.RegularExpressions;
using Compliance.Analyzers.Tests.Robustness;
using Compliance.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Compliance.Analyzers.Cost;

/// <summary>A generated host: the same 1 000 files, with the model marked, unmarked, or without the attributes at all.</summary>
internal sealed partial class Scenario
{
    private Scenario(string name, IReadOnlyList<SyntaxTree> trees)
    {
        Name = name;
        Trees = trees;
    }

    public string Name { get; }

    public IReadOnlyList<SyntaxTree> Trees { get; }

    public static IReadOnlyList<Scenario> All(int files, int seed)
    {
        var generator = new HostGenerator(seed);
        var hostFiles = Enumerable.Range(0, files).Select(i => generator.File(i, methods: 4)).ToArray();
        var compliantGenerator = new HostGenerator(seed, compliant: true);
        var compliantFiles = Enumerable.Range(0, files).Select(i => compliantGenerator.File(i, methods: 4)).ToArray();
        var unmarkedModel = MarkUsage().Replace(HostSources.Model, "");
        return
        [
            Create("marked, every change justified", compliantFiles, HostSources.Annotations, HostSources.Model),
            Create("marked, most changes wrong", hostFiles, HostSources.Annotations, HostSources.Model),
            Create("attributes present, nothing marked", hostFiles, HostSources.Annotations, unmarkedModel),
            Create("no attributes in the compilation", hostFiles, unmarkedModel),
        ];
    }

    /// <summary>Files of the on-disk host for `dotnet build` runs: the package provides the attributes.</summary>
    /// <param name="kind">compliant (every change justified), wrong (most changes wrong), or unmarked (the same code, no marks).</param>
    public static IEnumerable<(string Name, string Text)> FilesForPackageHost(int files, int seed, string kind)
    {
        var generator = new HostGenerator(seed, compliant: kind != "wrong");
        yield return ("Model.cs", kind == "unmarked" ? MarkUsage().Replace(HostSources.Model, "") : HostSources.Model);
        for (var i = 0; i < files; i++)
        {
            yield return ($"Generated/File{i:D4}.cs", generator.File(i, methods: 4));
        }
    }

    private static Scenario Create(string name, string[] hostFiles, params string[] support)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = hostFiles.Select((text, i) => CSharpSyntaxTree.ParseText(text, options, $"/host/File{i}.cs"))
            .Concat(support.Select((text, i) => CSharpSyntaxTree.ParseText(text, options, $"/host/Support{i}.cs")))
            .ToArray();
        return new Scenario(name, trees);
    }

    [GeneratedRegex(@"\[(ReclassifiesRecord|JustificationField|InsufficientGrounds)(\([^\]]*\))?\]")]
    private static partial Regex MarkUsage();
}
