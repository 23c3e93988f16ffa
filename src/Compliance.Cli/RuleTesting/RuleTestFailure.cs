namespace Compliance.Cli.RuleTesting;

/// <summary>One expectation that did not hold: which, what was expected, what happened.</summary>
/// <param name="Check">What was checked: <c>fired</c>, <c>notFired</c>, <c>severity</c>, <c>exactly</c> or <c>ruleErrors</c>.</param>
/// <param name="Expected">What the test expected, as text (<c>[CANCEL-003, CANCEL-004]</c>, <c>CANCEL-003 Critical</c>).</param>
/// <param name="Actual">What the engine said, as text.</param>
internal sealed record RuleTestFailure(string Check, string Expected, string Actual)
{
    public override string ToString() => $"{Check}: expected {Expected}, actual {Actual}";
}
