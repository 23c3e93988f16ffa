using Compliance.Rules.Packs;
using static Compliance.Rules.Tests.Packs.TestPacks;

namespace Compliance.Rules.Tests.Packs;

/// <summary>The rule pages are written from the pack: what a rule says, the parameters it reads, the timeline entries it is judged by.</summary>
public sealed class RuleDocumentationTests
{
    private static readonly RulePack Pack = Load(Pack(
        """
        {
          "id": "NCRS-005", "title": "One crime per victim", "severity": "Medium", "citation": "HOCR D",
          "description": "Counts victims.",
          "timelines": ["countingRules"],
          "governingInstant": "Record.Incident.ReportReceivedAt",
          "requires": [ { "name": "hasVictim", "when": "HasVictim" }, { "name": "decided", "when": "Record.RecordingDecision != null" } ],
          "condition": "Record.Victims.Count > maxVictims",
          "escalations": [ { "when": "Record.Victims.Count > 3", "severity": "High" } ],
          "evidence": { "count": "Record.Victims.Count" },
          "message": "{count} victims | one record"
        }
        """,
        """
        "maxVictims": { "type": "int", "default": 1, "minimum": 0, "maximum": 50, "description": "Victims one record may name" },
        "unused": { "type": "int", "default": 7, "minimum": 0, "maximum": 9 }
        """));

    [Fact]
    public void There_is_an_index_the_timelines_and_one_page_per_rule()
    {
        var pages = RuleDocumentation.Generate(Pack);

        Assert.Equal(["README.md", "timelines.md", "NCRS-005.md"], pages.Select(p => p.Key));
        Assert.Contains("| [NCRS-005](NCRS-005.md) | One crime per victim | Medium (up to High) | HOCR D | countingRules |\n", pages[0].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_holds_the_rule_as_the_pack_states_it()
    {
        var page = Page("NCRS-005.md");

        Assert.StartsWith("# NCRS-005: One crime per victim\n", page, StringComparison.Ordinal);
        Assert.Contains("| Severity | Medium |\n| Escalates to | High when `Record.Victims.Count > 3` |\n", page, StringComparison.Ordinal);
        Assert.Contains("Judged at its governing instant `Record.Incident.ReportReceivedAt`", page, StringComparison.Ordinal);
        Assert.Contains("| `hasVictim` | `HasVictim` |\n| `decided` | `Record.RecordingDecision != null` |\n", page, StringComparison.Ordinal);
        Assert.Contains("```csharp\nRecord.Victims.Count > maxVictims\n```\n", page, StringComparison.Ordinal);
        Assert.Contains("| `count` | `Record.Victims.Count` |\n", page, StringComparison.Ordinal);
        Assert.Contains("## Message\n\n{count} victims | one record\n", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_lists_only_the_parameters_the_rule_reads_with_value_and_range()
    {
        var page = Page("NCRS-005.md");

        Assert.Contains("| `maxVictims` | `int` | 1 | 0 – 50 | Victims one record may name |\n", page, StringComparison.Ordinal);
        Assert.DoesNotContain("unused", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_value_is_shown_and_marked()
    {
        var tuned = Pack.WithPolicy(Policy("""{ "kind": "policy", "extends": "test-pack", "parameters": { "maxVictims": 4 } }"""));

        var page = RuleDocumentation.Generate(tuned).Single(p => p.Key == "NCRS-005.md").Value;

        Assert.Contains("| `maxVictims` | `int` | 4 (policy) | 0 – 50 |", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_lists_every_entry_of_its_timelines_with_date_and_source()
    {
        var page = Page("NCRS-005.md");
        var timeline = RulePack.LoadBuiltIn().Timelines.CountingRules;

        // The test pack takes the built-in timelines: three counting-rules entries, in date order.
        Assert.Equal(["HOCR-2002", "HOCR-2015", "HOCR-2019"], timeline.Entries.Select(e => e.Id));
        Assert.Contains($"| [HOCR-2002](timelines.md#hocr-2002) | 2002-04-01 | {timeline.Entries[0].Source.Replace("|", "\\|", StringComparison.Ordinal)} |\n", page, StringComparison.Ordinal);
        Assert.Contains("| [HOCR-2019](timelines.md#hocr-2019) | 2019-04-01 |", page, StringComparison.Ordinal);
        Assert.DoesNotContain("VCOP-", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_timelines_page_gives_each_entry_its_values_and_source_and_names_its_rules()
    {
        var page = Page("timelines.md");

        Assert.Contains("## countingRules\n\nUsed by [NCRS-005](NCRS-005.md).\n", page, StringComparison.Ordinal);
        Assert.Contains("## outcomes\n\nUsed by no rule of the pack.\n", page, StringComparison.Ordinal);
        Assert.Contains("### HOCR-2015\n\n| Field | Value |\n|---|---|\n| `from` | `2015-04-01` |\n", page, StringComparison.Ordinal);
        Assert.Contains("| `recordingLimitHours` | `24` |\n", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pipe_in_a_table_cell_is_escaped()
    {
        var pack = Load(Pack(Rule("NCRS-001", "Record.Victims.Count > 1 || Record.Victims.Count == 0").Replace("test citation", "HOCR A | B", StringComparison.Ordinal)));

        var page = RuleDocumentation.Generate(pack).Single(p => p.Key == "NCRS-001.md").Value;

        Assert.Contains("| Citation | HOCR A \\| B |", page, StringComparison.Ordinal);
        Assert.Contains("```csharp\nRecord.Victims.Count > 1 || Record.Victims.Count == 0\n```", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_pack_gives_the_same_bytes()
    {
        var first = RuleDocumentation.Generate(RulePack.LoadBuiltIn());
        var again = RuleDocumentation.Generate(RulePack.LoadBuiltIn().WithPolicy(Policy("""{ "kind": "policy", "extends": "compliance-builtin" }""")));

        // A policy that changes nothing changes only the pack line of the index and the timelines page.
        Assert.Equal(first.Where(p => p.Key.Contains('-', StringComparison.Ordinal)), again.Where(p => p.Key.Contains('-', StringComparison.Ordinal)));
        Assert.DoesNotContain(first, p => p.Value.Contains('\r', StringComparison.Ordinal));
    }

    private static string Page(string name) => RuleDocumentation.Generate(Pack).Single(p => p.Key == name).Value;
}
