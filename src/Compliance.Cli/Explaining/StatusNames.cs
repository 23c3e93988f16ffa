using Compliance.Rules.Engine;

namespace Compliance.Cli.Explaining;

/// <summary>The names rule statuses have in JSON (<c>notApplicable</c>) and in text (<c>not applicable</c>).</summary>
internal static class StatusNames
{
    public static string Json(RuleStatus status) => status switch
    {
        RuleStatus.Fired => "fired",
        RuleStatus.Passed => "passed",
        RuleStatus.NotApplicable => "notApplicable",
        RuleStatus.NotInForce => "notInForce",
        RuleStatus.Disabled => "disabled",
        RuleStatus.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "unknown rule status"),
    };

    public static string Text(RuleStatus status) => status switch
    {
        RuleStatus.NotApplicable => "not applicable",
        RuleStatus.NotInForce => "not in force",
        _ => Json(status),
    };
}
