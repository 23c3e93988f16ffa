using System.Linq.Expressions;
using System.Reflection;
using Compliance.Rules.Engine;
using Compliance.Rules.Facts;
using Compliance.Rules.Timelines;

namespace Compliance.Rules.Expressions;

/// <summary>
/// The sandbox of rule expressions. DynamicExpresso is only the parser: by default it lets an
/// expression create objects, call <c>GetType()</c>, read the clock and assign. This visitor walks
/// every tree it returns and rejects anything not on a closed list — node kinds, types, members and
/// methods — so a rule pack can read a record and nothing else. Deny by default: a node kind not
/// handled here is rejected.
/// </summary>
internal sealed class AllowlistValidator : ExpressionVisitor
{
    /// <summary>Deepest lambda nesting allowed (quantifier inside quantifier inside quantifier).</summary>
    public const int MaxLambdaDepth = 3;

    /// <summary>Deepest expression tree allowed; far above any real rule, far below a stack overflow.</summary>
    public const int MaxTreeDepth = 100;

    private static readonly HashSet<string> LinqOperators =
    [
        nameof(Enumerable.Any), nameof(Enumerable.All), nameof(Enumerable.Count), nameof(Enumerable.Where),
        nameof(Enumerable.Select), nameof(Enumerable.Contains), nameof(Enumerable.Min), nameof(Enumerable.Max),
        nameof(Enumerable.DefaultIfEmpty), nameof(Enumerable.FirstOrDefault), nameof(Enumerable.LastOrDefault),
        nameof(Enumerable.First), nameof(Enumerable.Last), nameof(Enumerable.OrderBy), nameof(Enumerable.OrderByDescending),
        nameof(Enumerable.Distinct), nameof(Enumerable.Sum),
    ];

    private static readonly HashSet<string> StringMethods =
    [
        nameof(string.StartsWith), nameof(string.EndsWith), nameof(string.Contains), nameof(string.Equals),
        nameof(string.IsNullOrEmpty), nameof(string.IsNullOrWhiteSpace),
    ];

    private static readonly HashSet<Type> ValueTypes =
    [
        typeof(bool), typeof(int), typeof(long), typeof(double), typeof(decimal), typeof(string),
        typeof(DateTimeOffset), typeof(TimeSpan), typeof(DateOnly), typeof(object),
    ];

    private static readonly Assembly LibraryAssembly = typeof(RecordFacts).Assembly;

    // The entries a timeline lookup returns (their properties are readable); never the timelines themselves.
    private static readonly HashSet<Type> TimelineEntryTypes =
        [typeof(CountingRulesEntry), typeof(OutcomesEntry), typeof(VictimsCodeEntry), typeof(RightToReviewEntry), typeof(CancellationAuthority)];

    private static readonly HashSet<Type> NoTypes = [];

    private readonly IReadOnlySet<Type> _factsTypes;
    private int _lambdaDepth;
    private int _treeDepth;

    private AllowlistValidator(IReadOnlySet<Type> factsTypes)
    {
        _factsTypes = factsTypes;
    }

    /// <summary>Checks a tree; throws <see cref="DisallowedExpressionException"/> on the first construct outside the allowlist.</summary>
    /// <param name="expression">The tree.</param>
    /// <param name="factsTypes">
    /// Types beyond the record model whose properties may be read (and, for the first, whose public
    /// methods may be called): the facts of an incident stratum and what they hold. The layers above
    /// name them, so that this sandbox need not know every kind of facts.
    /// </param>
    public static void Validate(Expression expression, IReadOnlySet<Type>? factsTypes = null) => new AllowlistValidator(factsTypes ?? NoTypes).Visit(expression);

    /// <inheritdoc />
    public override Expression? Visit(Expression? node)
    {
        if (node is null)
        {
            return null;
        }

        if (++_treeDepth > MaxTreeDepth)
        {
            throw Deny($"expression nested deeper than {MaxTreeDepth} levels");
        }

        try
        {
            return node.NodeType switch
            {
                // Pure operators and structure.
                ExpressionType.AndAlso or ExpressionType.OrElse or ExpressionType.Not or ExpressionType.Conditional
                    or ExpressionType.Equal or ExpressionType.NotEqual or ExpressionType.LessThan or ExpressionType.LessThanOrEqual
                    or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual or ExpressionType.Add or ExpressionType.Subtract
                    or ExpressionType.Multiply or ExpressionType.Divide or ExpressionType.Modulo or ExpressionType.Negate
                    or ExpressionType.And or ExpressionType.Or or ExpressionType.Coalesce or ExpressionType.ArrayLength
                    or ExpressionType.ArrayIndex or ExpressionType.Parameter or ExpressionType.Default
                    or ExpressionType.Constant or ExpressionType.MemberAccess or ExpressionType.Call
                    or ExpressionType.Lambda or ExpressionType.Convert or ExpressionType.ConvertChecked or ExpressionType.Quote
                    or ExpressionType.NewArrayInit or ExpressionType.Index => base.Visit(node),
                _ => throw Deny(Describe(node.NodeType)),
            };
        }
        finally
        {
            _treeDepth--;
        }
    }

    /// <inheritdoc />
    protected override Expression VisitBinary(BinaryExpression node)
    {
        if (node.Method is { } method && !IsAllowedType(method.DeclaringType))
        {
            throw Deny($"operator {method.DeclaringType}.{method.Name}");
        }

        CheckType(node.Type);
        return base.VisitBinary(node);
    }

    /// <inheritdoc />
    protected override Expression VisitUnary(UnaryExpression node)
    {
        if (node.Method is { } method && !IsAllowedType(method.DeclaringType))
        {
            throw Deny($"conversion {method.DeclaringType}.{method.Name}");
        }

        CheckType(node.Type);
        return base.VisitUnary(node);
    }

    /// <inheritdoc />
    protected override Expression VisitConstant(ConstantExpression node)
    {
        if (node.Value is Type or MemberInfo or Delegate or Assembly)
        {
            throw Deny($"constant of type {node.Value.GetType()}");
        }

        CheckType(node.Type);
        return node;
    }

    /// <inheritdoc />
    protected override Expression VisitParameter(ParameterExpression node)
    {
        CheckType(node.Type);
        return node;
    }

    /// <inheritdoc />
    protected override Expression VisitMember(MemberExpression node)
    {
        var member = node.Member;
        var declaring = member.DeclaringType;
        var allowed = member switch
        {
            // Static members: only the named values of the model's enums and the extremes of time.
            FieldInfo { IsStatic: true } field => field.DeclaringType is { IsEnum: true } e && e.Assembly == LibraryAssembly,
            PropertyInfo property when IsStatic(property) => false,
            _ when declaring is null => false,
            _ when IsLibraryType(declaring) => member is PropertyInfo or FieldInfo { IsPublic: true },
            _ when Nullable.GetUnderlyingType(declaring) is not null => member.Name is "Value" or "HasValue",
            _ when declaring == typeof(TimeSpan) => member.Name.StartsWith("Total", StringComparison.Ordinal),
            _ when declaring == typeof(string) => member.Name == nameof(string.Length),
            _ when declaring == typeof(DateTimeOffset) => member.Name is nameof(DateTimeOffset.UtcDateTime) or nameof(DateTimeOffset.Offset),
            _ when IsCollection(declaring) => member.Name is "Count" or "Length",
            _ => false,
        };

        if (!allowed)
        {
            throw Deny($"member {Name(declaring)}.{member.Name}");
        }

        CheckType(node.Type);
        return base.VisitMember(node);
    }

    /// <inheritdoc />
    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var method = node.Method;
        var declaring = method.DeclaringType;
        var allowed =
            (declaring == typeof(Enumerable) && LinqOperators.Contains(method.Name))
            || ((declaring == typeof(RecordFacts) || (declaring is not null && _factsTypes.Contains(declaring))) && method.IsPublic && !method.IsStatic && !IsObjectMethod(method))
            || (declaring == typeof(string) && StringMethods.Contains(method.Name))
            || (method.Name == "get_Item" && declaring is not null && IsCollection(declaring));

        if (!allowed)
        {
            throw Deny($"method {Name(declaring)}.{method.Name}");
        }

        CheckType(node.Type);
        return base.VisitMethodCall(node);
    }

    /// <inheritdoc />
    protected override Expression VisitLambda<T>(Expression<T> node)
    {
        if (++_lambdaDepth > MaxLambdaDepth)
        {
            throw Deny($"lambdas nested deeper than {MaxLambdaDepth}");
        }

        try
        {
            return base.VisitLambda(node);
        }
        finally
        {
            _lambdaDepth--;
        }
    }

    /// <inheritdoc />
    protected override Expression VisitNewArray(NewArrayExpression node)
    {
        // DynamicExpresso builds these for params arguments; only arrays of plain values are allowed.
        var element = node.Type.GetElementType();
        if (node.NodeType != ExpressionType.NewArrayInit || element is null || !(ValueTypes.Contains(element) || element.IsEnum && element.Assembly == LibraryAssembly))
        {
            throw Deny("array creation");
        }

        return base.VisitNewArray(node);
    }

    /// <inheritdoc />
    protected override Expression VisitIndex(IndexExpression node)
    {
        if (node.Object is null || !IsCollection(node.Object.Type))
        {
            throw Deny("indexer");
        }

        return base.VisitIndex(node);
    }

    private void CheckType(Type type)
    {
        if (!IsAllowedType(type))
        {
            throw Deny($"value of type {Name(type)}");
        }
    }

    private bool IsAllowedType(Type? type)
    {
        if (type is null)
        {
            return false;
        }

        if (ValueTypes.Contains(type) || IsLibraryType(type))
        {
            return true;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return IsAllowedType(underlying);
        }

        if (type.IsArray)
        {
            return IsAllowedType(type.GetElementType());
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            var isAllowedShape = definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyList<>)
                || definition == typeof(IReadOnlyCollection<>) || definition == typeof(IOrderedEnumerable<>)
                || definition == typeof(Func<,>) || definition == typeof(Func<,,>) || definition == typeof(Func<,,,>)
                || definition == typeof(Expression<>) || definition == typeof(IReadOnlyDictionary<,>);
            return isAllowedShape && type.GetGenericArguments().All(IsAllowedType);
        }

        return false;
    }

    private bool IsLibraryType(Type type) =>
        _factsTypes.Contains(type)
        || (type.Assembly == LibraryAssembly
            && (type.Namespace == typeof(Records.CrimeRecord).Namespace || type == typeof(RecordFacts) || TimelineEntryTypes.Contains(type)));

    private bool IsCollection(Type type) =>
        type.IsArray
        || (type.IsGenericType && type.GetGenericTypeDefinition() is var d
            && (d == typeof(IReadOnlyList<>) || d == typeof(IReadOnlyCollection<>) || d == typeof(List<>)))
        || type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyCollection<>)) && IsAllowedType(type);

    private static bool IsStatic(PropertyInfo property) => (property.GetMethod ?? property.SetMethod)?.IsStatic == true;

    private static bool IsObjectMethod(MethodInfo method) =>
        method.Name is nameof(GetType) or nameof(ToString) or nameof(GetHashCode) or nameof(Equals) || method.DeclaringType == typeof(object);

    private static string Name(Type? type) => type is null ? "?" : type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.FullName ?? type.Name;

    private static string Describe(ExpressionType type) => type switch
    {
        ExpressionType.New or ExpressionType.MemberInit or ExpressionType.ListInit or ExpressionType.NewArrayBounds => "object creation",
        ExpressionType.Assign or ExpressionType.AddAssign or ExpressionType.SubtractAssign or ExpressionType.MultiplyAssign
            or ExpressionType.DivideAssign or ExpressionType.PreIncrementAssign or ExpressionType.PostIncrementAssign
            or ExpressionType.PreDecrementAssign or ExpressionType.PostDecrementAssign => "assignment",
        ExpressionType.TypeIs or ExpressionType.TypeAs or ExpressionType.TypeEqual => "type test",
        ExpressionType.Invoke => "delegate invocation",
        ExpressionType.Dynamic => "late binding",
        _ => $"construct '{type}'",
    };

    private static DisallowedExpressionException Deny(string what) => new($"disallowed in a rule expression: {what}");
}

/// <summary>An expression uses something outside the allowlist.</summary>
internal sealed class DisallowedExpressionException(string message) : Exception(message);
