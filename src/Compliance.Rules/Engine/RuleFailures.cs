using System.Reflection;
using Compliance.Rules.Facts;
using NRules;

namespace Compliance.Rules.Engine;

/// <summary>
/// What happens when a rule's expression throws on one record: the record gets a rule error naming
/// the rule, the part that failed and the exception's kind, and every other rule and record goes
/// on. The exception's message is left out: it can quote a record's values (a key that was not
/// found, a string that did not parse), and reports hold ids and codes only.
/// </summary>
internal static class RuleFailures
{
    /// <summary>
    /// Whether an exception from an expression is the record's problem (any exception but the
    /// process-level ones: out of memory, a stack about to overflow, a cancellation).
    /// </summary>
    public static bool IsRecordFailure(Exception e) =>
        e is not (OutOfMemoryException or InsufficientExecutionStackException or OperationCanceledException);

    /// <summary>The exception that actually failed, inside the wrappers NRules and reflection add.</summary>
    public static Exception Cause(Exception e)
    {
        while (e is RuleExpressionEvaluationException or RuleExecutionException or TargetInvocationException && e.InnerException is { } inner)
        {
            e = inner;
        }

        return e;
    }

    /// <summary>
    /// The rule error of a failed part of a rule (<c>the condition</c>, <c>evidence 'x'</c>…). A rule stopped
    /// because the record names a <c>rulesEdition</c> the pack does not have did not fail on its own: its error
    /// says so in the same words as the record-level error (<see cref="UnknownEdition"/>).
    /// </summary>
    public static RuleEvaluationError Error(string ruleId, string part, Exception e)
    {
        var cause = Cause(e);
        if (cause is UnknownRulesEditionException unknown)
        {
            return UnknownEdition(ruleId, unknown.Edition);
        }

        var kind = cause.GetType().Name;
        return new RuleEvaluationError(ruleId, $"{kind} in {part}") { ExceptionKind = kind };
    }

    /// <summary>
    /// The error of a record whose <c>rulesEdition</c> names no counting-rules entry of the pack, listed under
    /// <paramref name="ruleId"/> (the record-level id, or a rule that reads the counting rules). It quotes the
    /// edition the record gave: an edition id is a code, and the user needs it to see which pack is missing it.
    /// No exception kind: nothing threw in the rule, the record was refused a substitute edition on purpose.
    /// </summary>
    public static RuleEvaluationError UnknownEdition(string ruleId, string edition) =>
        new(ruleId, $"unknown rulesEdition '{edition}'");
}
