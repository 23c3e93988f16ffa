using Compliance.Cli.Reports;
using Compliance.Rules.Engine;
using Compliance.Rules.Packs;
using Compliance.Rules.Records;

namespace Compliance.Cli.Explaining;

/// <summary>
/// An explanation as text for a terminal: a heading naming the record, the as-of time and the pack,
/// then one line per rule (status, id, and what decided it), evidence on the line below a finding.
/// </summary>
internal static class ExplanationText
{
    /// <summary>Width of the status column: the longest status, "not applicable", and a space.</summary>
    private const int StatusWidth = 15;

    public static void Write(TextWriter output, RecordExplanation explanation, RulePack pack, bool includeText = false)
    {
        output.WriteLine($"{explanation.CrimeRecordId} as of {StrictTimestampConverter.Format(explanation.AsOf)}, rule pack {pack.Id} {pack.Version}{(pack.PolicySource is null ? string.Empty : " + policy " + pack.PolicySource)}");
        var counts = explanation.Rules.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()} {StatusNames.Text(g.Key)}");
        output.WriteLine($"  {explanation.Rules.Count} record rules: {string.Join(", ", counts)}");
        var shared = SharedTimelines(explanation.Rules);
        if (shared is not null)
        {
            output.WriteLine($"  timelines: {shared}");
        }

        WriteRules(output, explanation.Rules, "  ", showTimelines: shared is null, includeText);
    }

    /// <summary>
    /// One line per verdict (and the evidence of a finding below it), each line starting with <paramref name="indent"/>;
    /// evidence declared as free text only when <paramref name="includeText"/> (<c>--include-text</c>).
    /// </summary>
    public static void WriteRules(TextWriter output, IEnumerable<RuleVerdict> verdicts, string indent, bool showTimelines = true, bool includeText = false)
    {
        var width = 0;
        var list = verdicts.ToArray();
        foreach (var verdict in list)
        {
            width = Math.Max(width, verdict.RuleId.Length);
        }

        foreach (var verdict in list)
        {
            output.WriteLine($"{indent}{StatusNames.Text(verdict.Status).PadRight(StatusWidth)}{verdict.RuleId.PadRight(width + 2)}{Detail(verdict, showTimelines)}".TrimEnd());
            if (verdict.Finding is { } finding && ShownEvidence.Of(finding, includeText) is { Count: > 0 } evidence)
            {
                output.WriteLine($"{indent}{new string(' ', StatusWidth + width + 2)}evidence: {ValueText.Evidence(evidence)}");
            }
        }
    }

    /// <summary>The timelines every evaluated rule was judged by, when they are the same for all (the usual case): said once, not on every line.</summary>
    private static string? SharedTimelines(IReadOnlyList<RuleVerdict> verdicts)
    {
        var texts = verdicts.Where(v => v.Timelines.Count > 0).Select(v => Timelines(v)).Distinct(StringComparer.Ordinal).ToArray();
        return texts.Length == 1 ? texts[0] : null;
    }

    private static string Timelines(RuleVerdict verdict) =>
        string.Join("; ", verdict.Timelines.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key} {t.Value}"));

    private static string Detail(RuleVerdict verdict, bool showTimelines)
    {
        var timelines = !showTimelines || verdict.Timelines.Count == 0 ? string.Empty : $" [{Timelines(verdict)}]";
        return verdict.Status switch
        {
            RuleStatus.Fired when verdict.Finding is { } finding => $"{finding.Severity}: {finding.Message}{timelines}",
            RuleStatus.NotApplicable => $"missing: {verdict.Missing ?? "(unnamed requirement)"}{timelines}",
            RuleStatus.Error => $"error: {verdict.Error}{timelines}",
            RuleStatus.NotInForce when verdict.Reason is { } reason => $"{reason}{timelines}",
            _ => timelines.TrimStart(),
        };
    }
}
