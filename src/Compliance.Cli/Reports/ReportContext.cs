using Compliance.Rules.Auditing;
using Compliance.Rules.Packs;

namespace Compliance.Cli.Reports;

/// <summary>What every report states about the run: the as-of time, the pack, the inputs as given.</summary>
/// <param name="AsOf">The as-of instant the records were evaluated at.</param>
/// <param name="Pack">The rule pack (after any policy).</param>
/// <param name="Inputs">The input names as the user gave them (<c>&lt;stdin&gt;</c> for standard input).</param>
/// <param name="IncludeText">Whether free text from records may appear in the report (<c>--include-text</c>).</param>
internal sealed record ReportContext(DateTimeOffset AsOf, RulePack Pack, IReadOnlyList<string> Inputs, bool IncludeText)
{
    /// <summary>The context of a report of <paramref name="audit"/>: its as-of time and pack.</summary>
    public static ReportContext Of(ComplianceAudit audit, IReadOnlyList<string> inputs, bool includeText) =>
        new(audit.AsOf, audit.Pack, inputs, includeText);

    /// <summary>The rule's title, or its id when the pack does not know it.</summary>
    public string TitleOf(string ruleId) => Pack.FindRule(ruleId)?.Title ?? ruleId;

    /// <summary>A record's free texts when the report may hold them (<c>--include-text</c>) and the record has findings; otherwise none.</summary>
    public IReadOnlyList<RecordText> TextsOf(AuditedRecord record) =>
        IncludeText && record.Evaluation.Findings.Count > 0 ? RecordTexts.Of(record.Record) : [];
}
