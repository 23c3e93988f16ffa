using Compliance.Rules.Auditing;
using Compliance.Rules.Auditing.Monitoring;
using Compliance.Rules.Packs;

namespace Compliance.Cli.Reports;

/// <summary>What every report states about the run: the as-of time, the pack, the inputs as given.</summary>
/// <param name="AsOf">The as-of instant the records were evaluated at.</param>
/// <param name="Pack">The rule pack (after any policy).</param>
/// <param name="Inputs">The input names as the user gave them (<c>&lt;stdin&gt;</c> for standard input).</param>
/// <param name="IncludeText">Whether free text from records may appear in the report (<c>--include-text</c>).</param>
internal sealed record ReportContext(DateTimeOffset AsOf, RulePack Pack, IReadOnlyList<string> Inputs, bool IncludeText)
{
    /// <summary>The comparison with the previous report (<c>--baseline</c>), when one was given.</summary>
    public Baselines.BaselineComparison? Baseline { get; init; }

    /// <summary>The rule's title, or its id when the pack does not know it.</summary>
    public string TitleOf(string ruleId) => Pack.FindRule(ruleId)?.Title ?? ruleId;

    /// <summary>The incident-log inputs as given (<c>--incidents</c>), or null for an audit of crime records alone.</summary>
    public IReadOnlyList<string>? IncidentInputs { get; init; }

    /// <summary>Whether the audit judges incident logs too: the incident parts of a report appear only then.</summary>
    public bool HasIncidents => IncidentInputs is not null;

    /// <summary>The period of the monitoring series (<c>--period</c>).</summary>
    public MonitorPeriod Period { get; init; } = MonitorPeriod.Month;

    /// <summary>The report context of an audit: its as-of time, pack and series period, as given once to the audit.</summary>
    public static ReportContext Of(ComplianceAudit audit, IReadOnlyList<string> inputs, bool includeText) =>
        new(audit.AsOf, audit.Pack, inputs, includeText) { Period = audit.Period };

    /// <summary>
    /// The record's free texts for the report: only with <c>--include-text</c> and only for a record with
    /// findings (a reviewer needs them beside a finding, nowhere else); otherwise none.
    /// </summary>
    public IReadOnlyList<RecordText> TextsOf(AuditedRecord record) =>
        IncludeText && record.Evaluation.Findings.Count > 0 ? RecordTexts.Of(record.Record) : [];
}
