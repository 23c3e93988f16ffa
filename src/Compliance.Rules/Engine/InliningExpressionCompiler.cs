using System.Linq.Expressions;
using Compliance.Rules.Expressions;
using NRules.Extensibility;

namespace Compliance.Rules.Engine;

/// <summary>
/// How NRules compiles the rule expressions of a pack: quantifiers inlined into loops first (see
/// <see cref="QuantifierInliner"/>), then <see cref="DelegateCompiler"/>. NRules still compares and shares
/// the expressions as written; only the delegates it runs are built from the rewritten trees.
/// </summary>
/// <param name="onCompiled">Told of each delegate as it is compiled, so that its machine code can be prepared meanwhile (<see cref="DelegatePreparation"/>).</param>
internal sealed class InliningExpressionCompiler(Action<Delegate>? onCompiled = null) : IExpressionCompiler
{
    /// <inheritdoc />
    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate
    {
        var compiled = DelegateCompiler.Compile(QuantifierInliner.Inline(expression));
        onCompiled?.Invoke(compiled);
        return compiled;
    }
}
