using System.Text.Json;
using Compliance.Rules.Hosting.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Compliance.Rules.Hosting.Tests;

public sealed class ContractJsonTests
{
    [Fact]
    public async Task An_evaluation_is_written_with_severities_as_names_and_evidence_in_rule_order()
    {
        using var host = TestHost.Build(new Dictionary<string, string?>());
        await host.StartAsync();
        var evaluation = host.Services.GetRequiredService<IComplianceService>().Evaluate(TestRecords.Example, TestRecords.AsOf);

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(evaluation, ComplianceContractsJsonContext.Default.RecordEvaluation));
        var root = json.RootElement;

        Assert.Equal("2010-01-01T00:00:00Z", root.GetProperty("asOf").GetString());
        Assert.Equal("compliance-builtin", root.GetProperty("rulePack").GetProperty("id").GetString());
        var cancel003 = root.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "CANCEL-003");
        Assert.Equal("Critical", cancel003.GetProperty("severity").GetString());
        Assert.Equal(
            ["aviRefs", "aviTypes", "requestedAt", "retractionStatementIds"],
            cancel003.GetProperty("evidence").EnumerateObject().Select(p => p.Name));
        Assert.Equal("2008-11-12T14:00:00Z", cancel003.GetProperty("evidence").GetProperty("requestedAt").GetString());
        Assert.Equal("VICTIM_RETRACTION", cancel003.GetProperty("evidence").GetProperty("aviTypes")[0].GetString());
        Assert.Equal(0, root.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public void A_proposal_check_reads_back_from_its_json()
    {
        var finding = new Finding("CANCEL-003", Records.Severity.Critical, "m", new Dictionary<string, object?> { ["aviRefs"] = new[] { "AVI-1" } });
        var check = new ProposalCheck(new RulePackIdentity("p", "1", "ab", null), TestRecords.AsOf, "CR-1", false, Records.Severity.High, [finding], [], "d1");

        var text = JsonSerializer.Serialize(check, ComplianceContractsJsonContext.Default.ProposalCheck);
        var back = JsonSerializer.Deserialize(text, ComplianceContractsJsonContext.Default.ProposalCheck)!;

        Assert.Contains("\"blockAt\":\"High\"", text, StringComparison.Ordinal);
        Assert.Equal(Records.Severity.Critical, back.Introduced[0].Severity);
        Assert.Equal("AVI-1", ((JsonElement)back.Introduced[0].Evidence["aviRefs"]!)[0].GetString());
        Assert.Equal(("d1", false, TestRecords.AsOf), (back.DecisionId, back.Acceptable, back.AsOf));
    }

    [Fact]
    public async Task An_explanation_lists_every_record_rule_with_disabled_ones_marked()
    {
        using var host = TestHost.Build(new Dictionary<string, string?>(), options => options.PolicyPath = null);
        await host.StartAsync();
        var service = host.Services.GetRequiredService<IComplianceService>();

        var explanation = service.Explain(TestRecords.Example, TestRecords.AsOf);

        // 31 record rules in the built-in pack; the 12 findings of the example are its fired rules.
        Assert.Equal(31, explanation.Rules.Count);
        Assert.Equal(12, explanation.Rules.Count(r => r.Status == RuleVerdict.Fired));
        Assert.All(explanation.Rules, r => Assert.Equal("HOCR-2002", r.Timelines["countingRules"]));
        var text = JsonSerializer.Serialize(explanation, ComplianceContractsJsonContext.Default.RuleExplanation);
        Assert.Contains("\"status\":\"notApplicable\"", text, StringComparison.Ordinal);
    }
}
