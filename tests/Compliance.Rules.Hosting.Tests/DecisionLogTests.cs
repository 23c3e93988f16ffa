using Compliance.Rules.Engine;
using Compliance.Rules.Records;
using Microsoft.Extensions.DependencyInjection;

namespace Compliance.Rules.Hosting.Tests;

public sealed class DecisionLogTests
{
    [Fact]
    public async Task A_blocked_cancellation_is_one_structured_decision_event_with_ids_and_severities()
    {
        using var host = TestHost.Build(new Dictionary<string, string?>());
        await host.StartAsync();
        var service = host.Services.GetRequiredService<IComplianceService>();

        var check = service.CheckProposal(TestRecords.NotCancelled, TestRecords.Example, TestRecords.AsOf);

        Assert.False(check.Acceptable);
        var decision = Assert.Single(host.Logs().GetSnapshot(), r => r.Category == "Compliance.Rules.Decisions");
        Assert.Equal("ComplianceDecision", decision.Id.Name);
        Assert.Equal(check.DecisionId, decision.GetStructuredStateValue("DecisionId"));
        Assert.Equal("blocked", decision.GetStructuredStateValue("Outcome"));
        Assert.Equal("CR-2008-SW-004512", decision.GetStructuredStateValue("CrimeRecordId"));
        Assert.Equal(service.RulePack.Sha256, decision.GetStructuredStateValue("PackSha256"));
        Assert.Equal("2010-01-01T00:00:00Z", decision.GetStructuredStateValue("AsOf"));
        Assert.Equal(string.Join(",", check.Introduced.Select(f => $"{f.RuleId}:{f.Severity}")), decision.GetStructuredStateValue("IntroducedRules"));
        Assert.Contains("CANCEL-003:Critical", decision.GetStructuredStateValue("IntroducedRules"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_log_line_carries_a_records_free_text()
    {
        using var host = TestHost.Build(new Dictionary<string, string?>());
        await host.StartAsync();
        var service = host.Services.GetRequiredService<IComplianceService>();

        service.CheckProposal(TestRecords.NotCancelled, TestRecords.Example, TestRecords.AsOf);
        service.Evaluate(TestRecords.Example, TestRecords.AsOf);

        // Rationale texts of the example record.
        Assert.All(host.Logs().GetSnapshot(), record =>
        {
            Assert.DoesNotContain("Victim has retracted", record.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("non-consensual", record.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task The_cancellation_introduces_the_cancel_findings_and_resolves_nothing()
    {
        using var host = TestHost.Build(new Dictionary<string, string?>());
        await host.StartAsync();
        var service = host.Services.GetRequiredService<IComplianceService>();

        var check = service.CheckProposal(TestRecords.NotCancelled, TestRecords.Example, TestRecords.AsOf);

        // The cancellation of the example (C2 on a retraction, authorised in the unit) brings CANCEL-002…008 except 007,
        // and the survey deadline that runs from the cancellation decision (VICTIM-003).
        Assert.Equal(
            ["CANCEL-002", "CANCEL-003", "CANCEL-004", "CANCEL-005", "CANCEL-006", "CANCEL-008"],
            check.Introduced.Select(f => f.RuleId).Where(id => id.StartsWith("CANCEL", StringComparison.Ordinal)));
        Assert.Empty(check.Resolved);
        Assert.Equal(Severity.High, check.BlockAt);
        Assert.True(service.CheckProposal(TestRecords.NotCancelled, TestRecords.Example, TestRecords.AsOf, Severity.Critical) is { Acceptable: false });
        Assert.True(service.CheckProposal(TestRecords.Example, TestRecords.Example, TestRecords.AsOf) is { Acceptable: true, Introduced.Count: 0 });
    }
}
