namespace Compliance.Cli.RuleTesting;

/// <summary>What makes a rule test file invalid: the file, the JSON path, what is wrong.</summary>
internal sealed record RuleTestProblem(string File, string Path, string Message)
{
    public override string ToString() => $"{File}: {Path}: {Message}";
}
