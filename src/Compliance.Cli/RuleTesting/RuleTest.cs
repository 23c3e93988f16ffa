using Compliance.Rules.Records;

namespace Compliance.Cli.RuleTesting;

/// <summary>One test of a rule test file, checked: what record, at what instant, under what policy, expecting what.</summary>
/// <param name="File">The test file as displayed (relative to the working directory when under it).</param>
/// <param name="Path">The JSON path of the test in its file (<c>$</c>, or <c>$[2]</c> in an array).</param>
/// <param name="Name">The test's name.</param>
/// <param name="AsOf">The as-of instant.</param>
/// <param name="PolicyPath">The full path of the test's policy, when it has one.</param>
/// <param name="Record">The record.</param>
/// <param name="Expect">What must hold.</param>
internal sealed record RuleTest(string File, string Path, string Name, DateTimeOffset AsOf, string? PolicyPath, CrimeRecord Record, RuleTestExpectation Expect);
