using Compliance.Rules.Facts;
using NRules;

namespace Compliance.Rules.Engine;

/// <summary>Which exceptions mean "an expression failed on this record" (reported as a rule error, never a crash), and how they read.</summary>
internal static class RuleFailures
{
    public static bool IsExpressionFailure(Exception e) =>
        e is NullReferenceException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or KeyNotFoundException or OverflowException;

    public static string Describe(Exception e)
    {
        var inner = e is RuleExpressionEvaluationException { InnerException: { } cause } ? cause : e;
        // A record naming a counting-rules edition the pack does not have is a data problem, said as such.
        return inner is UnknownRulesEditionException ? inner.Message : $"{inner.GetType().Name}: {inner.Message}";
    }
}
