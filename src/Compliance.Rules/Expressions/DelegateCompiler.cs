using System.Linq.Expressions;
using FastExpressionCompiler;

namespace Compliance.Rules.Expressions;

/// <summary>
/// Turns the pack's expression trees into delegates: FastExpressionCompiler first, which emits the
/// IL straight from the tree, and the framework's compiler for any tree it declines.
/// </summary>
/// <remarks>
/// Why: the framework's compiler spent 100–110 ms of an audit's start-up on the built-in pack's
/// conditions (it rewrites the whole tree into a stack-spilling form before it emits). The delegates
/// do the same work either way; the reports are compared byte for byte in the tests and benchmarks.
/// </remarks>
internal static class DelegateCompiler
{
    /// <summary>Compiles one tree.</summary>
    /// <typeparam name="TDelegate">The delegate type.</typeparam>
    /// <param name="expression">The tree.</param>
    /// <returns>The delegate.</returns>
    public static TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate =>
        expression.CompileFast(ifFastFailedReturnNull: true) ?? expression.Compile();
}
