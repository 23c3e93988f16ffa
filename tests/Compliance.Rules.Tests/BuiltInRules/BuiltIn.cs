using Compliance.Rules.Engine;
using Compliance.Rules.Records;

namespace Compliance.Rules.Tests.BuiltInRules;

/// <summary>
/// The built-in pack's engine, and assertions on one rule's verdict that also check that
/// <see cref="IComplianceEngine.Evaluate"/> and <see cref="IComplianceEngine.Explain"/> agree.
/// </summary>
internal static class BuiltIn
{
    public static IComplianceEngine Engine { get; } = ComplianceEngine.CreateBuiltIn();

    public static Finding Fires(CrimeRecord record, string ruleId, DateTimeOffset? asOf = null)
    {
        var verdict = Verdict(record, ruleId, asOf, RuleStatus.Fired);
        var finding = Assert.Single(Engine.Evaluate(record, asOf ?? TestRecords.AsOf).Findings, f => f.RuleId == ruleId);
        Assert.Equal(verdict.Finding!.Severity, finding.Severity);
        Assert.Equal(verdict.Finding.Message, finding.Message);
        Assert.DoesNotContain('{', finding.Message);
        return finding;
    }

    public static void Passes(CrimeRecord record, string ruleId, DateTimeOffset? asOf = null) =>
        Verdict(record, ruleId, asOf, RuleStatus.Passed);

    public static void NotApplicable(CrimeRecord record, string ruleId, DateTimeOffset? asOf = null) =>
        Verdict(record, ruleId, asOf, RuleStatus.NotApplicable);

    public static string NotInForce(CrimeRecord record, string ruleId, DateTimeOffset? asOf = null) =>
        Verdict(record, ruleId, asOf, RuleStatus.NotInForce).Reason!;

    private static RuleVerdict Verdict(CrimeRecord record, string ruleId, DateTimeOffset? asOf, RuleStatus expected)
    {
        var at = asOf ?? TestRecords.AsOf;
        var verdict = Assert.Single(Engine.Explain(record, at).Rules, r => r.RuleId == ruleId);
        Assert.True(verdict.Status == expected, $"{ruleId}: expected {expected}, was {verdict.Status} {verdict.Error}");
        var evaluation = Engine.Evaluate(record, at);
        Assert.Empty(evaluation.Errors);
        if (expected != RuleStatus.Fired)
        {
            Assert.DoesNotContain(evaluation.Findings, f => f.RuleId == ruleId);
        }

        return verdict;
    }
}
