using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using Compliance.Analyzers.Marking;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Compliance.Analyzers;

/// <summary>
/// Per-compilation state: the marking attribute types (resolved once), the marks for each distinct
/// configuration (project-wide <c>.globalconfig</c> keys, merged with a file's <c>.editorconfig</c> keys),
/// and the state of the operation blocks being analysed.
/// </summary>
internal sealed class ComplianceSession
{
    private readonly Compilation _compilation;
    private readonly AttributeMarks _attributeMarks;
    private readonly ConcurrentDictionary<string, Marks> _marksByConfiguration = new();
    private readonly ConcurrentDictionary<SyntaxTree, Marks> _marksByTree = new();

    // Keyed by the block's root operation, which every operation action of the block reaches through
    // Parent; weak keys, so a finished block's operations (and through them the compilation) can go.
    private readonly ConditionalWeakTable<IOperation, BlockState> _blocks = new();
    private readonly ConditionalWeakTable<IOperation, BlockState>.CreateValueCallback _createBlock = static root => new BlockState(root);

    private ComplianceSession(Compilation compilation, AnnotationTypes types)
    {
        _compilation = compilation;
        _attributeMarks = new AttributeMarks(types);
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

    /// <summary>The marks in force in the file of <paramref name="operation"/>.</summary>
    public Marks MarksFor(IOperation operation, AnalyzerOptions options)
    {
        var tree = operation.Syntax.SyntaxTree;
        return _marksByTree.TryGetValue(tree, out var marks) ? marks : AddMarks(tree, options.AnalyzerConfigOptionsProvider);
    }

    /// <summary>The block <paramref name="operation"/> belongs to, keyed by its root operation (shared by every action in the block).</summary>
    public BlockState BlockOf(IOperation operation)
    {
        var root = operation;
        for (var depth = 0; root.Parent is not null && depth < 100_000; depth++)
        {
            root = root.Parent;
        }

        return _blocks.GetValue(root, _createBlock);
    }

    // Apart from MarksFor so that its closure is allocated on a miss only, not on every call.
    private Marks AddMarks(SyntaxTree tree, AnalyzerConfigOptionsProvider provider) =>
        _marksByTree.GetOrAdd(tree, t => Create(t, provider));

    private Marks Create(SyntaxTree tree, AnalyzerConfigOptionsProvider provider)
    {
        var global = provider.GlobalOptions;
        var local = provider.GetOptions(tree);
        var values = new string?[MarkingKeys.All.Length];
        var cacheKey = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Merge(Value(global, MarkingKeys.All[i]), Value(local, MarkingKeys.All[i]));
            cacheKey.Append(values[i]).Append('\n');
        }

        return _marksByConfiguration.GetOrAdd(cacheKey.ToString(), _ => new Marks(
            _attributeMarks,
            cacheKey.Length == values.Length ? ConfiguredMarks.Empty : ConfiguredMarks.Parse(_compilation, key => values[System.Array.IndexOf(MarkingKeys.All, key)])));
    }

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
