using Compliance.Rules.Packs;
using static Compliance.Rules.Tests.Packs.TestPacks;

namespace Compliance.Rules.Tests.Packs;

/// <summary>A rule names the pack parameters it reads, found in its parsed expressions when the pack loads.</summary>
public sealed class RuleParametersTests
{
    private const string Parameters = """
        "maxVictims": { "type": "int", "default": 1 },
        "unused": { "type": "int", "default": 7 },
        "limitDays": { "type": "int", "default": 3 },
        "maxVictimsCopy": { "type": "int", "default": 2 },
        "audit002MinRapeRecords": { "type": "int", "default": 10 },
        "audit003MinCancellations": { "type": "int", "default": 5 }
        """;

    [Fact]
    public void A_record_rule_lists_the_parameters_of_every_expression_in_pack_order()
    {
        var pack = Load(Pack(
            Rule(
                "NCRS-005",
                "Record.Victims.Count > maxVictims",
                appliesWhen: "Record.Victims.Any(v => v.PersonRef != null)",
                escalations: """{ "when": "Record.Victims.Count > maxVictimsCopy", "severity": "Critical" }""",
                evidence: "\"limit\": \"Days(limitDays)\""),
            Parameters));

        // By hand: maxVictims (condition), limitDays (evidence), maxVictimsCopy (escalation), in
        // declaration order; "unused" nowhere, and a name that only contains another is not it.
        Assert.Equal(["maxVictims", "limitDays", "maxVictimsCopy"], pack.FindRule("NCRS-005")!.Parameters);
    }

    [Fact]
    public void A_rule_that_reads_no_parameter_lists_none()
    {
        var pack = Load(Pack(Rule("NCRS-001", "Record.Victims.Count > 1"), Parameters));

        Assert.Empty(pack.FindRule("NCRS-001")!.Parameters);
    }

    [Fact]
    public void A_unit_rule_lists_the_parameters_named_after_it()
    {
        var pack = Load(Pack(
            """
            { "id": "AUDIT-002", "scope": "unit", "title": "t", "severity": "High", "citation": "c", "description": "d",
              "evidence": { "rate": "rate" }, "message": "{rate}" }
            """,
            Parameters));

        Assert.Equal(["audit002MinRapeRecords"], pack.FindRule("AUDIT-002")!.Parameters);
    }

    [Fact]
    public void A_policy_keeps_the_parameters_of_each_rule()
    {
        var pack = Load(Pack(Rule("NCRS-005", "Record.Victims.Count > maxVictims"), Parameters));

        var tuned = pack.WithPolicy(Policy("""{ "kind": "policy", "extends": "test-pack", "parameters": { "maxVictims": 3 } }"""));

        Assert.Equal(["maxVictims"], tuned.FindRule("NCRS-005")!.Parameters);
    }
}
