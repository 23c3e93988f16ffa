using Compliance.Rules.Engine;

namespace Compliance.Rules.Auditing;

/// <summary>
/// What one record rule did over an audit: on how many records it applied (fired or passed), was not in
/// force (its timeline entry did not hold it on the day), fired, or failed. A rule with neither applicable
/// nor not-in-force records saw no data: a report says so rather than letting silence pass for compliance.
/// </summary>
public sealed class RuleCoverage
{
    /// <summary>Records on which the rule applied (fired or passed).</summary>
    public long Applicable { get; private set; }

    /// <summary>Records on which the rule was not in force.</summary>
    public long NotInForce { get; private set; }

    /// <summary>Records on which it fired.</summary>
    public long Fired { get; private set; }

    /// <summary>Records on which it could not be evaluated.</summary>
    public long Errors { get; private set; }

    /// <summary>Why a report should flag the rule: "not in force", "no data", or null when the rule applied to some record.</summary>
    public string? Note => Applicable > 0 ? null : NotInForce > 0 ? "not in force" : "no data";

    internal void Count(RuleStatus status)
    {
        switch (status)
        {
            case RuleStatus.Fired:
                Applicable++;
                Fired++;
                break;
            case RuleStatus.Passed:
                Applicable++;
                break;
            case RuleStatus.NotInForce:
                NotInForce++;
                break;
            case RuleStatus.Error:
                Errors++;
                break;
        }
    }
}
