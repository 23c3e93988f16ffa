using System.Linq.Expressions;
using Compliance.Rules.Facts;
using DynamicExpresso;
using DynamicExpresso.Exceptions;

namespace Compliance.Rules.Expressions;

/// <summary>
/// Parses rule expressions into typed trees over <see cref="RecordFacts"/>: DynamicExpresso parses,
/// <see cref="AllowlistValidator"/> decides what is allowed. Pack parameters are declared as typed
/// parameters at parse time, so a pack is checked once however a policy later sets their values
/// (<see cref="ParameterBinder"/> turns them into constants).
/// </summary>
internal sealed class ExpressionCompiler
{
    /// <summary>Longest expression text accepted.</summary>
    public const int MaxLength = 4000;

    /// <summary>Deepest bracket nesting accepted: the parser recurses per level, and no real rule needs more.</summary>
    public const int MaxBracketNesting = 32;

    private readonly Interpreter _interpreter;
    private readonly Parameter[] _parameters;
    private readonly IReadOnlySet<Type>? _factsTypes;

    /// <summary>Creates a compiler for one pack.</summary>
    /// <param name="parameterTypes">The pack's parameters and their types.</param>
    /// <param name="factsTypes">
    /// Null for expressions over <see cref="RecordFacts"/>; otherwise what <c>this</c> is (the first)
    /// and the further types its expressions may read (an incident stratum's facts, the incident log
    /// and its parts).
    /// </param>
    public ExpressionCompiler(IReadOnlyDictionary<string, Type> parameterTypes, IReadOnlyList<Type>? factsTypes = null)
    {
        _factsTypes = factsTypes is null ? null : factsTypes.ToHashSet();
        // No PrimitiveTypes/CommonTypes: that removes object, string, DateTime, Math, Convert and
        // typeof(...) of built-ins. Never LateBindObject, never EnableReflection.
        _interpreter = new Interpreter(InterpreterOptions.SystemKeywords | InterpreterOptions.LambdaExpressions)
            .EnableAssignment(AssignmentOperators.None)
            .Reference(typeof(Enumerable));
        foreach (var enumType in typeof(RecordFacts).Assembly.GetExportedTypes().Where(t => t.IsEnum && t.Namespace == typeof(Records.CrimeRecord).Namespace))
        {
            _interpreter.Reference(enumType);
        }

        _parameters =
        [
            new Parameter("this", factsTypes?[0] ?? typeof(RecordFacts)),
            .. parameterTypes.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new Parameter(p.Key, p.Value)),
        ];
    }

    /// <summary>Parses and checks one expression.</summary>
    /// <param name="text">The expression.</param>
    /// <param name="resultType"><see cref="bool"/> for conditions, <see cref="object"/> for evidence.</param>
    /// <returns>The checked expression, not yet bound to parameter values.</returns>
    /// <exception cref="ExpressionError">The text is not a valid, allowed expression.</exception>
    public ParsedExpression Parse(string text, Type resultType)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ExpressionError("the expression is empty", null);
        }

        if (text.Length > MaxLength)
        {
            throw new ExpressionError($"the expression is {text.Length} characters long; at most {MaxLength} are allowed", MaxLength);
        }

        if (MaxBracketDepth(text) > MaxBracketNesting)
        {
            throw new ExpressionError($"brackets nested deeper than {MaxBracketNesting} levels", null);
        }

        Lambda lambda;
        try
        {
            lambda = _interpreter.Parse(text, resultType, _parameters);
        }
        catch (ParseException e)
        {
            throw new ExpressionError(Clean(e.Message), e.Position);
        }
        catch (DynamicExpressoException e)
        {
            throw new ExpressionError(Clean(e.Message), null);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NotSupportedException or InsufficientExecutionStackException)
        {
            throw new ExpressionError(Clean(e.Message), null);
        }

        var body = lambda.Expression;
        try
        {
            AllowlistValidator.Validate(body, _factsTypes);
        }
        catch (DisallowedExpressionException e)
        {
            throw new ExpressionError(e.Message, null);
        }

        var used = lambda.UsedParameters.Select(p => p.Name).Where(n => n != "this").ToArray();
        return new ParsedExpression(text, body, lambda.DeclaredParameters.Select(p => p.Expression).ToArray(), used);
    }

    private static int MaxBracketDepth(string text)
    {
        int depth = 0, max = 0;
        foreach (var c in text)
        {
            if (c is '(' or '[' or '{')
            {
                max = Math.Max(max, ++depth);
            }
            else if (c is ')' or ']' or '}')
            {
                depth--;
            }
        }

        return max;
    }

    private static string Clean(string message)
    {
        // DynamicExpresso appends " (at index N)"; we report the position separately.
        var at = message.LastIndexOf(" (at index ", StringComparison.Ordinal);
        return at > 0 ? message[..at] : message;
    }
}

/// <summary>A parsed, checked expression whose pack parameters are still unbound.</summary>
/// <param name="Text">The source text.</param>
/// <param name="Body">The tree.</param>
/// <param name="Parameters">The declared parameters: <c>this</c> (the facts) first, then the pack parameters.</param>
/// <param name="UsedParameterNames">The pack parameters the expression uses.</param>
internal sealed record ParsedExpression(string Text, Expression Body, IReadOnlyList<ParameterExpression> Parameters, IReadOnlyList<string> UsedParameterNames);

/// <summary>An expression that failed to parse or to pass the allowlist.</summary>
/// <param name="message">What is wrong.</param>
/// <param name="position">Character index in the expression, when known.</param>
internal sealed class ExpressionError(string message, int? position) : Exception(message)
{
    /// <summary>Character index in the expression, when known.</summary>
    public int? Position { get; } = position;
}
