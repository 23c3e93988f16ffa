using System.Diagnostics;
using System.Diagnostics.Metrics;
using Compliance.Rules.Engine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace Compliance.Rules.Hosting.Tests;

public sealed class TelemetryTests
{
    [Fact]
    public async Task Findings_are_counted_by_rule_and_severity_on_the_compliance_meter()
    {
        using var host = TestHost.Build(new Dictionary<string, string?>());
        await host.StartAsync();
        var meters = host.Services.GetRequiredService<IMeterFactory>();
        using var findings = new MetricCollector<long>(meters, ComplianceRulesTelemetry.Name, "compliance.findings");
        using var evaluations = new MetricCollector<long>(meters, ComplianceRulesTelemetry.Name, "compliance.evaluations");
        using var duration = new MetricCollector<double>(meters, ComplianceRulesTelemetry.Name, "compliance.evaluation.duration");

        host.Services.GetRequiredService<IComplianceEngine>().Evaluate(TestRecords.Example, TestRecords.AsOf);

        var measured = findings.GetMeasurementSnapshot();
        Assert.Equal(12, measured.Count);
        // SEXOFF-004, CANCEL-002, -003, -004, -006 and RETRACT-001.
        Assert.Equal(6, measured.Count(m => (string?)m.Tags["severity"] == "Critical"));
        Assert.Contains(measured, m => (string?)m.Tags["rule"] == "CANCEL-003" && (string?)m.Tags["severity"] == "Critical");
        Assert.Equal(1, evaluations.LastMeasurement!.Value);
        Assert.True(duration.LastMeasurement!.Value > 0);
    }

    [Fact]
    public async Task Proposals_checked_and_blocked_are_counted()
    {
        using var host = TestHost.Build(new Dictionary<string, string?>());
        await host.StartAsync();
        var meters = host.Services.GetRequiredService<IMeterFactory>();
        using var checkedProposals = new MetricCollector<long>(meters, ComplianceRulesTelemetry.Name, "compliance.proposals.checked");
        using var blocked = new MetricCollector<long>(meters, ComplianceRulesTelemetry.Name, "compliance.proposals.blocked");
        var service = host.Services.GetRequiredService<IComplianceService>();

        service.CheckProposal(TestRecords.NotCancelled, TestRecords.Example, TestRecords.AsOf);
        service.CheckProposal(TestRecords.Example, TestRecords.Example, TestRecords.AsOf);

        Assert.Equal(2, checkedProposals.GetMeasurementSnapshot().Count);
        Assert.Single(blocked.GetMeasurementSnapshot());
    }

    [Fact]
    public async Task Each_call_is_traced_on_the_compliance_activity_source_with_ids_only()
    {
        using var host = TestHost.Build(new Dictionary<string, string?>());
        await host.StartAsync();
        var activities = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == ComplianceRulesTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => { lock (activities) { activities.Add(activity); } },
        };
        ActivitySource.AddActivityListener(listener);

        // The listener hears every test running in parallel: the call under test runs inside a parent
        // activity of its own, and only that trace is looked at (CI once caught another test's call).
        using var parent = new Activity("telemetry-test").SetIdFormat(ActivityIdFormat.W3C).Start();
        host.Services.GetRequiredService<IComplianceService>().CheckProposal(TestRecords.NotCancelled, TestRecords.Example, TestRecords.AsOf);
        parent.Stop();

        List<Activity> traced;
        lock (activities)
        {
            traced = activities.Where(a => a.TraceId == parent.TraceId).ToList();
        }

        var activity = Assert.Single(traced, a => a.OperationName == "compliance.check_proposal");
        Assert.Equal("CR-2008-SW-004512", activity.GetTagItem("compliance.record.id"));
        Assert.Equal("compliance-builtin", activity.GetTagItem("compliance.pack.id"));
        Assert.All(activity.TagObjects, tag => Assert.DoesNotContain("retract", tag.Value?.ToString() ?? string.Empty, StringComparison.OrdinalIgnoreCase));
    }
}
