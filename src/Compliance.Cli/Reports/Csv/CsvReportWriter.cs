using System.Globalization;
using Compliance.Rules.Auditing;
using Compliance.Rules.Engine;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;

namespace Compliance.Cli.Reports.Csv;

/// <summary>
/// One row per finding, for spreadsheets: record findings as records are evaluated (input order),
/// then incident findings (input order, kind <c>incident</c>), then unit findings (by unit). Rejected
/// input records and rule errors get rows too (kind <c>rejected</c>, <c>ruleError</c>; for incidents
/// <c>rejectedIncident</c>, <c>incidentRuleError</c>) so that nothing read is missing from the file.
/// With incident logs the rows have an <c>incidentId</c> column after <c>crimeRecordId</c>. Every
/// row carries the audit's as-of time.
/// </summary>
internal sealed class CsvReportWriter : IReportWriter
{
    /// <summary>Where the <c>incidentId</c> column goes: after <c>crimeRecordId</c>.</summary>
    private const int IncidentIdColumn = 3;

    private readonly TextWriter _output;
    private readonly ReportContext _context;

    // Every row states the as-of time its deadlines were judged at, so rows of several audits can be combined.
    private readonly string _asOf;

    public CsvReportWriter(TextWriter output, ReportContext context)
    {
        _output = output;
        _context = context;
        _asOf = StrictTimestampConverter.Format(context.AsOf);
        List<string> header = ["kind", "unitId", "crimeRecordId", "ruleId", "severity", "message", "evidence", "source", "line", "asOf"];
        if (context.HasIncidents)
        {
            // Only with --incidents, like the columns below: a plain audit's columns stay as they were.
            header.Insert(IncidentIdColumn, "incidentId");
        }

        if (context.Baseline is not null)
        {
            // Only with --baseline, so the columns of a plain audit stay what spreadsheets expect.
            header.Add("change");
        }

        if (context.IncludeText)
        {
            header.Add("texts");
        }

        CsvRow.Write(_output, header);
    }

    public void Evaluated(AuditedRecord record)
    {
        var evaluation = record.Evaluation;
        var line = record.Line.ToString(CultureInfo.InvariantCulture);
        var texts = _context.IncludeText ? string.Join("\n", _context.TextsOf(record).Select(t => $"{t.Field}: {t.Text}")) : null;
        foreach (var finding in evaluation.Findings)
        {
            Row("record", record.UnitId, evaluation.CrimeRecordId, finding, record.Source, line, texts, _context.Baseline?.ChangeOf(finding).Name);
        }

        foreach (var error in evaluation.Errors)
        {
            Row(["ruleError", record.UnitId, evaluation.CrimeRecordId, error.RuleId, string.Empty, error.Message, string.Empty, record.Source, line], texts: null);
        }
    }

    public void Rejected(Rejection rejection) =>
        Row(["rejected", string.Empty, string.Empty, string.Empty, string.Empty, rejection.Detail, $"code={rejection.Code}", rejection.Source, rejection.Line.ToString(CultureInfo.InvariantCulture)], texts: null);

    public void IncidentEvaluated(AuditedIncident incident)
    {
        var evaluation = incident.Evaluation;
        var line = incident.Line.ToString(CultureInfo.InvariantCulture);
        foreach (var finding in evaluation.Findings)
        {
            Row(["incident", incident.UnitId, string.Empty, finding.RuleId, finding.Severity.ToString(), finding.Message, ValueText.Evidence(ShownEvidence.Of(finding, includeText: false)), incident.Source, line],
                texts: null, _context.Baseline?.ChangeOf(finding).Name, evaluation.IncidentId);
        }

        foreach (var error in evaluation.Errors)
        {
            Row(["incidentRuleError", incident.UnitId, string.Empty, error.RuleId, string.Empty, error.Message, string.Empty, incident.Source, line], texts: null, incidentId: evaluation.IncidentId);
        }
    }

    public void IncidentRejected(Rejection rejection) =>
        Row(["rejectedIncident", string.Empty, string.Empty, string.Empty, string.Empty, rejection.Detail, $"code={rejection.Code}", rejection.Source, rejection.Line.ToString(CultureInfo.InvariantCulture)], texts: null);

    public void Complete(AuditSummary result)
    {
        // Records the unit tallies could not count: rule-error rows like the rules' own, known only at the end.
        foreach (var defect in result.TallyDefects)
        {
            if (defect.IncidentId is { } incidentId)
            {
                Row(["incidentRuleError", defect.UnitId, string.Empty, RuleErrorCounts.TallyRuleId, string.Empty, defect.Message, string.Empty, string.Empty, string.Empty], texts: null, incidentId: incidentId);
                continue;
            }

            Row(["ruleError", defect.UnitId, defect.CrimeRecordId, RuleErrorCounts.TallyRuleId, string.Empty, defect.Message, string.Empty, string.Empty, string.Empty], texts: null);
        }

        foreach (var unit in result.Units)
        {
            foreach (var finding in unit.Findings)
            {
                Row("unit", unit.UnitId, string.Empty, finding, string.Empty, string.Empty, texts: null, _context.Baseline?.ChangeOf(unit.UnitId, finding).Name);
            }
        }

        if (_context.Baseline is { } baseline)
        {
            foreach (var (change, findings) in new[] { ("resolved", baseline.Resolved), ("notReaudited", baseline.NotReaudited) })
            {
                foreach (var finding in findings)
                {
                    Row([finding.Kind, finding.UnitId ?? string.Empty, finding.CrimeRecordId ?? string.Empty, finding.RuleId, finding.Severity.ToString(),
                        string.Empty, string.Empty, string.Empty, string.Empty], texts: null, change, finding.IncidentId);
                }
            }
        }

        _output.Flush();
    }

    public void Dispose()
    {
    }

    private void Row(string kind, string unitId, string crimeRecordId, Finding finding, string source, string line, string? texts, string? change = null) =>
        Row([kind, unitId, crimeRecordId, finding.RuleId, finding.Severity.ToString(), finding.Message, ValueText.Evidence(ShownEvidence.Of(finding, _context.IncludeText)), source, line], texts, change);

    private void Row(List<string> fields, string? texts, string? change = null, string? incidentId = null)
    {
        if (_context.HasIncidents)
        {
            fields.Insert(IncidentIdColumn, incidentId ?? string.Empty);
        }

        fields.Add(_asOf);
        if (_context.Baseline is not null)
        {
            fields.Add(change ?? string.Empty);
        }

        if (_context.IncludeText)
        {
            fields.Add(texts ?? string.Empty);
        }

        CsvRow.Write(_output, fields);
    }
}
