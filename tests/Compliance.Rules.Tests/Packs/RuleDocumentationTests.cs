using Compliance.Rules.Packs;
using static Compliance.Rules.Tests.Packs.TestPacks;

namespace Compliance.Rules.Tests.Packs;

/// <summary>The rule pages are written from the pack: what a rule says, and only the parameters it reads.</summary>
public sealed class RuleDocumentationTests
{
    private static readonly RulePack Pack = Load(Pack(
        Rule(
            "NCRS-005",
            "Record.Victims.Count > maxVictims",
            severity: "Medium",
            escalations: """{ "when": "Record.Victims.Count > 3", "severity": "High" }""",
            evidence: "\"count\": \"Record.Victims.Count\"",
            message: "{count} victims | one record"),
        """
        "maxVictims": { "type": "int", "default": 1, "description": "Victims one record may name" },
        "unused": { "type": "int", "default": 7 }
        """));

    [Fact]
    public void There_is_an_index_and_one_page_per_rule()
    {
        var pages = RuleDocumentation.Generate(Pack);

        Assert.Equal(["README.md", "NCRS-005.md"], pages.Select(p => p.Key));
        Assert.Contains("| [NCRS-005](NCRS-005.md) | NCRS-005 title | record | Medium | test citation |\n", pages[0].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_holds_the_rule_as_the_pack_states_it()
    {
        var page = RuleDocumentation.Generate(Pack)[1].Value;

        Assert.StartsWith("# NCRS-005: NCRS-005 title\n", page, StringComparison.Ordinal);
        Assert.Contains("| Severity | Medium |\n| Escalates to | High when `Record.Victims.Count > 3` |\n", page, StringComparison.Ordinal);
        Assert.Contains("## Condition\n\n```csharp\nRecord.Victims.Count > maxVictims\n```\n", page, StringComparison.Ordinal);
        Assert.Contains("## Message\n\n{count} victims | one record\n", page, StringComparison.Ordinal);
        Assert.Contains("| `maxVictims` | `int` | 1 | Victims one record may name |\n", page, StringComparison.Ordinal);
        Assert.DoesNotContain("unused", page, StringComparison.Ordinal);
        Assert.DoesNotContain("## Applies when", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pipe_in_a_table_cell_is_escaped()
    {
        var pack = Load(Pack(Rule("NCRS-001", "Record.Victims.Count > 1").Replace("test citation", "HOCR A | B", StringComparison.Ordinal)));

        Assert.Contains("| Citation | HOCR A \\| B |", RuleDocumentation.Generate(pack)[1].Value, StringComparison.Ordinal);
    }
}
