using Compliance.Rules.Engine;
using Compliance.Rules.Packs;
using Compliance.Rules.Records;
using static Compliance.Rules.Tests.Packs.TestPacks;

namespace Compliance.Rules.Tests.Packs;

/// <summary>A rule's applicability as named requirements: loading, checking, and naming the first that fails.</summary>
public sealed class RequirementTests
{
    private static readonly DateTimeOffset AsOf = new(2010, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // The second requirement dereferences the cancellation the first one checks: it is safe only if
    // the requirements are checked in order and stop at the first that fails.
    private const string C2Rule = """
        {
          "id": "R-001", "title": "C2 without CCTV", "severity": "High", "citation": "test", "description": "test",
          "timelines": ["countingRules"], "governingInstant": "Record.Incident.ReportReceivedAt",
          "requires": [
            { "name": "cancelled", "when": "Record.Cancellation != null" },
            { "name": "codeC2", "when": "Record.Cancellation.Code == CancellationCode.C2" }
          ],
          "condition": "!Record.AdditionalVerifiableInformation.Any(a => a.Type == AviType.Cctv)",
          "message": "fired"
        }
        """;

    private static readonly RulePack RequirementPack = Load(Pack(C2Rule + "," + Rule("R-002", "true", appliesWhen: "Record.Victims.Count > 0")));

    private static readonly IComplianceEngine Engine = ComplianceEngine.Create(RequirementPack);

    private static CrimeRecord Cancelled(CancellationCode code) => Record() with
    {
        Cancellation = new Cancellation { Code = code, RequestedAt = new DateTimeOffset(2008, 11, 12, 14, 0, 0, TimeSpan.Zero) },
    };

    [Fact]
    public void Requirements_load_in_order_and_their_conjunction_is_the_rules_appliesWhen()
    {
        var rule = RequirementPack.FindRule("R-001")!;

        Assert.Equal(["cancelled", "codeC2"], rule.Requirements.Select(r => r.Name));
        Assert.Equal("(Record.Cancellation != null) && (Record.Cancellation.Code == CancellationCode.C2)", rule.AppliesWhen);
    }

    [Fact]
    public void A_rule_written_with_appliesWhen_only_still_loads_as_one_requirement()
    {
        var rule = RequirementPack.FindRule("R-002")!;

        var requirement = Assert.Single(rule.Requirements);
        Assert.Equal(("appliesWhen", "Record.Victims.Count > 0"), (requirement.Name, requirement.When));
        Assert.Equal("Record.Victims.Count > 0", rule.AppliesWhen);
    }

    [Fact]
    public void A_rule_without_applicability_has_no_requirements()
    {
        var rule = Load(Pack(Rule("R-003", "true"))).Rules[0];

        Assert.Empty(rule.Requirements);
        Assert.Null(rule.AppliesWhen);
    }

    [Fact]
    public void Explain_names_the_first_requirement_that_fails()
    {
        var none = Engine.Explain(Record(), AsOf).Rules;
        var c1 = Engine.Explain(Cancelled(CancellationCode.C1), AsOf).Rules;
        var c2 = Engine.Explain(Cancelled(CancellationCode.C2), AsOf).Rules;

        Assert.Equal((RuleStatus.NotApplicable, "cancelled"), (none[0].Status, none[0].Missing));
        Assert.Equal((RuleStatus.NotApplicable, "codeC2"), (c1[0].Status, c1[0].Missing));
        Assert.Equal((RuleStatus.Fired, null), (c2[0].Status, c2[0].Missing));
        Assert.Equal((RuleStatus.NotApplicable, "appliesWhen"), (none[1].Status, none[1].Missing));
    }

    [Fact]
    public void The_engine_applies_the_requirements_as_one_short_circuit_conjunction()
    {
        var evaluations = Engine.EvaluateMany([Record(), Cancelled(CancellationCode.C1), Cancelled(CancellationCode.C2)], AsOf).ToArray();

        Assert.All(evaluations, e => Assert.Empty(e.Errors));
        Assert.Equal([[], [], ["R-001"]], evaluations.Select(e => e.Findings.Select(f => f.RuleId).ToArray()));
    }

    [Fact]
    public void A_rule_disabled_by_the_policy_is_explained_as_disabled_without_timelines()
    {
        var policy = Policy("""{ "kind": "policy", "extends": "test-pack", "rules": { "R-001": { "enabled": false } } }""");
        var engine = ComplianceEngine.Create(RequirementPack.WithPolicy(policy));

        var verdicts = engine.Explain(Cancelled(CancellationCode.C2), AsOf).Rules;

        Assert.Equal([("R-001", RuleStatus.Disabled), ("R-002", RuleStatus.NotApplicable)], verdicts.Select(v => (v.RuleId, v.Status)));
        Assert.Empty(verdicts[0].Timelines);
    }

    [Fact]
    public void Each_verdict_names_the_entries_in_force_at_its_governing_instant_of_the_timelines_it_reads()
    {
        var record = Cancelled(CancellationCode.C2) with { Incident = Record().Incident with { ReportReceivedAt = new DateTimeOffset(2019, 4, 1, 9, 0, 0, TimeSpan.Zero) } };

        var verdicts = Engine.Explain(record, AsOf).Rules;

        // Built-in counting rules: HOCR-2019 from 1 April 2019, HOCR-2015 from 1 April 2015, HOCR-2002 before.
        Assert.Equal("HOCR-2019", Assert.Single(verdicts[0].Timelines, t => t.Key == "countingRules").Value);
        Assert.Empty(verdicts[1].Timelines);
        Assert.Equal("HOCR-2002", Engine.Explain(Record(), AsOf).Rules[0].Timelines["countingRules"]);
        Assert.Equal("HOCR-2015", Engine.Explain(Record() with { RulesEdition = "HOCR-2015" }, AsOf).Rules[0].Timelines["countingRules"]);
    }

    [Theory]
    [InlineData(2002, 3, 31, RuleStatus.NotInForce)]
    [InlineData(2002, 4, 1, RuleStatus.NotApplicable)]
    public void A_rule_whose_governing_instant_is_before_the_first_entry_is_not_in_force(int year, int month, int day, RuleStatus expected)
    {
        // Noon UTC is the same London date; the first counting-rules entry starts on 1 April 2002.
        var record = Record() with { Incident = Record().Incident with { ReportReceivedAt = new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero) } };

        var verdict = Engine.Explain(record, AsOf).Rules[0];

        Assert.Equal(expected, verdict.Status);
        Assert.Equal(expected == RuleStatus.NotInForce ? "before HOCR-2002" : null, verdict.Reason);
        Assert.Equal(expected == RuleStatus.NotInForce ? null : "cancelled", verdict.Missing);
    }

    [Theory]
    [InlineData("\"appliesWhen\": \"true\", \"requires\": [ { \"name\": \"a\", \"when\": \"true\" } ],", "$.rules[0] (R-009).requires", "not both")]
    [InlineData("\"requires\": [],", "$.rules[0] (R-009).requires", "no requirement")]
    [InlineData("\"requires\": [ { \"name\": \"a\", \"when\": \"true\" }, { \"name\": \"a\", \"when\": \"false\" } ],", "$.rules[0] (R-009).requires[1].name", "twice")]
    [InlineData("\"requires\": [ { \"name\": \"9lives\", \"when\": \"true\" } ],", "$.rules[0] (R-009).requires[0].name", "not a requirement name")]
    [InlineData("\"requires\": [ { \"name\": \"a\", \"when\": \"true\" }, { \"name\": \"b\", \"when\": \"Record.Nope\" } ],", "$.rules[0] (R-009).requires[1].when", "Nope")]
    [InlineData("\"requires\": [ { \"name\": \"a\", \"when\": \"Record.Victims.Count\" } ],", "$.rules[0] (R-009).requires[0].when", "")]
    [InlineData("\"requires\": [ { \"name\": \"a\", \"when\": \" \" } ],", "$.rules[0] (R-009).requires[0].when", "empty")]
    public void Bad_requirements_are_reported_with_their_path(string requires, string location, string message)
    {
        var json = Pack($$"""
            { "id": "R-009", "title": "t", "severity": "Low", "citation": "c", "description": "d", {{requires}} "condition": "true", "message": "m" }
            """);

        var error = Assert.Single(Assert.Throws<RulePackException>(() => Load(json)).Errors);

        Assert.Equal(location, error.Location);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_rule_cannot_have_requirements()
    {
        var json = Pack("""
            { "id": "AUDIT-001", "scope": "unit", "title": "t", "severity": "Low", "citation": "c", "description": "d",
              "requires": [ { "name": "a", "when": "true" } ], "message": "m" }
            """);

        var error = Assert.Single(Assert.Throws<RulePackException>(() => Load(json)).Errors);
        Assert.Contains("built in", error.Message, StringComparison.Ordinal);
    }
}
