using Compliance.Rules.Engine;
using Compliance.Rules.Records;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace Compliance.Rules.Hosting.Tests;

public sealed class ReloadTests : IDisposable
{
    private readonly PolicyFiles _files = new();

    [Fact]
    public async Task A_broken_policy_keeps_the_old_engine_serving_and_degrades_health_until_fixed()
    {
        _files.WritePolicy(PolicyFiles.WithoutVictim003);
        using var host = TestHost.Build(new Dictionary<string, string?>
        {
            ["ComplianceRules:PolicyPath"] = _files.Policy,
            ["ComplianceRules:ReloadDelay"] = "00:00:00.100",
        });
        await host.StartAsync();
        var engine = host.Services.GetRequiredService<IComplianceEngine>();
        var firstSha = engine.Pack.Sha256;

        // Broken JSON: the reload fails, the old engine keeps answering.
        _files.WritePolicy("""{ "kind": "policy", "extends": "compliance-builtin", "rules": { """);
        var degraded = await host.WaitForHealth(HealthStatus.Degraded);

        Assert.Equal(firstSha, engine.Pack.Sha256);
        Assert.DoesNotContain(engine.Evaluate(TestRecords.Example, TestRecords.AsOf).Findings, f => f.RuleId == "VICTIM-003");
        var problems = (string[])degraded.Entries[ComplianceRulesServiceCollectionExtensions.HealthCheckName].Data["reloadProblems"];
        Assert.All(problems, p => Assert.StartsWith("policy.json", p, StringComparison.Ordinal));
        var logged = host.Logs().GetSnapshot();
        Assert.Contains(logged, r => r.Id.Id == 3 && r.Level == LogLevel.Error);
        Assert.Contains(logged, r => r.Id.Id == 4 && r.StructuredState!.Any(kv => kv.Key == "Source" && kv.Value == "policy.json"));

        // A valid new policy is swapped in and health recovers.
        _files.WritePolicy(PolicyFiles.Cancel005Medium);
        await host.WaitForHealth(HealthStatus.Healthy, _ => engine.Pack.Sha256 != firstSha);

        var findings = engine.Evaluate(TestRecords.Example, TestRecords.AsOf).Findings;
        Assert.Contains(findings, f => f.RuleId == "VICTIM-003");
        Assert.Equal(Severity.Medium, findings.Single(f => f.RuleId == "CANCEL-005").Severity);
        Assert.Contains(host.Logs().GetSnapshot(), r => r.Id.Id == 2);
    }

    [Fact]
    public async Task A_policy_naming_an_unknown_rule_is_refused_on_reload_with_its_json_path()
    {
        _files.WritePolicy(PolicyFiles.WithoutVictim003);
        using var host = TestHost.Build(new Dictionary<string, string?>
        {
            ["ComplianceRules:PolicyPath"] = _files.Policy,
            ["ComplianceRules:ReloadDelay"] = "00:00:00.100",
        });
        await host.StartAsync();
        var before = host.Services.GetRequiredService<IComplianceService>().RulePack;

        _files.WritePolicy(PolicyFiles.UnknownRule);
        await host.WaitForHealth(HealthStatus.Degraded);

        Assert.Equal(before, host.Services.GetRequiredService<IComplianceService>().RulePack);
        var problem = Assert.Single(host.Logs().GetSnapshot(), r => r.Id.Id == 4);
        Assert.Contains("NOPE-001", problem.GetStructuredStateValue("JsonPath"), StringComparison.Ordinal);
    }

    public void Dispose() => _files.Dispose();
}
