using Compliance.Rules.Packs;
using static Compliance.Rules.Tests.Packs.TestPacks;

namespace Compliance.Rules.Tests.Packs;

/// <summary>
/// A pack or policy that loads cannot make an audit crash or run away: every number has a declared
/// range, offence groups do not overlap, unit rules exist, evidence holds no free text or whole
/// objects, and a policy is as strict as a record (no infinity, no enum name in another case,
/// no property given twice).
/// </summary>
public sealed class PackValidationTests
{
    private static readonly RulePack Builtin = RulePack.LoadBuiltIn();

    private static IReadOnlyList<PackError> Problems(Action load) => Assert.Throws<RulePackException>(load).Errors;

    private static RulePack WithPolicy(string parameters) =>
        RulePackApply(Builtin, $$"""{ "kind": "policy", "extends": "compliance-builtin", "parameters": { {{parameters}} } }""");

    private static RulePack RulePackApply(RulePack pack, string policy) => pack.WithPolicy(Policy(policy));

    [Theory]
    [InlineData("0", true)]
    [InlineData("366", true)]
    [InlineData("367", false)]
    [InlineData("-1", false)]
    [InlineData("2147483647", false)]
    public void A_day_count_is_bounded_at_0_and_366(string value, bool accepted)
    {
        if (accepted)
        {
            Assert.Equal(int.Parse(value, System.Globalization.CultureInfo.InvariantCulture), WithPolicy($"\"surveyDays\": {value}").Parameter<int>("surveyDays"));
            return;
        }

        var problem = Assert.Single(Problems(() => WithPolicy($"\"surveyDays\": {value}")));
        Assert.Equal("$.parameters.surveyDays", problem.Location);
        Assert.Contains("outside the allowed range 0…366", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_element_of_a_list_of_numbers_is_in_range()
    {
        var problem = Assert.Single(Problems(() => WithPolicy("\"cautionOutcomes\": [1, 2, 23]")));
        Assert.Contains("[2]: 23 is outside the allowed range 1…22", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_too_large_for_a_double_is_refused()
    {
        var problem = Assert.Single(Problems(() => WithPolicy("\"audit002RateMultiple\": 1e400")));
        Assert.Contains("1e400 is too large to be a number here", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_enum_name_must_be_written_in_capitals()
    {
        Assert.NotNull(WithPolicy("\"verifiableAviTypes\": [\"CCTV\"]"));
        var problem = Assert.Single(Problems(() => WithPolicy("\"verifiableAviTypes\": [\"Cctv\"]")));
        Assert.Contains("'Cctv' is not a AviType", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_property_given_twice_in_a_policy_is_an_error()
    {
        var problem = Assert.Single(Problems(() => WithPolicy("\"surveyDays\": 30, \"surveyDays\": 90")));
        Assert.Contains("surveyDays", problem.Message + problem.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_number_of_a_pack_needs_a_declared_range_that_holds_its_default()
    {
        var problems = Problems(() => Load(Pack(Rule("T-001", "true"),
            "\"noRange\": { \"type\": \"int\", \"default\": 1 }, \"outside\": { \"type\": \"number\", \"default\": 2, \"minimum\": 0, \"maximum\": 1 }, \"backwards\": { \"type\": \"int\", \"default\": 1, \"minimum\": 5, \"maximum\": 0 }, \"onText\": { \"type\": \"string\", \"default\": \"a\", \"minimum\": 0, \"maximum\": 1 }")));

        Assert.Equal(
            ["$.parameters.noRange", "$.parameters.outside.default", "$.parameters.backwards", "$.parameters.onText"],
            problems.Select(p => p.Location));
    }

    [Theory]
    [InlineData("\"A\": [\"19\"], \"B\": [\"19\"]", true)]
    [InlineData("\"A\": [\"4.*\"], \"B\": [\"4.1\"]", true)]
    [InlineData("\"A\": [\"4.1\"], \"B\": [\"4.*\"]", true)]
    [InlineData("\"A\": [\"4.*\"], \"B\": [\"4.1.*\"]", true)]
    [InlineData("\"A\": [\"4.*\"], \"B\": [\"41\"]", false)]
    [InlineData("\"A\": [\"4.1\"], \"B\": [\"4.10\"]", false)]
    [InlineData("\"A\": [\"19\", \"19\"]", false)]
    public void A_code_may_belong_to_one_offence_group_only(string groups, bool overlap)
    {
        var json = Pack(Rule("T-001", "true")).Replace("\"offenceGroups\": { \"RAPE\": [\"19\"], \"VIOLENCE\": [\"8\", \"4.*\"] }", $"\"offenceGroups\": {{ {groups} }}", StringComparison.Ordinal);

        if (!overlap)
        {
            Assert.NotNull(Load(json));
            return;
        }

        var problem = Assert.Single(Problems(() => Load(json)));
        Assert.Equal("$.offenceGroups.B", problem.Location);
        Assert.Contains("a code may belong to one group only", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_rule_without_built_in_logic_is_an_error()
    {
        var unit = """{ "id": "AUDIT-009", "scope": "unit", "title": "t", "severity": "High", "citation": "c", "description": "d", "evidence": {}, "message": "m" }""";

        var problem = Assert.Single(Problems(() => Load(Pack(unit))));
        Assert.Equal("$.rules[0] (AUDIT-009).id", problem.Location);
        Assert.Contains("only AUDIT-001, AUDIT-002, AUDIT-003, AUDIT-004, AUDIT-005, AUDIT-006 exist", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Record", "a whole CrimeRecord")]
    [InlineData("Record.Victims", "a whole IReadOnlyList`1")]
    [InlineData("Record.Cancellation.RationaleText", "free text (Cancellation.RationaleText)")]
    [InlineData("Record.ClassificationHistory.Select(e => e.JustificationText)", "free text (ClassificationEntry.JustificationText)")]
    [InlineData("Record.AdditionalVerifiableInformation.Select(a => a.Summary == null ? a.AviId : a.Summary)", "free text (AviItem.Summary)")]
    [InlineData("Record.ClassificationHistory.Where(e => e.JustificationText == null).Select(e => e.Seq)", null)]
    [InlineData("Record.Cancellation.RationaleText == null", null)]
    [InlineData("Record.Victims.Select(v => v.PersonRef)", null)]
    public void Evidence_holds_ids_codes_numbers_and_instants_only(string expression, string? refused)
    {
        var json = Pack(Rule("T-001", "true", evidence: $"\"value\": {Quote(expression)}"));

        if (refused is null)
        {
            Assert.NotNull(Load(json));
            return;
        }

        var problem = Assert.Single(Problems(() => Load(json)));
        Assert.Equal("$.rules[0] (T-001).evidence.value", problem.Location);
        Assert.Contains(refused, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evidence_a_rule_declares_as_free_text_may_hold_it_but_no_whole_object()
    {
        var declared = Pack(FreeTextRule("\"note\": \"Record.Cancellation.RationaleText\", \"code\": \"Record.Cancellation.Code\"", "[\"note\"]"));
        Assert.Equal(["note"], Load(declared).FindRule("T-001")!.FreeTextEvidence);

        // The declaration lifts the free-text refusal only, for the entry it names.
        var problems = Problems(() => Load(Pack(FreeTextRule("\"note\": \"Record.Cancellation\", \"other\": \"Record.Cancellation.RationaleText\"", "[\"note\"]"))));
        Assert.Equal(["$.rules[0] (T-001).evidence.note", "$.rules[0] (T-001).evidence.other"], problems.Select(p => p.Location));
        Assert.Contains("a whole Cancellation", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("free text (Cancellation.RationaleText) unless the rule lists it in freeTextEvidence", problems[1].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[\"nothing\"]", "$.rules[0] (T-001).freeTextEvidence[0]", "\"nothing\" names no evidence of the rule")]
    [InlineData("[\"note\", \"note\"]", "$.rules[0] (T-001).freeTextEvidence[1]", "\"note\" is listed twice")]
    public void A_free_text_declaration_names_each_evidence_entry_of_the_rule_once(string declared, string location, string message)
    {
        var problem = Assert.Single(Problems(() => Load(Pack(FreeTextRule("\"note\": \"Record.Cancellation.Code\"", declared)))));

        Assert.Equal(location, problem.Location);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_message_may_not_name_free_text_evidence()
    {
        var problem = Assert.Single(Problems(() => Load(Pack(FreeTextRule("\"note\": \"Record.Cancellation.RationaleText\"", "[\"note\"]", message: "rationale: {note}")))));

        Assert.Equal("$.rules[0] (T-001).message", problem.Location);
        Assert.Contains("names free-text evidence", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_rule_declares_no_free_text()
    {
        var unit = """{ "id": "AUDIT-001", "scope": "unit", "title": "t", "severity": "High", "citation": "c", "description": "d", "evidence": { "records": "records" }, "freeTextEvidence": ["records"], "message": "m" }""";

        var problem = Assert.Single(Problems(() => Load(Pack(unit))));
        Assert.Equal("$.rules[0] (AUDIT-001).freeTextEvidence[0]", problem.Location);
        Assert.Contains("a unit rule's evidence is figures", problem.Message, StringComparison.Ordinal);
    }

    private static string FreeTextRule(string evidence, string declared, string message = "fired") =>
        Rule("T-001", "Record.Cancellation != null", evidence: evidence, message: message)
            .Replace("\"evidence\":", $"\"freeTextEvidence\": {declared},\n  \"evidence\":", StringComparison.Ordinal);
}
