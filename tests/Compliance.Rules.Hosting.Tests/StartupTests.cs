using Compliance.Rules.Engine;
using Compliance.Rules.Hosting.Contracts;
using Compliance.Rules.Records;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Compliance.Rules.Hosting.Tests;

public sealed class StartupTests : IDisposable
{
    private readonly PolicyFiles _files = new();

    [Fact]
    public async Task A_policy_named_in_configuration_is_what_the_engine_runs()
    {
        _files.WritePolicy(PolicyFiles.WithoutVictim003);
        using var host = TestHost.Build(new Dictionary<string, string?> { ["ComplianceRules:PolicyPath"] = _files.Policy });
        await host.StartAsync();

        var service = host.Services.GetRequiredService<IComplianceService>();
        var result = service.Evaluate(TestRecords.Example, TestRecords.AsOf);

        // The example has 12 findings with the built-in pack; the policy removes VICTIM-003.
        Assert.Equal(11, result.Findings.Count);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "VICTIM-003");
        Assert.Equal(("compliance-builtin", "2.0.0", "policy.json"), (result.RulePack.Id, result.RulePack.Version, result.RulePack.Policy));
        Assert.Equal(host.Services.GetRequiredService<IComplianceEngine>().Pack.Sha256, result.RulePack.Sha256);
        Assert.Equal(TestRecords.AsOf, result.AsOf);
        await host.StopAsync();
    }

    [Fact]
    public async Task Code_can_change_the_options_after_configuration()
    {
        using var host = TestHost.Build(
            new Dictionary<string, string?> { ["ComplianceRules:BlockAt"] = "Critical" },
            options => options.PolicyPath = null);
        await host.StartAsync();

        var service = host.Services.GetRequiredService<IComplianceService>();

        Assert.Equal(Severity.Critical, service.BlockAt);
        Assert.Null(service.RulePack.Policy);
        Assert.Equal(12, service.Evaluate(TestRecords.Example, TestRecords.AsOf).Findings.Count);
    }

    [Fact]
    public async Task An_invalid_policy_stops_the_host_with_the_packs_own_problems()
    {
        _files.WritePolicy(PolicyFiles.UnknownRule);
        using var host = TestHost.Build(new Dictionary<string, string?> { ["ComplianceRules:PolicyPath"] = _files.Policy });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        var problem = Assert.Single(error.Failures);
        Assert.StartsWith("policy.json", problem, StringComparison.Ordinal);
        Assert.Contains("NOPE-001", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_pack_file_stops_the_host_naming_the_file()
    {
        var missing = Path.Combine(_files.Folder, "absent-pack.json");
        using var host = TestHost.Build(new Dictionary<string, string?> { ["ComplianceRules:PackPath"] = missing });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("absent-pack.json", Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_health_check_reports_the_loaded_pack()
    {
        using var host = TestHost.Build(new Dictionary<string, string?>());
        await host.StartAsync();

        var report = await host.Health();

        var entry = report.Entries[ComplianceRulesServiceCollectionExtensions.HealthCheckName];
        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.Equal("compliance-builtin", entry.Data["packId"]);
        Assert.Equal(host.Services.GetRequiredService<IComplianceService>().RulePack.Sha256, entry.Data["packSha256"]);
    }

    [Fact]
    public async Task The_engine_is_one_singleton_shared_by_the_service()
    {
        using var host = TestHost.Build(new Dictionary<string, string?>());
        await host.StartAsync();

        var first = host.Services.GetRequiredService<IComplianceEngine>();
        using var scope = host.Services.CreateScope();

        Assert.Same(first, scope.ServiceProvider.GetRequiredService<IComplianceEngine>());
        RulePackIdentity identity = host.Services.GetRequiredService<IComplianceService>().RulePack;
        Assert.Equal(first.Pack.Sha256, identity.Sha256);
    }

    public void Dispose() => _files.Dispose();
}
