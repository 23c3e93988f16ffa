using Compliance.Rules.Packs;
using static Compliance.Rules.Tests.Packs.TestPacks;

namespace Compliance.Rules.Tests.Packs;

/// <summary>A rule names the pack parameters it reads, found in its parsed expressions when the pack loads.</summary>
public sealed class RuleParametersTests
{
    private const string Parameters = """
        "maxVictims": { "type": "int", "default": 1, "minimum": 0, "maximum": 10 },
        "unused": { "type": "int", "default": 7, "minimum": 0, "maximum": 10 },
        "limitDays": { "type": "int", "default": 3, "minimum": 0, "maximum": 10 },
        "maxVictimsCopy": { "type": "int", "default": 2, "minimum": 0, "maximum": 10 },
        "seriousGroups": { "type": "string[]", "default": ["RAPE"] },
        "audit002MinRapeRecords": { "type": "int", "default": 10, "minimum": 1, "maximum": 100 },
        "audit003MinCancellations": { "type": "int", "default": 5, "minimum": 1, "maximum": 100 }
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

        // By hand: maxVictims (condition), limitDays (evidence), maxVictimsCopy (escalation), listed in
        // the order of the declarations; "unused" appears nowhere.
        Assert.Equal(["maxVictims", "limitDays", "maxVictimsCopy"], pack.FindRule("NCRS-005")!.Parameters);
    }

    [Fact]
    public void A_name_inside_a_string_or_inside_a_longer_name_is_not_a_use()
    {
        var pack = Load(Pack(
            Rule("NCRS-005", "Record.CrimeRecordId == \"limitDays\" && Record.Victims.Count > maxVictimsCopy"),
            Parameters));

        // The text holds "limitDays" (in a string) and "maxVictims" (inside "maxVictimsCopy"); only the
        // latter's whole name is a parameter use.
        Assert.Equal(["maxVictimsCopy"], pack.FindRule("NCRS-005")!.Parameters);
    }

    [Fact]
    public void A_requirement_and_a_vocabulary_member_that_reads_a_parameter_count()
    {
        var pack = Load(Pack(
            """
            { "id": "RECLASS-009", "title": "t", "severity": "High", "citation": "c", "description": "d",
              "requires": [ { "name": "manyVictims", "when": "Record.Victims.Count > limitDays" } ],
              "condition": "IsSeriousGroup(CurrentGroup)", "evidence": {}, "message": "m" }
            """,
            Parameters));

        // limitDays from the named requirement; seriousGroups because IsSeriousGroup reads it, though
        // the expression never names it.
        Assert.Equal(["limitDays", "seriousGroups"], pack.FindRule("RECLASS-009")!.Parameters);
    }

    [Fact]
    public void A_rule_that_reads_no_parameter_lists_none()
    {
        var pack = Load(Pack(Rule("NCRS-001", "Record.Victims.Count > 1"), Parameters));

        Assert.Empty(pack.FindRule("NCRS-001")!.Parameters);
    }

    [Fact]
    public void A_unit_rule_lists_the_parameters_its_audit_reads_that_the_pack_declares()
    {
        var pack = Load(Pack(
            """
            { "id": "AUDIT-002", "scope": "unit", "title": "t", "severity": "High", "citation": "c", "description": "d",
              "evidence": { "rate": "rate" }, "message": "{rate}" }
            """,
            Parameters));

        // AUDIT-002 also reads auditConfidence, rapeGroups … which this pack does not declare (the audit
        // then takes the catalog's defaults); audit003MinCancellations belongs to another audit.
        Assert.Equal(["audit002MinRapeRecords"], pack.FindRule("AUDIT-002")!.Parameters);
    }

    [Fact]
    public void A_policy_keeps_the_parameters_of_each_rule()
    {
        var pack = Load(Pack(Rule("NCRS-005", "Record.Victims.Count > maxVictims"), Parameters));

        var tuned = pack.WithPolicy(Policy("""{ "kind": "policy", "extends": "test-pack", "parameters": { "maxVictims": 3 } }"""));

        Assert.Equal(["maxVictims"], tuned.FindRule("NCRS-005")!.Parameters);
    }

    [Fact]
    public void Built_in_rules_list_what_their_expressions_and_audits_read()
    {
        var pack = RulePack.LoadBuiltIn();

        // Worked out from the pack's text: CANCEL-003's condition calls IsInsufficientGrounds
        // (insufficientGroundsAviTypes) and IsRetractionStatement (retractionStatementTypes) and names
        // retractionAviTypes. NCRS-005 names no parameter, but IsSeriousGroup reads seriousGroups.
        // AUDIT-004 reads its two thresholds only.
        Assert.Equal(["insufficientGroundsAviTypes", "retractionStatementTypes", "retractionAviTypes"], pack.FindRule("CANCEL-003")!.Parameters);
        Assert.Equal(["seriousGroups"], pack.FindRule("NCRS-005")!.Parameters);
        Assert.Equal(["audit004MinRecordedCrimes", "audit004MaxUpliftPoints"], pack.FindRule("AUDIT-004")!.Parameters);
    }

    [Fact]
    public void Every_name_a_unit_audit_or_a_vocabulary_member_claims_is_a_built_in_parameter()
    {
        var declared = RulePack.LoadBuiltIn().Parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var claimed = UnitRuleParameters.All.Values.SelectMany(n => n)
            .Concat(typeof(Compliance.Rules.Facts.RecordFacts).GetMembers()
                .SelectMany(m => m.GetCustomAttributes(typeof(Compliance.Rules.Facts.ReadsParametersAttribute), false))
                .Cast<Compliance.Rules.Facts.ReadsParametersAttribute>()
                .SelectMany(a => a.Names));

        Assert.All(claimed, name => Assert.Contains(name, declared));
    }
}
