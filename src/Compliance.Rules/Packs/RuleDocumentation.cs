using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Compliance.Rules.Records;
using Compliance.Rules.Timelines;

namespace Compliance.Rules.Packs;

/// <summary>
/// Markdown pages written from a pack itself: an index, one page per rule (title, severity and
/// escalations, citation, description, named requirements, condition, evidence, message, the
/// parameters it reads with value and range, the timeline entries it is judged by with their sources)
/// and one page of the timelines. The repository's <c>docs/rules/</c> is this output for the built-in
/// pack, and CI regenerates it and fails on any difference, so the pages cannot drift from the rules
/// that run. The output depends on the pack only (no date, no machine, LF line ends): the same pack
/// gives the same bytes.
/// </summary>
public static class RuleDocumentation
{
    /// <summary>The name of the index page.</summary>
    public const string IndexFileName = "README.md";

    /// <summary>The name of the page of the timelines.</summary>
    public const string TimelinesFileName = "timelines.md";

    private const string Generated = "Generated from the rule pack by `compliance rules docs` (`eng/docs.sh` for this repository): do not edit by hand; CI fails when these pages differ from the pack.";

    /// <summary>The pages: file name → Markdown. The index first, then the timelines, then one page per rule in pack order.</summary>
    /// <param name="pack">The pack (with its policy, if any: the pages show the values after it).</param>
    /// <returns>The pages.</returns>
    public static IReadOnlyList<KeyValuePair<string, string>> Generate(RulePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var pages = new List<KeyValuePair<string, string>>
        {
            new(IndexFileName, Index(pack)),
            new(TimelinesFileName, TimelinesPage(pack)),
        };
        pages.AddRange(pack.Rules.Select(rule => new KeyValuePair<string, string>(PageName(rule), Page(pack, rule))));
        return pages;
    }

    private static string PageName(RuleInfo rule) => rule.Id + ".md";

    private static string Index(RulePack pack)
    {
        var text = new StringBuilder();
        Line(text, $"# Rules of {pack.Title ?? pack.Id}");
        Line(text);
        Line(text, $"Pack `{pack.Id}` version {pack.Version}{(pack.PolicySource is null ? string.Empty : $", with policy `{pack.PolicySource}`")}: {pack.Rules.Count(r => r.Scope == RuleScope.Record)} record rules and {pack.Rules.Count(r => r.Scope == RuleScope.Unit)} unit audits, in the order of the pack. {Generated}");
        Line(text);
        Line(text, $"Each rule is judged by the entries of its timelines in force at its governing instant: [{TimelinesFileName}]({TimelinesFileName}) lists them with their sources.");
        foreach (var scope in new[] { RuleScope.Record, RuleScope.Unit })
        {
            Line(text);
            Line(text, scope == RuleScope.Record ? "## Record rules" : "## Unit audits");
            Line(text);
            Line(text, "| Id | Title | Severity | Citation | Timelines |");
            Line(text, "|---|---|---|---|---|");
            foreach (var rule in pack.Rules.Where(r => r.Scope == scope))
            {
                Line(text, $"| [{rule.Id}]({PageName(rule)}) | {Cell(rule.Title)} | {SeverityText(rule)} | {Cell(rule.Citation)} | {string.Join(", ", rule.Timelines)} |");
            }
        }

        return text.ToString();
    }

    private static string Page(RulePack pack, RuleInfo rule)
    {
        var text = new StringBuilder();
        Line(text, $"# {rule.Id}: {rule.Title}");
        Line(text);
        Line(text, $"{Generated} Index: [{IndexFileName}]({IndexFileName}).");
        Line(text);
        Line(text, "| | |");
        Line(text, "|---|---|");
        Line(text, $"| Scope | {(rule.Scope == RuleScope.Record ? "record" : "unit")} |");
        Line(text, $"| Severity | {rule.Severity} |");
        foreach (var escalation in rule.Escalations)
        {
            Line(text, $"| Escalates to | {escalation.Severity} when {Code(escalation.When)} |");
        }

        Line(text, $"| Enabled | {(rule.Enabled ? "yes" : "no (disabled by the policy or the pack)")} |");
        Line(text, $"| Citation | {Cell(rule.Citation)} |");
        Line(text);
        Line(text, "## What it checks");
        Line(text);
        Line(text, rule.Description.ReplaceLineEndings("\n").Trim());
        Line(text);
        if (rule.Scope == RuleScope.Unit)
        {
            Line(text, "A unit audit's logic is built into the library; the pack sets its severity, whether it runs, and the parameters below.");
            Line(text);
        }

        WriteApplicability(text, rule);
        WriteExpression(text, "Condition", "The rule fires when this holds.", rule.Condition);
        WriteEvidence(text, pack, rule);
        Line(text, "## Message");
        Line(text);
        Line(text, rule.Message.ReplaceLineEndings(" "));
        Line(text);
        WriteParameters(text, pack, rule);
        WriteTimelines(text, pack, rule);
        return text.ToString();
    }

    private static void WriteApplicability(StringBuilder text, RuleInfo rule)
    {
        if (rule.GoverningInstant is null && rule.InForce is null && rule.Requirements.Count == 0)
        {
            return;
        }

        Line(text, "## When it applies");
        Line(text);
        if (rule.GoverningInstant is { } instant)
        {
            Line(text, $"Judged at its governing instant {Code(instant)}: the timeline entries in force then decide.");
            Line(text);
        }

        if (rule.InForce is { } inForce)
        {
            Line(text, $"In force when {Code(inForce)}; otherwise the rule is reported as not in force for the record.");
            Line(text);
        }

        if (rule.Requirements.Count > 0)
        {
            Line(text, "The record must meet every requirement, in this order; an explanation names the first one it does not meet.");
            Line(text);
            Line(text, "| Requirement | Expression |");
            Line(text, "|---|---|");
            foreach (var requirement in rule.Requirements)
            {
                Line(text, $"| `{requirement.Name}` | {Code(requirement.When)} |");
            }

            Line(text);
        }
    }

    private static void WriteExpression(StringBuilder text, string heading, string lead, string? expression)
    {
        if (expression is null)
        {
            return;
        }

        Line(text, $"## {heading}");
        Line(text);
        Line(text, lead);
        Line(text);
        Line(text, "```csharp");
        Line(text, expression.ReplaceLineEndings("\n").Trim());
        Line(text, "```");
        Line(text);
    }

    private static void WriteEvidence(StringBuilder text, RulePack pack, RuleInfo rule)
    {
        if (rule.EvidenceNames.Count == 0)
        {
            return;
        }

        var expressions = pack.Expressions.FirstOrDefault(e => e.RuleId == rule.Id)?.Evidence
            .ToDictionary(e => e.Name, e => e.Expression.Text, StringComparer.Ordinal) ?? [];
        Line(text, "## Evidence");
        Line(text);
        if (expressions.Count == 0)
        {
            Line(text, string.Join(", ", rule.EvidenceNames.Select(n => $"`{n}`")));
            Line(text);
            return;
        }

        Line(text, "| Name | Expression |");
        Line(text, "|---|---|");
        foreach (var name in rule.EvidenceNames)
        {
            Line(text, $"| `{name}` | {(expressions.TryGetValue(name, out var expression) ? Code(expression) : string.Empty)} |");
        }

        Line(text);
    }

    private static void WriteParameters(StringBuilder text, RulePack pack, RuleInfo rule)
    {
        if (rule.Parameters.Count == 0)
        {
            return;
        }

        Line(text, "## Parameters");
        Line(text);
        Line(text, "The pack parameters the rule reads (a policy may set each within its range).");
        Line(text);
        Line(text, "| Name | Type | Value | Range | Meaning |");
        Line(text, "|---|---|---|---|---|");
        foreach (var name in rule.Parameters)
        {
            var parameter = pack.Parameters.First(p => p.Name == name);
            var declaration = pack.Declarations.FirstOrDefault(d => d.Name == name);
            var range = declaration is { Minimum: { } minimum, Maximum: { } maximum } ? $"{Number(minimum)} – {Number(maximum)}" : "—";
            var value = Cell(Value(parameter.Value)) + (parameter.IsOverridden ? " (policy)" : string.Empty);
            Line(text, $"| `{name}` | `{parameter.Type}` | {value} | {range} | {Cell(parameter.Description ?? string.Empty)} |");
        }

        Line(text);
    }

    private static void WriteTimelines(StringBuilder text, RulePack pack, RuleInfo rule)
    {
        if (rule.Timelines.Count == 0)
        {
            return;
        }

        Line(text, "## Timelines");
        Line(text);
        Line(text, $"The rule is judged by the entry of each timeline in force at its governing instant; before a timeline's first entry it does not apply. Values of each entry: [{TimelinesFileName}]({TimelinesFileName}).");
        foreach (var timeline in rule.Timelines)
        {
            Line(text);
            Line(text, $"### {timeline}");
            Line(text);
            Line(text, "| Entry | From | Source |");
            Line(text, "|---|---|---|");
            foreach (var entry in Entries(pack.Timelines, timeline))
            {
                Line(text, $"| [{entry.Id}]({TimelinesFileName}#{Anchor(entry.Id)}) | {Date(entry.From)} | {Cell(entry.Source)} |");
            }
        }

        Line(text);
    }

    private static string TimelinesPage(RulePack pack)
    {
        var text = new StringBuilder();
        var nodes = pack.TimelineNodes.Copy();
        Line(text, "# Timelines");
        Line(text);
        Line(text, $"The rules in force by date in pack `{pack.Id}` version {pack.Version}{(pack.PolicySource is null ? string.Empty : $" with policy `{pack.PolicySource}`")}: each entry is in force from its date (Europe/London) until the next entry. Each names its source: a public document, \"unverified\" where no public source confirmed a value, or \"tool policy\" where the value is this tool's choice. {Generated}");
        foreach (var name in TimelineSet.Names)
        {
            Line(text);
            Line(text, $"## {name}");
            Line(text);
            var users = pack.Rules.Where(r => r.Timelines.Contains(name)).Select(r => $"[{r.Id}]({PageName(r)})").ToArray();
            Line(text, users.Length == 0 ? "Used by no rule of the pack." : $"Used by {string.Join(", ", users)}.");
            foreach (var entry in nodes.GetValueOrDefault(name) ?? [])
            {
                var id = entry["id"]?.GetValue<string>() ?? string.Empty;
                Line(text);
                Line(text, $"### {id}");
                Line(text);
                Line(text, "| Field | Value |");
                Line(text, "|---|---|");
                foreach (var (field, value) in entry.Where(f => f.Key is not ("id" or "source" or "introduces")).OrderBy(f => f.Key == "from" ? string.Empty : f.Key, StringComparer.Ordinal))
                {
                    Line(text, $"| `{field}` | {Json(value)} |");
                }

                Line(text);
                Line(text, $"Source: {entry["source"]?.GetValue<string>().ReplaceLineEndings(" ")}");
            }
        }

        return text.ToString();
    }

    private static IEnumerable<ITimelineEntry> Entries(TimelineSet timelines, string name) => name switch
    {
        TimelineSet.CountingRulesName => timelines.CountingRules.Entries,
        TimelineSet.OutcomesName => timelines.Outcomes.Entries,
        TimelineSet.VictimsCodeName => timelines.VictimsCode.Entries,
        TimelineSet.RightToReviewName => timelines.RightToReview.Entries,
        _ => [],
    };

    private static string SeverityText(RuleInfo rule) =>
        (rule.Escalations.Count == 0 ? rule.Severity.ToString() : $"{rule.Severity} (up to {rule.Escalations.Max(e => e.Severity)})")
        + (rule.Enabled ? string.Empty : " (disabled)");

    /// <summary>GitHub's heading anchor of an entry id: lower case, letters, digits and hyphens kept.</summary>
    private static string Anchor(string heading) =>
        new(heading.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c is '-' or '_').ToArray());

    private static string Json(JsonNode? value) => value switch
    {
        null => "`null`",
        JsonValue v when v.TryGetValue<string>(out var s) => $"`{s}`",
        _ => Code(value.ToJsonString()),
    };

    private static string Code(string expression)
    {
        // A code span cannot hold a line end, and a pipe would end the table cell; a backtick inside
        // needs a longer fence (no expression of the built-in pack has one).
        var flat = expression.ReplaceLineEndings(" ").Trim().Replace("|", "\\|", StringComparison.Ordinal);
        return flat.Contains('`', StringComparison.Ordinal) ? $"`` {flat} ``" : $"`{flat}`";
    }

    private static string Cell(string text) => text.ReplaceLineEndings(" ").Trim().Replace("|", "\\|", StringComparison.Ordinal);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Value(object? value) => value switch
    {
        null => "none",
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        Enum e => EnumNames.Of(e),
        DateOnly d => Date(d),
        double d => Number(d),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Value)) + "]",
        _ => value.ToString() ?? string.Empty,
    };

    private static void Line(StringBuilder text, string line = "") => text.Append(line).Append('\n');
}
