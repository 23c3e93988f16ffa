using Compliance.Rules.Engine;
using Compliance.Rules.Packs;
using Compliance.Rules.Records;
using static Compliance.Rules.Tests.Packs.TestPacks;

namespace Compliance.Rules.Tests.Packs;

public sealed class RulePolicyTests
{
    private static readonly RulePack Pack = Load(TestPacks.Pack(
        Rule("T-001", "Record.Victims.Count > maxVictims", severity: "Medium", evidence: "\"victims\": \"Record.Victims.Count\"", message: "{victims} victims") + "," +
        Rule("T-002", "true", severity: "Low"),
        "\"maxVictims\": { \"type\": \"int\", \"default\": 1, \"minimum\": 0, \"maximum\": 50 }"));

    private static readonly Compliance.Rules.Records.CrimeRecord TwoVictims = Record() with
    {
        Victims = [new Compliance.Rules.Records.Victim { PersonRef = "P-1", EnhancedRightsEligible = false }, new Compliance.Rules.Records.Victim { PersonRef = "P-2", EnhancedRightsEligible = false }],
    };

    [Fact]
    public void A_policy_changes_severity_enablement_and_parameters_without_copying_the_pack()
    {
        var policy = Policy("""
            { "kind": "policy", "extends": "test-pack",
              "rules": { "T-001": { "severity": "Critical" }, "T-002": { "enabled": false } },
              "parameters": { "maxVictims": 5 } }
            """);

        var withPolicy = Pack.WithPolicy(policy);

        Assert.Equal(Severity.Critical, withPolicy.FindRule("T-001")!.Severity);
        Assert.False(withPolicy.FindRule("T-002")!.Enabled);
        Assert.Equal(5, withPolicy.Parameter<int>("maxVictims"));
        Assert.NotEqual(Pack.Sha256, withPolicy.Sha256);
        Assert.Equal(1, Pack.Parameter<int>("maxVictims"));

        Assert.Equal(["T-001", "T-002"], ComplianceEngine.Create(Pack).Evaluate(TwoVictims, DateTimeOffset.UnixEpoch).Findings.Select(f => f.RuleId));
        Assert.Empty(ComplianceEngine.Create(Pack, policy).Evaluate(TwoVictims, DateTimeOffset.UnixEpoch).Findings);
    }

    [Fact]
    public void A_policy_severity_change_shows_in_findings()
    {
        var policy = Policy("""{ "kind": "policy", "extends": "test-pack", "rules": { "T-001": { "severity": "High" } } }""");
        var finding = ComplianceEngine.Create(Pack, policy).Evaluate(TwoVictims, DateTimeOffset.UnixEpoch).Findings[0];
        Assert.Equal(("T-001", Severity.High, "2 victims"), (finding.RuleId, finding.Severity, finding.Message));
    }

    [Fact]
    public void Names_the_policy_does_not_match_are_errors_with_their_path()
    {
        var policy = Policy("""
            { "kind": "policy", "extends": "other-pack",
              "rules": { "T-009": { "enabled": false }, "T-001": { "severity": "Urgent" } },
              "parameters": { "maxVictim": 2, "maxVictims": "two" } }
            """);

        var errors = Assert.Throws<RulePackException>(() => Pack.WithPolicy(policy)).Errors;

        Assert.Contains(errors, e => e.Location == "$.extends");
        Assert.Contains(errors, e => e.Location == "$.rules.T-009");
        Assert.Contains(errors, e => e.Location == "$.rules.T-001.severity");
        Assert.Contains(errors, e => e.Location == "$.parameters.maxVictim" && e.Message.Contains("did you mean \"maxVictims\"", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Location == "$.parameters.maxVictims" && e.Message.Contains("whole number", StringComparison.Ordinal));
        Assert.All(errors, e => Assert.Equal("test-policy.json", e.Source));
    }

    [Fact]
    public void A_file_that_is_neither_pack_nor_policy_is_refused()
    {
        var path = Path.Combine(Path.GetTempPath(), $"compliance-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "kind": "recipe" }""");
        try
        {
            var error = Assert.Single(Assert.Throws<RulePackException>(() => RulePack.LoadPackOrPolicy(path)).Errors);
            Assert.Equal("$.kind", error.Location);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
