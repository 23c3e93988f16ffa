using System.Linq.Expressions;
using System.Reflection;

namespace Compliance.Rules.Expressions;

/// <summary>
/// Rewrites <c>list.Any(x =&gt; …)</c>, <c>list.All(x =&gt; …)</c> and <c>list.Count(x =&gt; …)</c>
/// over a list into an indexed loop with the predicate's body inlined, before an expression is
/// compiled to a delegate.
/// </summary>
/// <remarks>
/// Why: the expression compiler turns every nested lambda into a closure and a <em>new delegate,
/// created by reflection, each time the enclosing expression runs</em>. Rule conditions are full of
/// quantifiers over a record's lists, so creating those delegates was the largest single cost of
/// evaluating a record (measured on the built-in pack: about 40% of evaluation time, and most of
/// its allocation). A loop needs no delegate and no enumerator.
/// <para>
/// The rewrite keeps the meaning exactly: the same predicate runs on the same elements in the same
/// order, stops at the same element (so a predicate that would throw on a later element does not
/// run there either), and a null list throws the <see cref="ArgumentNullException"/> naming
/// <c>source</c> that <see cref="Enumerable"/> throws. Anything else — another method, a predicate
/// that is not a lambda written in place, a source that is not a list — is left as it is.
/// </para>
/// </remarks>
internal sealed class QuantifierInliner : ExpressionVisitor
{
    private static readonly ConstructorInfo ArgumentNullExceptionCtor = typeof(ArgumentNullException).GetConstructor([typeof(string)])!;

    private static readonly QuantifierInliner Instance = new();

    private QuantifierInliner()
    {
    }

    private enum Quantifier
    {
        Any,
        All,
        Count,
    }

    /// <summary>Rewrites every inlinable quantifier of a lambda.</summary>
    /// <typeparam name="TDelegate">The lambda's delegate type.</typeparam>
    /// <param name="lambda">The lambda.</param>
    /// <returns>The rewritten lambda (the same instance when nothing was inlinable).</returns>
    public static Expression<TDelegate> Inline<TDelegate>(Expression<TDelegate> lambda)
        where TDelegate : Delegate =>
        (Expression<TDelegate>)Instance.Visit(lambda);

    /// <summary>
    /// Rewrites an evidence expression: its quantifiers as <see cref="Inline{TDelegate}"/> does, and
    /// when the whole value is <c>list.Where(…)</c>, <c>list.Select(…)</c> or
    /// <c>list.Where(…).Select(…)</c>, one loop that fills a list.
    /// </summary>
    /// <remarks>
    /// Only at the root, because only there is the sequence known to be enumerated once and to the
    /// end (evidence is turned into a list straight away): filling it eagerly then calls the same
    /// lambdas on the same elements in the same order. Inside an expression a lazy sequence might be
    /// enumerated partly (<c>.Where(…).Any()</c>), so it is left alone there.
    /// </remarks>
    /// <param name="lambda">The evidence lambda.</param>
    /// <returns>The rewritten lambda.</returns>
    public static Expression<Func<TInput, object?>> InlineEvidence<TInput>(Expression<Func<TInput, object?>> lambda)
    {
        var inlined = Inline(lambda);
        var root = inlined.Body;
        while (root is UnaryExpression { NodeType: ExpressionType.Convert } convert)
        {
            root = convert.Operand;
        }

        return root is MethodCallExpression call && Instance.FillLoop(call) is { } loop
            ? Expression.Lambda<Func<TInput, object?>>(Expression.Convert(loop, typeof(object)), inlined.Parameters)
            : inlined;
    }

    /// <inheritdoc />
    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (Classify(node) is not { } quantifier
            || node.Arguments[1] is not LambdaExpression { Parameters.Count: 1 } predicate
            || ListView.Of(node.Arguments[0]) is not { } list
            || !predicate.Parameters[0].Type.IsAssignableFrom(list.ElementType))
        {
            return base.VisitMethodCall(node);
        }

        // Inner quantifiers first, so that a nested one becomes a loop inside this loop's body.
        var body = Visit(predicate.Body);
        return BuildLoop(quantifier, list, predicate.Parameters[0], body);
    }

    /// <summary>A loop that fills a list from <c>list.Where(p)</c>, <c>list.Select(f)</c> or <c>list.Where(p).Select(f)</c>; null for anything else.</summary>
    private Expression? FillLoop(MethodCallExpression call)
    {
        LambdaExpression? filter = null, projection = null;
        Expression source;
        if (IsSequenceOperator(call, nameof(Enumerable.Select), out var selector))
        {
            projection = selector;
            source = call.Arguments[0];
            if (WithoutWidening(source) is MethodCallExpression inner && IsSequenceOperator(inner, nameof(Enumerable.Where), out var predicate))
            {
                filter = predicate;
                source = inner.Arguments[0];
            }
        }
        else if (IsSequenceOperator(call, nameof(Enumerable.Where), out var predicate))
        {
            filter = predicate;
            source = call.Arguments[0];
        }
        else
        {
            return null;
        }

        var element = (filter ?? projection)!.Parameters[0];
        if (ListView.Of(source) is not { } list
            || !element.Type.IsAssignableFrom(list.ElementType)
            || (filter is not null && projection is not null && !projection.Parameters[0].Type.IsAssignableFrom(element.Type)))
        {
            return null;
        }

        var itemType = projection?.ReturnType ?? element.Type;
        var listType = typeof(List<>).MakeGenericType(itemType);
        var result = Expression.Variable(listType, "result");
        Expression onElement = Expression.Call(result, listType.GetMethod(nameof(List<int>.Add))!, projection is null ? element : Visit(projection.Body));
        if (filter is not null && projection is not null)
        {
            // The projection's parameter takes the element the filter let through.
            onElement = Expression.Block([projection.Parameters[0]], Expression.Assign(projection.Parameters[0], element), onElement);
        }

        if (filter is not null)
        {
            onElement = Expression.IfThen(Visit(filter.Body), onElement);
        }

        return Expression.Block(
            listType,
            [result],
            Expression.Assign(result, Expression.New(listType)),
            Loop(list, element, onElement, done: null),
            result);
    }

    private static bool IsSequenceOperator(MethodCallExpression call, string name, out LambdaExpression lambda)
    {
        lambda = null!;
        if (call.Method.DeclaringType != typeof(Enumerable) || call.Method.Name != name || call.Arguments.Count != 2
            || call.Arguments[1] is not LambdaExpression { Parameters.Count: 1 } candidate)
        {
            return false;
        }

        // Select's overload with an index takes two parameters; only the one-parameter lambdas are rewritten.
        lambda = candidate;
        return true;
    }

    private static Quantifier? Classify(MethodCallExpression node)
    {
        if (node.Method.DeclaringType != typeof(Enumerable) || node.Arguments.Count != 2 || !node.Method.IsGenericMethod)
        {
            return null;
        }

        return node.Method.Name switch
        {
            nameof(Enumerable.Any) => Quantifier.Any,
            nameof(Enumerable.All) => Quantifier.All,
            nameof(Enumerable.Count) => Quantifier.Count,
            _ => null,
        };
    }

    private static Expression BuildLoop(Quantifier quantifier, ListView list, ParameterExpression element, Expression body)
    {
        var result = quantifier == Quantifier.Count
            ? Expression.Variable(typeof(int), "result")
            : Expression.Variable(typeof(bool), "result");
        var done = Expression.Label("done");

        // Any: true at the first match; All: false at the first miss; Count: every match counted.
        Expression onElement = quantifier switch
        {
            Quantifier.Any => Expression.IfThen(body, Expression.Block(Expression.Assign(result, Expression.Constant(true)), Expression.Break(done))),
            Quantifier.All => Expression.IfThen(Expression.Not(body), Expression.Block(Expression.Assign(result, Expression.Constant(false)), Expression.Break(done))),
            _ => Expression.IfThen(body, Expression.PreIncrementAssign(result)),
        };
        Expression initial = quantifier switch
        {
            Quantifier.Any => Expression.Constant(false),
            Quantifier.All => Expression.Constant(true),
            _ => Expression.Constant(0),
        };

        return Expression.Block(
            result.Type,
            [result],
            Expression.Assign(result, initial),
            Loop(list, element, onElement, done),
            result);
    }

    /// <summary>
    /// <c>for (element = list[i]…) onElement</c> over a list evaluated once, throwing as
    /// <see cref="Enumerable"/> does for a null list; <paramref name="done"/> is the loop's exit,
    /// for <paramref name="onElement"/> to break to.
    /// </summary>
    /// <remarks>
    /// A record's lists are arrays behind their <see cref="IReadOnlyList{T}"/> type, and through the
    /// interface every <c>Count</c> and every element is a call the runtime dispatches by a stub (an
    /// array's even through a second, generic one): the loop reads an array as an array, and any other
    /// list through the interface as before. Same elements, same order: an array's
    /// <see cref="IReadOnlyList{T}"/> is its elements by index.
    /// </remarks>
    private static Expression Loop(ListView list, ParameterExpression element, Expression onElement, LabelTarget? done)
    {
        var source = Expression.Variable(list.Expression.Type, "source");
        var array = Expression.Variable(list.ElementType.MakeArrayType(), "array");
        var isArray = Expression.ReferenceNotEqual(array, Expression.Constant(null, array.Type));
        var count = Expression.Variable(typeof(int), "count");
        var index = Expression.Variable(typeof(int), "index");
        done ??= Expression.Label("done");
        return Expression.Block(
            typeof(void),
            [source, array, count, index, element],
            Expression.Assign(source, list.Expression),
            Expression.IfThen(
                Expression.ReferenceEqual(source, Expression.Constant(null, source.Type)),
                Expression.Throw(Expression.New(ArgumentNullExceptionCtor, Expression.Constant("source")))),
            Expression.Assign(array, Expression.TypeAs(source, array.Type)),
            Expression.Assign(count, Expression.Condition(isArray, Expression.ArrayLength(array), Expression.Property(source, list.CountProperty))),
            Expression.Assign(index, Expression.Constant(0)),
            Expression.Loop(
                Expression.IfThenElse(
                    Expression.LessThan(index, count),
                    Expression.Block(
                        Expression.Assign(element, Expression.Condition(isArray, Expression.ArrayIndex(array, index), Expression.Property(source, list.Indexer, index))),
                        onElement,
                        Expression.PreIncrementAssign(index)),
                    Expression.Break(done)),
                done));
    }

    /// <summary>The expression under conversions that only widen its type (to an interface it implements, to itself).</summary>
    private static Expression WithoutWidening(Expression expression)
    {
        while (expression is UnaryExpression { NodeType: ExpressionType.Convert } convert && convert.Operand.Type.IsAssignableTo(convert.Type) && !convert.Operand.Type.IsValueType)
        {
            expression = convert.Operand;
        }

        return expression;
    }

    /// <summary>A quantifier's source seen as a list with a count and an indexer.</summary>
    private sealed record ListView(Expression Expression, Type ElementType, PropertyInfo CountProperty, PropertyInfo Indexer)
    {
        public static ListView? Of(Expression source)
        {
            // The source is typed IEnumerable<T> for the call; look through that widening conversion.
            source = WithoutWidening(source);

            if (source.Type.IsValueType)
            {
                return null;
            }

            var readOnlyList = source.Type.IsGenericType && source.Type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
                ? source.Type
                : source.Type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyList<>));
            if (readOnlyList is null)
            {
                return null;
            }

            var elementType = readOnlyList.GetGenericArguments()[0];
            var view = Expression.Convert(source, readOnlyList);
            var countProperty = typeof(IReadOnlyCollection<>).MakeGenericType(elementType).GetProperty(nameof(IReadOnlyCollection<int>.Count))!;
            var indexer = readOnlyList.GetProperty("Item")!;
            return new ListView(view, elementType, countProperty, indexer);
        }
    }
}
