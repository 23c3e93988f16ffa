using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Compliance.Analyzers.Tests.Robustness;

/// <summary>Analyzer config options from dictionaries, for <c>CompilationWithAnalyzers</c> runs without files.</summary>
internal sealed class DictionaryOptionsProvider(
    IReadOnlyDictionary<string, string> global,
    Func<SyntaxTree, IReadOnlyDictionary<string, string>>? perTree = null) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(global);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) =>
        perTree is null ? DictionaryOptions.Empty : new DictionaryOptions(perTree(tree));

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => DictionaryOptions.Empty;

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(ImmutableDictionary<string, string>.Empty);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
