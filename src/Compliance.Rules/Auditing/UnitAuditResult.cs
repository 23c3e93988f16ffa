using Compliance.Rules.Engine;

namespace Compliance.Rules.Auditing;

/// <summary>What the unit audits say of one unit.</summary>
/// <param name="UnitId">The unit.</param>
/// <param name="Metrics">The unit's figures (counts and rates), in a fixed order.</param>
/// <param name="Findings">Unit findings (AUDIT-*), in pack order.</param>
/// <param name="NotAssessed">Unit rules that could not judge the unit, with the reason (too few records, no baseline).</param>
public sealed record UnitAuditResult(
    string UnitId,
    IReadOnlyDictionary<string, object?> Metrics,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<NotAssessed> NotAssessed);

/// <summary>A unit rule that could not judge a unit.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Reason">Why (e.g. "6 rape records; at least 10 are needed").</param>
public sealed record NotAssessed(string RuleId, string Reason);
