using Compliance.Rules.Packs;

namespace Compliance.Cli.RuleTesting;

/// <summary>A finished run of rule tests: results by file in the order found, coverage, and what was asked of coverage.</summary>
/// <param name="Pack">The run's pack (from <c>--rules</c>, or the built-in pack).</param>
/// <param name="Files">The test files as displayed, in the order run.</param>
/// <param name="Results">Every test's result, file by file.</param>
/// <param name="Coverage">Which rules fired and passed.</param>
/// <param name="Threshold">The lowest acceptable coverage in percent, when given.</param>
/// <param name="ListCoverage">Whether to list each rule's tests (<c>--coverage</c>).</param>
internal sealed record RuleTestRun(RulePack Pack, IReadOnlyList<string> Files, IReadOnlyList<RuleTestResult> Results, RuleCoverage Coverage, decimal? Threshold, bool ListCoverage)
{
    public int Failed => Results.Count(r => !r.Passed);

    public bool CoverageBelowThreshold => Threshold is { } threshold && Coverage.IsBelow(threshold);

    /// <summary>The exit code: 1 when a test failed or coverage is below the threshold, else 0.</summary>
    public int ExitCode => Failed > 0 || CoverageBelowThreshold ? ExitCodes.FindingsAtOrAboveThreshold : ExitCodes.Success;

    public IEnumerable<RuleTestResult> ResultsOf(string file) => Results.Where(r => r.Test.File == file);
}
