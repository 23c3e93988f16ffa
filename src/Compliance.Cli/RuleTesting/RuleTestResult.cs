using Compliance.Rules.Engine;

namespace Compliance.Cli.RuleTesting;

/// <summary>What one test found.</summary>
/// <param name="Test">The test.</param>
/// <param name="Fired">The rules that fired on the record, in pack order, with their findings.</param>
/// <param name="Errors">Rules that could not be evaluated on the record.</param>
/// <param name="Explanation">Every record rule's verdict (printed when the test fails; coverage reads it); null for an incident test.</param>
/// <param name="Failures">The expectations that did not hold; empty when the test passed.</param>
internal sealed record RuleTestResult(
    RuleTest Test,
    IReadOnlyList<Finding> Fired,
    IReadOnlyList<RuleEvaluationError> Errors,
    RecordExplanation? Explanation,
    IReadOnlyList<RuleTestFailure> Failures)
{
    public bool Passed => Failures.Count == 0;
}
