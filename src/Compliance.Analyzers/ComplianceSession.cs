using System.Collections.Concurrent;
using System.Text;
using Compliance.Analyzers.Marking;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Compliance.Analyzers;

/// <summary>
/// Per-compilation state: the marking attribute types (resolved once) and the marks for each distinct
/// configuration (project-wide <c>.globalconfig</c> keys, merged with a file's <c>.editorconfig</c> keys).
/// </summary>
internal sealed class ComplianceSession
{
    private readonly Compilation compilation;
    private readonly AttributeMarks attributeMarks;
    private readonly ConcurrentDictionary<string, Marks> marksByConfiguration = new();
    private readonly ConcurrentDictionary<SyntaxTree, Marks> marksByTree = new();

    private ComplianceSession(Compilation compilation, AnnotationTypes types)
    {
        this.compilation = compilation;
        attributeMarks = new AttributeMarks(types);
    }

    /// <summary>Null when nothing in the compilation can be marked: the analyzer then costs nothing.</summary>
    public static ComplianceSession? TryCreate(Compilation compilation, AnalyzerOptions options)
    {
        var types = AnnotationTypes.Resolve(compilation);
        if (types.IsEmpty && !HasMarkingKeys(compilation, options.AnalyzerConfigOptionsProvider))
        {
            return null;
        }

        return new ComplianceSession(compilation, types);
    }

    public void OnOperationBlockStart(OperationBlockStartAnalysisContext context)
    {
        var blocks = context.OperationBlocks;
        if (blocks.IsDefaultOrEmpty || blocks[0]?.Syntax?.SyntaxTree is not { } tree)
        {
            return;
        }

        var block = new BlockAnalysis(MarksFor(tree, context.Options.AnalyzerConfigOptionsProvider));
        context.RegisterOperationAction(block.OnCall, OperationKind.Invocation, OperationKind.ObjectCreation);
        context.RegisterOperationAction(block.OnAssignment, OperationKind.SimpleAssignment, OperationKind.CompoundAssignment, OperationKind.CoalesceAssignment);
        context.RegisterOperationBlockEndAction(block.OnBlockEnd);
    }

    private Marks MarksFor(SyntaxTree tree, AnalyzerConfigOptionsProvider provider) =>
        marksByTree.GetOrAdd(tree, t =>
        {
            var global = provider.GlobalOptions;
            var local = provider.GetOptions(t);
            var values = new string?[MarkingKeys.All.Length];
            var cacheKey = new StringBuilder();
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Merge(Value(global, MarkingKeys.All[i]), Value(local, MarkingKeys.All[i]));
                cacheKey.Append(values[i]).Append('\n');
            }

            return marksByConfiguration.GetOrAdd(cacheKey.ToString(), _ => new Marks(
                attributeMarks,
                cacheKey.Length == values.Length ? ConfiguredMarks.Empty : ConfiguredMarks.Parse(compilation, key => values[System.Array.IndexOf(MarkingKeys.All, key)])));
        });

    private static string? Merge(string? global, string? local)
    {
        if (string.IsNullOrWhiteSpace(local) || local == global)
        {
            return global;
        }

        return string.IsNullOrWhiteSpace(global) ? local : global + MarkingKeys.EntrySeparator + local;
    }

    private static string? Value(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) ? value : null;

    private static bool HasMarkingKeys(Compilation compilation, AnalyzerConfigOptionsProvider provider)
    {
        if (HasMarkingKeys(provider.GlobalOptions))
        {
            return true;
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            if (HasMarkingKeys(provider.GetOptions(tree)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasMarkingKeys(AnalyzerConfigOptions options)
    {
        foreach (var key in MarkingKeys.All)
        {
            if (options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                return true;
            }
        }

        return false;
    }
}
