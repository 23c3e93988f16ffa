using System.Linq.Expressions;
using Compliance.Rules.Engine;
using Compliance.Rules.Expressions;
using Compliance.Rules.Facts;
using Compliance.Rules.Packs;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Compliance.Rules.Tests.Expressions;

/// <summary>
/// Inlining quantifiers into loops must change nothing but the cost: the same answers, the same
/// elements visited, the same exceptions.
/// </summary>
public sealed class QuantifierInlinerTests
{
    private static readonly Expression<Func<IReadOnlyList<int>, int, bool>> AnyAbove = (xs, t) => xs.Any(x => x > t);
    private static readonly Expression<Func<IReadOnlyList<int>, int, bool>> AllAbove = (xs, t) => xs.All(x => x > t);
    private static readonly Expression<Func<IReadOnlyList<int>, int, int>> CountAbove = (xs, t) => xs.Count(x => x > t);

    // Nested quantifiers whose inner predicate reads the outer element and the outer parameter.
    private static readonly Expression<Func<IReadOnlyList<int>, int, bool>> Nested =
        (xs, t) => xs.Any(x => xs.Count(y => y < x + t) > 1 && xs.All(y => y != x * t));

    [Property(MaxTest = 300)]
    public bool Any_all_and_count_answer_as_linq_does(int[] values, int threshold) =>
        Same(AnyAbove, values, threshold) && Same(AllAbove, values, threshold) && Same(CountAbove, values, threshold);

    [Property(MaxTest = 300)]
    public bool Nested_quantifiers_answer_as_linq_does(int[] values, int threshold) => Same(Nested, values, threshold);

    [Property(MaxTest = 200)]
    public Property Quantifiers_stop_at_the_same_element(int[] values, int threshold)
    {
        var reference = Visits((xs, visit) => xs.Any(x => visit(x) > threshold), values, inline: false);
        var inlined = Visits((xs, visit) => xs.Any(x => visit(x) > threshold), values, inline: true);
        var allReference = Visits((xs, visit) => xs.All(x => visit(x) > threshold), values, inline: false);
        var allInlined = Visits((xs, visit) => xs.All(x => visit(x) > threshold), values, inline: true);
        return (reference.SequenceEqual(inlined) && allReference.SequenceEqual(allInlined)).Label($"{string.Join(",", reference)} vs {string.Join(",", inlined)}");
    }

    [Property(MaxTest = 200)]
    public bool Lists_that_are_not_arrays_answer_as_arrays_do(int[] values, int threshold)
    {
        // The loop reads an array as an array and any other list through its interface.
        IReadOnlyList<int>[] kinds = [values, values.ToList(), new Wrapper(values)];
        return kinds.All(list => Same(AnyAbove, list, threshold) && Same(AllAbove, list, threshold) && Same(CountAbove, list, threshold) && Same(Nested, list, threshold));
    }

    [Property(MaxTest = 200)]
    public Property Lists_that_are_not_arrays_stop_at_the_same_element(int[] values, int threshold)
    {
        var reference = Visits((xs, visit) => xs.Any(x => visit(x) > threshold), new Wrapper(values), inline: false);
        var inlined = Visits((xs, visit) => xs.Any(x => visit(x) > threshold), new Wrapper(values), inline: true);
        return reference.SequenceEqual(inlined).Label($"{string.Join(",", reference)} vs {string.Join(",", inlined)}");
    }

    [Fact]
    public void An_array_of_a_narrower_type_is_read_as_its_elements()
    {
        // A string[] seen as IReadOnlyList<object>: two of the three words are longer than two letters.
        Expression<Func<IReadOnlyList<object>, int>> longWords = xs => xs.Count(x => x is string && ((string)x).Length > 2);
        Expression<Func<IReadOnlyList<object>, bool>> anyShort = xs => xs.Any(x => ((string)x).Length == 1);
        IReadOnlyList<object> words = new[] { "a", "abc", "abcd" };

        Assert.Equal(2, QuantifierInliner.Inline(longWords).Compile()(words));
        Assert.True(QuantifierInliner.Inline(anyShort).Compile()(words));
    }

    [Fact]
    public void A_null_list_throws_what_linq_throws()
    {
        var inlined = QuantifierInliner.Inline(AnyAbove).Compile();

        var error = Assert.Throws<ArgumentNullException>(() => inlined(null!, 0));

        Assert.Equal("source", error.ParamName);
        Assert.Equal(Assert.Throws<ArgumentNullException>(() => AnyAbove.Compile()(null!, 0)).Message, error.Message);
    }

    [Fact]
    public void Sources_that_are_not_lists_are_left_as_they_are()
    {
        Expression<Func<HashSet<int>, bool>> overSet = s => s.Any(x => x > 1);
        Expression<Func<IReadOnlyList<int>, bool>> withoutPredicate = xs => xs.Any();
        Func<int, bool> predicate = x => x > 1;
        Expression<Func<IReadOnlyList<int>, bool>> delegateNotLambda = xs => xs.Any(predicate);

        Assert.Same(overSet, QuantifierInliner.Inline(overSet));
        Assert.Same(withoutPredicate, QuantifierInliner.Inline(withoutPredicate));
        Assert.Same(delegateNotLambda, QuantifierInliner.Inline(delegateNotLambda));
    }

    [Fact]
    public void No_built_in_rule_condition_creates_a_delegate_when_it_runs()
    {
        // A nested lambda left in a compiled condition means a closure and a delegate built by
        // reflection on every evaluation: the cost the inliner exists to remove.
        var pack = RulePack.LoadBuiltIn();
        var facts = Expression.Parameter(typeof(RecordFacts), ParameterBinder.FactsName);
        var remaining = new List<string>();
        foreach (var rule in pack.Expressions.Where(e => e.Condition is not null))
        {
            foreach (var (what, parsed) in rule.Requirements.Select(r => ($"requires {r.Name}", r.When)).Append(("condition", rule.Condition!)))
            {
                var inlined = QuantifierInliner.Inline(ParameterBinder.Bind<bool>(parsed, pack.ParameterValues, facts));
                if (NestedLambdas.Count(inlined.Body) > 0)
                {
                    remaining.Add($"{rule.RuleId} {what}");
                }
            }
        }

        Assert.Empty(remaining);
    }

    [Property(MaxTest = 300)]
    public bool Evidence_sequences_fill_the_same_list_calling_the_same_lambdas_in_the_same_order(int[] values, int threshold)
    {
        var reference = EvidenceCalls((xs, log) => xs.Where(x => log(x) > threshold).Select(x => log(-x)), values, inline: false);
        var inlined = EvidenceCalls((xs, log) => xs.Where(x => log(x) > threshold).Select(x => log(-x)), values, inline: true);
        var selectOnly = EvidenceCalls((xs, log) => xs.Select(x => log(x) * 2), values, inline: false)
            .SequenceEqual(EvidenceCalls((xs, log) => xs.Select(x => log(x) * 2), values, inline: true));
        var whereOnly = EvidenceCalls((xs, log) => xs.Where(x => log(x) < threshold), values, inline: false)
            .SequenceEqual(EvidenceCalls((xs, log) => xs.Where(x => log(x) < threshold), values, inline: true));
        return reference.SequenceEqual(inlined) && selectOnly && whereOnly;
    }

    [Fact]
    public void No_built_in_evidence_creates_a_delegate_when_it_runs()
    {
        var pack = RulePack.LoadBuiltIn();
        var facts = Expression.Parameter(typeof(RecordFacts), ParameterBinder.FactsName);
        var remaining = pack.Expressions
            .SelectMany(rule => rule.Evidence.Select(e => (rule.RuleId, e.Name, e.Expression)))
            .Where(e => NestedLambdas.Count(QuantifierInliner.InlineEvidence(ParameterBinder.Bind<object?>(e.Expression, pack.ParameterValues, facts)).Body) > 0)
            .Select(e => $"{e.RuleId} {e.Name}")
            .ToList();

        Assert.Empty(remaining);
    }

    /// <summary>The calls the lambdas made, in order, then the values of the evidence.</summary>
    private static List<string> EvidenceCalls(Expression<Func<IReadOnlyList<int>, Func<int, int>, IEnumerable<int>>> sequence, int[] values, bool inline)
    {
        var calls = new List<string>();
        var log = new Func<int, int>(x =>
        {
            calls.Add($"call {x}");
            return x;
        });
        var body = Expression.Lambda<Func<IReadOnlyList<int>, object?>>(
            Expression.Convert(new Substitute(sequence.Parameters[1], Expression.Constant(log)).Visit(sequence.Body), typeof(object)),
            sequence.Parameters[0]);
        var compiled = (inline ? QuantifierInliner.InlineEvidence(body) : body).Compile();
        // Evidence is turned into a list at once (EvidenceFormatter.Normalise), as here.
        var items = ((System.Collections.IEnumerable)compiled(values)!).Cast<object>().ToList();
        calls.AddRange(items.Select(item => $"value {item}"));

        return calls;
    }

    private static bool Same<TResult>(Expression<Func<IReadOnlyList<int>, int, TResult>> expression, IReadOnlyList<int> values, int threshold) =>
        EqualityComparer<TResult>.Default.Equals(
            expression.Compile()(values, threshold),
            QuantifierInliner.Inline(expression).Compile()(values, threshold));

    private static List<int> Visits(Expression<Func<IReadOnlyList<int>, Func<int, int>, bool>> expression, IReadOnlyList<int> values, bool inline)
    {
        var visited = new List<int>();
        var compiled = (inline ? QuantifierInliner.Inline(expression) : expression).Compile();
        compiled(values, x =>
        {
            visited.Add(x);
            return x;
        });
        return visited;
    }

    /// <summary>A list that is not an array (nor a <see cref="List{T}"/>): read through its interface only.</summary>
    private sealed class Wrapper(int[] items) : IReadOnlyList<int>
    {
        public int Count => items.Length;

        public int this[int index] => items[index];

        public IEnumerator<int> GetEnumerator() => ((IEnumerable<int>)items).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private sealed class Substitute(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }

    private sealed class NestedLambdas : ExpressionVisitor
    {
        private int _count;

        public static int Count(Expression body)
        {
            var counter = new NestedLambdas();
            counter.Visit(body);
            return counter._count;
        }

        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            _count++;
            return base.VisitLambda(node);
        }
    }
}
