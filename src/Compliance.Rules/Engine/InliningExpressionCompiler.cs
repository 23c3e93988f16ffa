using System.Linq.Expressions;
using Compliance.Rules.Expressions;
using NRules.Extensibility;

namespace Compliance.Rules.Engine;

/// <summary>
/// How NRules compiles the rule expressions of a pack: quantifiers inlined into loops first (see
/// <see cref="QuantifierInliner"/>), then the standard compiler. NRules still compares and shares
/// the expressions as written; only the delegates it runs are built from the rewritten trees.
/// </summary>
internal sealed class InliningExpressionCompiler : IExpressionCompiler
{
    /// <inheritdoc />
    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate =>
        QuantifierInliner.Inline(expression).Compile();
}
