using Compliance.Benchmarks.Data;
using Compliance.Rules.Engine;

namespace Compliance.Benchmarks.Tests;

/// <summary>The profiler behind <c>compliance bench</c> counts what the engine finds, rule by rule.</summary>
public sealed class RuleProfilerTests
{
    private static readonly Compliance.Rules.Records.CrimeRecord[] Records = BenchmarkRecords.Generate(600);

    [Fact]
    public void Each_rules_fired_count_is_the_number_of_its_findings_from_the_engine()
    {
        var pack = BenchmarkPacks.LoadBuiltIn();
        var profile = RuleProfiler.Run(pack, Records, BenchmarkRecords.AsOf, passes: 1);

        var findings = ComplianceEngine.Create(pack).EvaluateMany(Records, BenchmarkRecords.AsOf)
            .SelectMany(e => e.Findings)
            .GroupBy(f => f.RuleId)
            .ToDictionary(g => g.Key, g => g.Count());
        foreach (var rule in profile.Rules)
        {
            Assert.Equal(findings.GetValueOrDefault(rule.RuleId), rule.Fired);
            Assert.InRange(rule.Applicable, rule.Fired, Records.Length);
        }

        Assert.Contains(profile.Rules, r => r.Fired > 0);
    }

    [Fact]
    public void The_profile_lists_every_enabled_record_rule_in_pack_order_with_shares_summing_to_one()
    {
        var pack = BenchmarkPacks.Subset();
        var profile = RuleProfiler.Run(pack, Records, BenchmarkRecords.AsOf, passes: 1);

        Assert.Equal(Subset.SubsetRules.Ids, profile.Rules.Select(r => r.RuleId));
        Assert.Equal(Records.Length, profile.Records);
        Assert.Equal((pack.Id, pack.Version), (profile.PackId, profile.PackVersion));
        Assert.Equal(1.0, profile.Rules.Sum(r => r.Share), precision: 9);
        Assert.All(profile.Rules, r => Assert.Equal(0, r.Errors));
    }

    [Fact]
    public void Profiling_no_records_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => RuleProfiler.Run(BenchmarkPacks.Subset(), [], BenchmarkRecords.AsOf));
        Assert.Contains("no records", error.Message, StringComparison.Ordinal);
    }
}
