using System.Reflection;
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

    /// <summary>The rule error of a failed part of a rule (<c>the condition</c>, <c>evidence 'x'</c>…).</summary>
    public static RuleEvaluationError Error(string ruleId, string part, Exception e)
    {
        var kind = Cause(e).GetType().Name;
        return new RuleEvaluationError(ruleId, $"{kind} in {part}") { ExceptionKind = kind };
    }
}
