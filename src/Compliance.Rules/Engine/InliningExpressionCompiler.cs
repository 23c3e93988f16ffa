using System.Collections.Concurrent;
using System.Linq.Expressions;
using Compliance.Rules.Expressions;
using NRules.Extensibility;

namespace Compliance.Rules.Engine;

/// <summary>
/// How NRules compiles the rule expressions of a pack: quantifiers inlined into loops first (see
/// <see cref="QuantifierInliner"/>), then <see cref="DelegateCompiler"/>. NRules still compares and shares
/// the expressions as written; only the delegates it runs are built from the rewritten trees.
/// </summary>
internal sealed class InliningExpressionCompiler : IExpressionCompiler
{
    private readonly ConcurrentQueue<Delegate> _compiled = new();

    /// <summary>The delegates compiled so far, in the order NRules asked for them.</summary>
    public IReadOnlyCollection<Delegate> Compiled => _compiled;

    /// <inheritdoc />
    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate
    {
        var compiled = DelegateCompiler.Compile(QuantifierInliner.Inline(expression));
        _compiled.Enqueue(compiled);
        return compiled;
    }
}
