using System.Collections;
using System.Globalization;
using System.Text;
using Compliance.Rules.Records;

namespace Compliance.Rules.Packs;

/// <summary>
/// One Markdown page per rule of a pack, and an index, written from the pack itself: title,
/// severity and escalations, citation, description, applicability, condition, evidence, message and
/// the parameters the rule reads with their defaults. The repository's <c>docs/rules/</c> is this
/// output for the built-in pack, and CI regenerates it and fails on any difference, so the pages
/// cannot drift from the rules that run.
/// </summary>
public static class RuleDocumentation
{
    /// <summary>The name of the index page.</summary>
    public const string IndexFileName = "README.md";

    /// <summary>The pages: file name (<c>CANCEL-003.md</c>, <see cref="IndexFileName"/>) → Markdown, LF line ends, in pack order.</summary>
    /// <param name="pack">The pack.</param>
    /// <returns>The pages.</returns>
    public static IReadOnlyList<KeyValuePair<string, string>> Generate(RulePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var pages = new List<KeyValuePair<string, string>> { new(IndexFileName, Index(pack)) };
        pages.AddRange(pack.Rules.Select(rule => new KeyValuePair<string, string>($"{rule.Id}.md", Page(pack, rule))));
        return pages;
    }

    private static string Index(RulePack pack)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Rules of {pack.Title ?? pack.Id} ({pack.Id} {pack.Version})\n\n");
        text.Append("Generated from the pack by `compliance rules docs`: do not edit by hand (CI checks that these pages match the pack).\n\n");
        text.Append("| Id | Title | Scope | Severity | Citation |\n|---|---|---|---|---|\n");
        foreach (var rule in pack.Rules)
        {
            text.Append(CultureInfo.InvariantCulture, $"| [{rule.Id}]({rule.Id}.md) | {Cell(rule.Title)} | {Scope(rule)} | {rule.Severity}{(rule.Enabled ? string.Empty : " (disabled)")} | {Cell(rule.Citation)} |\n");
        }

        return text.ToString();
    }

    private static string Page(RulePack pack, RuleInfo rule)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# {rule.Id}: {rule.Title}\n\n");
        text.Append("Generated from the pack by `compliance rules docs`: do not edit by hand.\n\n");
        text.Append("| | |\n|---|---|\n");
        text.Append(CultureInfo.InvariantCulture, $"| Scope | {Scope(rule)} |\n");
        text.Append(CultureInfo.InvariantCulture, $"| Severity | {rule.Severity} |\n");
        foreach (var escalation in rule.Escalations)
        {
            text.Append(CultureInfo.InvariantCulture, $"| Escalates to | {escalation.Severity} when `{Cell(escalation.When)}` |\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"| Enabled | {(rule.Enabled ? "yes" : "no")} |\n");
        text.Append(CultureInfo.InvariantCulture, $"| Citation | {Cell(rule.Citation)} |\n\n");
        text.Append("## What it checks\n\n").Append(rule.Description).Append("\n\n");
        if (rule.Scope == RuleScope.Unit)
        {
            text.Append("The logic of a unit audit is built in (`Compliance.Rules.Auditing`); the pack gives its severity, enablement and thresholds.\n\n");
        }

        Code(text, "Applies when", rule.AppliesWhen);
        Code(text, "Condition", rule.Condition);

        // Seam: once a rule records the timelines it reads (counting-rules editions, outcome and
        // Victims' Code timelines), list them here as "## Timelines used".
        if (rule.EvidenceNames.Count > 0)
        {
            text.Append("## Evidence\n\n").Append(string.Join(", ", rule.EvidenceNames.Select(n => $"`{n}`"))).Append("\n\n");
        }

        text.Append("## Message\n\n").Append(rule.Message).Append("\n\n");
        if (rule.Parameters.Count > 0)
        {
            text.Append("## Parameters\n\n| Name | Type | Default | Meaning |\n|---|---|---|---|\n");
            foreach (var parameter in rule.Parameters.Select(name => pack.Parameters.First(p => p.Name == name)))
            {
                text.Append(CultureInfo.InvariantCulture, $"| `{parameter.Name}` | `{parameter.Type}` | {Cell(Value(parameter.Value))} | {Cell(parameter.Description ?? string.Empty)} |\n");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static void Code(StringBuilder text, string heading, string? expression)
    {
        if (expression is not null)
        {
            text.Append("## ").Append(heading).Append("\n\n```csharp\n").Append(expression.ReplaceLineEndings("\n").Trim()).Append("\n```\n\n");
        }
    }

    private static string Scope(RuleInfo rule) => rule.Scope == RuleScope.Unit ? "unit" : "record";

    private static string Cell(string text) => text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);

    private static string Value(object? value) => value switch
    {
        null => "none",
        string s => s,
        bool b => b ? "true" : "false",
        Enum e => EnumNames.Of(e),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Value)) + "]",
        _ => value.ToString() ?? string.Empty,
    };
}
