using System.Linq.Expressions;
using Compliance.Rules.Facts;

namespace Compliance.Rules.Expressions;

/// <summary>
/// Turns a parsed expression into a closed lambda over the facts: every pack parameter becomes a
/// constant with the value the pack (or its policy) gives it, and the facts parameter is renamed to
/// the name of the NRules pattern (NRules matches condition parameters to patterns by name).
/// </summary>
internal sealed class ParameterBinder : ExpressionVisitor
{
    /// <summary>The name of the fact pattern in every rule.</summary>
    public const string FactsName = "facts";

    private readonly Dictionary<ParameterExpression, Expression> _replacements = [];

    private ParameterBinder()
    {
    }

    /// <summary>Binds an expression.</summary>
    /// <typeparam name="TResult">The lambda's result type.</typeparam>
    /// <param name="parsed">The parsed expression.</param>
    /// <param name="values">Parameter values by name.</param>
    /// <param name="facts">The facts parameter to use (shared by all expressions of a rule).</param>
    /// <returns>The lambda <c>facts =&gt; …</c>.</returns>
    public static Expression<Func<RecordFacts, TResult>> Bind<TResult>(ParsedExpression parsed, IReadOnlyDictionary<string, object?> values, ParameterExpression facts) =>
        Bind<RecordFacts, TResult>(parsed, values, facts);

    /// <summary>Binds an expression over another kind of facts (the facts of an incident stratum of a plan).</summary>
    /// <typeparam name="TFacts">The facts type the expression was parsed against.</typeparam>
    /// <typeparam name="TResult">The lambda's result type.</typeparam>
    /// <param name="parsed">The parsed expression.</param>
    /// <param name="values">Parameter values by name.</param>
    /// <param name="facts">The facts parameter to use.</param>
    /// <returns>The lambda <c>facts =&gt; …</c>.</returns>
    public static Expression<Func<TFacts, TResult>> Bind<TFacts, TResult>(ParsedExpression parsed, IReadOnlyDictionary<string, object?> values, ParameterExpression facts)
    {
        var binder = new ParameterBinder();
        foreach (var parameter in parsed.Parameters)
        {
            binder._replacements[parameter] = parameter.Type == typeof(TFacts)
                ? facts
                : Expression.Constant(values[parameter.Name!], parameter.Type);
        }

        var body = binder.Visit(parsed.Body);
        if (body.Type != typeof(TResult))
        {
            body = Expression.Convert(body, typeof(TResult));
        }

        return Expression.Lambda<Func<TFacts, TResult>>(body, facts);
    }

    /// <inheritdoc />
    protected override Expression VisitParameter(ParameterExpression node) =>
        _replacements.TryGetValue(node, out var replacement) ? replacement : node;
}
