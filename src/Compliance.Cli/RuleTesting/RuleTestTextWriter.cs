using System.Globalization;
using Compliance.Cli.Explaining;

namespace Compliance.Cli.RuleTesting;

/// <summary>
/// Rule test results for a terminal: a line per test, the failures with expected vs actual and every
/// rule's verdict, then counts and coverage (the rules not covered when a threshold is given, every
/// rule's tests with <c>--coverage</c>; a force's own suite often pins a few rules on purpose).
/// </summary>
internal static class RuleTestTextWriter
{
    public static void Write(TextWriter output, RuleTestRun run)
    {
        foreach (var file in run.Files)
        {
            output.WriteLine(file);
            foreach (var result in run.ResultsOf(file))
            {
                if (result.Passed)
                {
                    output.WriteLine($"  PASS  {result.Test.Name}");
                    continue;
                }

                output.WriteLine($"  FAIL  {result.Test.Name} ({result.Test.Subject}, {result.Test.Path})");
                foreach (var failure in result.Failures)
                {
                    output.WriteLine($"        {failure}");
                }

                output.WriteLine("        explanation:");
                ExplanationText.WriteRules(output, result.Explanation?.Rules ?? [], "          ");
            }
        }

        output.WriteLine();
        output.WriteLine($"{run.Results.Count} tests: {run.Results.Count - run.Failed} passed, {run.Failed} failed");
        var coverage = run.Coverage;
        var threshold = run.Threshold is { } t ? $"; threshold {t.ToString(CultureInfo.InvariantCulture)}%{(run.CoverageBelowThreshold ? ": BELOW" : ": met")}" : string.Empty;
        output.WriteLine($"coverage: {coverage.Covered} of {coverage.Rules.Count} enabled record rules fired in a test and passed in another ({Percent(coverage.Percent)}){threshold}");
        foreach (var rule in coverage.Rules)
        {
            if (run.ListCoverage)
            {
                output.WriteLine($"  {(rule.IsCovered ? "covered    " : "NOT COVERED")}  {rule.RuleId}: fired in {List(rule.FiredIn)}; passed in {List(rule.PassedIn)}");
            }
            else if (!rule.IsCovered && run.Threshold is not null)
            {
                output.WriteLine($"  not covered: {rule.RuleId} ({(rule.FiredIn.Count == 0 ? "never fired" : "fired")}, {(rule.PassedIn.Count == 0 ? "never passed" : "passed")})");
            }
        }
    }

    public static string Percent(double percent) => percent.ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string List(IReadOnlyList<string> tests) => tests.Count == 0 ? "none" : string.Join("; ", tests);
}
