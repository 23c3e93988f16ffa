namespace Compliance.Rules.Engine;

/// <summary>A rule's verdict on a record.</summary>
public enum RuleStatus
{
    /// <summary>The rule applies and its condition holds: a finding.</summary>
    Fired,

    /// <summary>The rule applies and its condition does not hold.</summary>
    Passed,

    /// <summary>A requirement of the rule does not hold on the record (<see cref="RuleVerdict.Missing"/> names the first).</summary>
    NotApplicable,

    /// <summary>An expression failed at run time.</summary>
    Error,

    /// <summary>The rule is disabled in the pack or by the policy: not evaluated.</summary>
    Disabled,

    /// <summary>The rules in force at the decision's instant did not hold this rule (e.g. a decision before it existed).</summary>
    NotInForce,
}
