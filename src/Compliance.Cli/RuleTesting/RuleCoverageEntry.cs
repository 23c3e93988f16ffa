namespace Compliance.Cli.RuleTesting;

/// <summary>One rule's coverage: the tests in which it fired and those in which it passed.</summary>
internal sealed record RuleCoverageEntry(string RuleId, IReadOnlyList<string> FiredIn, IReadOnlyList<string> PassedIn)
{
    public bool IsCovered => FiredIn.Count > 0 && PassedIn.Count > 0;
}
