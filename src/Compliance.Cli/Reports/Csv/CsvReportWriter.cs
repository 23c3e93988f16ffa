using System.Globalization;
using Compliance.Rules.Auditing;
using Compliance.Rules.Engine;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;

namespace Compliance.Cli.Reports.Csv;

/// <summary>
/// One row per finding, for spreadsheets: record findings as records are evaluated (input order),
/// then unit findings (by unit). Rejected input records and rule errors get rows too (kind
/// <c>rejected</c>, <c>ruleError</c>) so that nothing read is missing from the file. Every row
/// carries the audit's as-of time.
/// </summary>
internal sealed class CsvReportWriter : IReportWriter
{
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

    public void Complete(AuditSummary result)
    {
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
                    Row([finding.CrimeRecordId is null ? "unit" : "record", finding.UnitId ?? string.Empty, finding.CrimeRecordId ?? string.Empty, finding.RuleId, finding.Severity.ToString(),
                        string.Empty, string.Empty, string.Empty, string.Empty], texts: null, change);
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

    private void Row(List<string> fields, string? texts, string? change = null)
    {
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
