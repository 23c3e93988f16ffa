using Compliance.Rules.Engine;
using Compliance.Rules.Records;
using Compliance.Synthetic;

namespace Compliance.Rules.Tests.Engine;

/// <summary>
/// The per-rule statuses an evaluation reports (what coverage counts) are marked by the rule
/// network's own conditions as it runs. They must be what <see cref="IComplianceEngine.Explain"/>
/// says — which works every status out on its own, without the network — for every rule and
/// record, one at a time, batched and in a fresh session.
/// </summary>
public sealed class CoverageStatusAgreementTests
{
    private static readonly DateTimeOffset AsOf = new(2010, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(GeneratorScenario.Sapphire, 1200, 3)]
    [InlineData(GeneratorScenario.Baseline, 1200, 5)]
    public void Statuses_of_every_path_agree_with_the_explanation(GeneratorScenario scenario, int count, int seed)
    {
        var records = SyntheticRecords.Generate(new GeneratorOptions { Records = count, Seed = seed, Scenario = scenario }).ToArray();
        var engine = ComplianceEngine.CreateBuiltIn();
        var expected = Describe(records.Select(r => engine.Explain(r, AsOf).Rules.Where(v => v.Status != RuleStatus.Disabled).Select(v => (v.RuleId, v.Status))));

        // Every status but Error occurs, so each kind of mark is exercised.
        foreach (var status in new[] { RuleStatus.Fired, RuleStatus.Passed, RuleStatus.NotApplicable, RuleStatus.NotInForce })
        {
            Assert.Contains($"/{status}", expected, StringComparison.Ordinal);
        }

        Assert.Equal(expected, Describe(records.Select(r => States(engine.Evaluate(r, AsOf)))));
        Assert.Equal(expected, Describe(engine.EvaluateMany(records, AsOf, 100).Select(States)));
        Assert.Equal(expected, Describe(records.Select(r => States(((NRulesComplianceEngine)engine).EvaluateInFreshSession(r, AsOf)))));
    }

    [Fact]
    public void An_unknown_edition_gives_errors_in_both()
    {
        var record = SyntheticRecords.Generate(new GeneratorOptions { Records = 1, Seed = 1, Scenario = GeneratorScenario.Sapphire }).Single() with { RulesEdition = "HOCR-2030" };
        var engine = ComplianceEngine.CreateBuiltIn();

        var explained = engine.Explain(record, AsOf).Rules.Where(v => v.Status != RuleStatus.Disabled && v.RuleId != "rulesEdition").Select(v => (v.RuleId, v.Status)).ToArray();
        var evaluated = States(engine.Evaluate(record, AsOf)).ToArray();

        Assert.Contains((RuleId: "NCRS-001", Status: RuleStatus.Error), evaluated);
        Assert.Equal(explained, evaluated);
    }

    private static IEnumerable<(string RuleId, RuleStatus Status)> States(RecordEvaluation evaluation) => evaluation.Rules.Select(r => (r.RuleId, r.Status));

    private static string Describe(IEnumerable<IEnumerable<(string RuleId, RuleStatus Status)>> records) =>
        string.Join("\n", records.Select(rules => string.Join(" ", rules.Select(r => $"{r.RuleId}/{r.Status}"))));
}
