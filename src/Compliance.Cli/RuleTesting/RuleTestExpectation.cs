using Compliance.Rules.Records;

namespace Compliance.Cli.RuleTesting;

/// <summary>A test's expectations.</summary>
/// <param name="Fired">Rules that must fire.</param>
/// <param name="NotFired">Rules that must not fire.</param>
/// <param name="Severity">Rules that must fire with this severity.</param>
/// <param name="Exactly">Whether the fired set must be exactly <paramref name="Fired"/>.</param>
internal sealed record RuleTestExpectation(
    IReadOnlyList<string> Fired,
    IReadOnlyList<string> NotFired,
    IReadOnlyDictionary<string, Severity> Severity,
    bool Exactly);
