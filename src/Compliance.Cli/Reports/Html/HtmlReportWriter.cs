using System.Globalization;
using Compliance.Rules.Auditing;
using Compliance.Rules.Engine;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;
using static Compliance.Cli.Reports.Html.Svg;

namespace Compliance.Cli.Reports.Html;

/// <summary>
/// One self-contained HTML file: summary, three inline SVG charts, the units, their findings and
/// not-assessed reasons, and the first record findings, rule errors and rejections (capped, so a
/// report of millions of records stays a page a browser opens; the cap is stated on the page).
/// With incident logs: their counts, a column of incident findings, each unit's unanswered
/// incidents (AUDIT-007's share), the incident rules' coverage, the first incident findings and the
/// rejected incidents; without them the page is what it was.
/// A Content-Security-Policy forbids the page to load anything.
/// </summary>
internal sealed class HtmlReportWriter(TextWriter output, ReportContext context, int listedFindings = HtmlReportWriter.ListedFindings) : IReportWriter
{
    public const int ListedFindings = 2000;
    public const int ListedProblems = 500;

    private readonly List<(AuditedRecord Record, Finding Finding)> _findings = [];
    private readonly List<Rejection> _rejections = [];
    private readonly List<(AuditedRecord Record, RuleEvaluationError Error)> _ruleErrors = [];
    private readonly List<(AuditedIncident Incident, Finding Finding)> _incidentFindings = [];
    private readonly List<(AuditedIncident Incident, RuleEvaluationError Error)> _incidentRuleErrors = [];
    private readonly List<Rejection> _incidentRejections = [];
    private long _recordFindings;
    private long _allIncidentFindings;

    public void Evaluated(AuditedRecord record)
    {
        foreach (var finding in record.Evaluation.Findings)
        {
            _recordFindings++;
            if (_findings.Count < listedFindings)
            {
                _findings.Add((record, finding));
            }
        }

        foreach (var error in record.Evaluation.Errors.Take(ListedProblems - _ruleErrors.Count))
        {
            _ruleErrors.Add((record, error));
        }
    }

    public void Rejected(Rejection rejection)
    {
        if (_rejections.Count < ListedProblems)
        {
            _rejections.Add(rejection);
        }
    }

    public void IncidentEvaluated(AuditedIncident incident)
    {
        foreach (var finding in incident.Evaluation.Findings)
        {
            _allIncidentFindings++;
            if (_incidentFindings.Count < listedFindings)
            {
                _incidentFindings.Add((incident, finding));
            }
        }

        foreach (var error in incident.Evaluation.Errors.Take(ListedProblems - _ruleErrors.Count - _incidentRuleErrors.Count))
        {
            _incidentRuleErrors.Add((incident, error));
        }
    }

    public void IncidentRejected(Rejection rejection)
    {
        if (_incidentRejections.Count < ListedProblems)
        {
            _incidentRejections.Add(rejection);
        }
    }

    public void Complete(AuditSummary result)
    {
        var asOf = StrictTimestampConverter.Format(context.AsOf);
        var pack = context.Pack;
        W("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        W("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        W("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        W($"<title>Compliance audit as of {E(asOf)}</title>\n<style>\n{HtmlStyle.Css}\n</style>\n</head>\n<body>\n");
        W($"<header>\n<h1>Compliance audit</h1>\n<p>As of <time datetime=\"{E(asOf)}\">{E(asOf)}</time></p>\n");
        W($"<p>Rule pack {E(pack.Id)} {E(pack.Version)}{(pack.PolicySource is null ? string.Empty : $" + policy {E(pack.PolicySource)}")} · sha256 <code>{E(pack.Sha256)}</code></p>\n");
        W($"<p>Inputs: {E(string.Join(", ", context.Inputs))}</p>\n");
        if (context.IncidentInputs is { } incidentInputs)
        {
            W($"<p>Incident inputs: {E(string.Join(", ", incidentInputs))}</p>\n");
        }

        W("</header>\n<main>\n");
        WriteSummary(result);
        WriteCharts(result);
        WriteUnitsThatStandOut(result);
        W(TimeCharts.Section(result, context.Period));
        WriteUnits(result);
        WriteNotAssessed(result);
        WriteCoverage(result.Totals);
        WriteIncidentCoverage(result);
        WriteFindings();
        WriteIncidentFindings(result);
        WriteRuleErrors(result);
        WriteRejected(result.Totals);
        WriteRejectedIncidents(result);
        W("</main>\n<footer>Reports hold ids, codes, counts and dates");
        W(context.IncludeText ? "; this one also holds free text from the records (--include-text)." : "; free text from records is left out (--include-text adds it).");
        W("</footer>\n</body>\n</html>\n");
        output.Flush();
    }

    public void Dispose()
    {
    }

    private void WriteSummary(AuditSummary result)
    {
        var totals = result.Totals;
        W("<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"cards\">\n");
        Card("records read", totals.RecordsRead, false);
        Card("evaluated", totals.RecordsEvaluated, false);
        Card("rejected", totals.RecordsRejected, totals.RecordsRejected > 0);
        Card("records with findings", totals.RecordsWithFindings, false);
        var ruleErrors = RuleErrorCounts.Total(result);
        Card("rule errors", ruleErrors, ruleErrors > 0);
        Card("units", result.Units.Count, false);
        Card("units that stand out", result.UnitsThatStandOut.Count(), result.UnitFindings > 0);
        if (result.Incidents is { } incidents)
        {
            Card("incidents read", incidents.IncidentsRead, false);
            Card("incidents evaluated", incidents.IncidentsEvaluated, false);
            Card("incidents rejected", incidents.IncidentsRejected, incidents.IncidentsRejected > 0);
            Card("incidents with findings", incidents.IncidentsWithFindings, false);
        }

        if (context.Baseline is { } baseline)
        {
            Card("new since baseline", baseline.New, baseline.New > 0);
            Card("unchanged", baseline.Unchanged, false);
            Card("resolved", baseline.Resolved.Count, false);
            Card("not audited again", baseline.NotReaudited.Count, false);
        }

        W("</div>\n");
        if (context.Baseline is { } compared)
        {
            W($"<p id=\"baseline\" class=\"note\">Since {E(compared.Report.Source)}: {E(Baselines.BaselineText.Counts(compared))}.{(Baselines.BaselineText.PackWarning(compared) is { } warning ? " " + E(warning) : string.Empty)}</p>\n");
        }

        var withIncidents = result.Incidents is not null;
        W($"<table id=\"findings-by-severity\">\n<thead><tr><th>Severity</th><th class=\"num\">Record findings</th>{(withIncidents ? "<th class=\"num\">Incident findings</th>" : string.Empty)}<th class=\"num\">Unit findings</th><th class=\"num\">Total</th></tr></thead>\n<tbody>\n");
        foreach (var severity in ValueText.SeveritiesDescending)
        {
            var total = result.Findings(severity);
            var records = totals.RecordFindings(severity);
            var incidentFindings = result.IncidentFindings(severity);
            var incidentCell = withIncidents ? $"<td class=\"num\">{ValueText.Count(incidentFindings)}</td>" : string.Empty;
            W($"<tr><td>{Badge(severity)}</td><td class=\"num\">{ValueText.Count(records)}</td>{incidentCell}<td class=\"num\">{ValueText.Count(total - records - incidentFindings)}</td><td class=\"num\">{ValueText.Count(total)}</td></tr>\n");
        }

        W("</tbody>\n</table>\n</section>\n");
    }

    private void Card(string label, long value, bool bad) =>
        W($"<div class=\"card{(bad ? " bad" : string.Empty)}\"><div class=\"value\">{ValueText.Count(value)}</div><div class=\"label\">{E(label)}</div></div>\n");

    private void WriteCharts(AuditSummary result)
    {
        W("<section id=\"charts\">\n<h2>Charts</h2>\n");
        W($"<figure>\n<figcaption>Findings by rule</figcaption>\n<p>{(result.Incidents is null ? "Record and unit" : "Record, incident and unit")} findings per rule; colour: the rule's severity in the pack.</p>\n");
        W(Charts.FindingsByRule(result.FindingsByRule, context.Pack));
        W("\n</figure>\n<figure>\n<figcaption>Rape cancellation rate per unit (AUDIT-002)</figcaption>\n");
        W("<p>Dot: the unit's rate; whisker: its 95% Wilson interval; orange tick: the baseline AUDIT-002 compares it with.</p>\n");
        W(Charts.RapeCancellation(result.Units, context.Pack));
        W("\n</figure>\n<figure>\n<figcaption>Reported and corrected detection rate per unit (AUDIT-004)</figcaption>\n");
        W("<p>Reported: sanction detections over crimes still counted; corrected: with the cancellations that carry CANCEL-002, 003 or 004 counted again.</p>\n");
        W(Charts.DetectionRates(result.Units));
        W("\n</figure>\n</section>\n");
    }

    private void WriteUnitsThatStandOut(AuditSummary result)
    {
        W("<section id=\"units-that-stand-out\">\n<h2>Units that stand out</h2>\n");
        var standing = result.UnitsThatStandOut.ToArray();
        if (standing.Length == 0)
        {
            W("<p class=\"ok\">No unit audit fired.</p>\n");
        }

        foreach (var unit in standing)
        {
            W($"<h3>{E(unit.UnitId)}</h3>\n<table class=\"unit-findings\">\n<thead><tr><th>Rule</th><th>Severity</th><th>Why</th><th>Figures</th></tr></thead>\n<tbody>\n");
            foreach (var finding in unit.Findings)
            {
                W($"<tr><td>{E(finding.RuleId)}<br><span class=\"note\">{E(context.TitleOf(finding.RuleId))}</span></td><td>{Badge(finding.Severity)}</td><td>{E(finding.Message)}</td><td class=\"evidence\">{string.Join("<br>", finding.Evidence.Select(e => E($"{e.Key} = {ValueText.Format(e.Value)}")))}</td></tr>\n");
            }

            W("</tbody>\n</table>\n");
        }

        W("</section>\n");
    }

    private void WriteUnits(AuditSummary result)
    {
        W("<section id=\"units\">\n<h2>Units</h2>\n<table id=\"units-table\">\n<thead><tr><th>Unit</th><th class=\"num\">Records</th><th class=\"num\">Critical</th><th class=\"num\">High</th><th class=\"num\">Medium</th><th class=\"num\">Low</th>");
        W("<th class=\"num\">Rape records cancelled</th><th class=\"num\">Detection reported</th><th class=\"num\">Detection corrected</th>");
        W(result.Incidents is null ? "<th>Unit findings</th></tr></thead>\n<tbody>\n" : "<th class=\"num\">Incidents unanswered</th><th>Unit findings</th></tr></thead>\n<tbody>\n");
        foreach (var unit in result.Units)
        {
            var m = unit.Metrics;
            W($"<tr{(unit.Findings.Count > 0 ? " class=\"stands-out\"" : string.Empty)}><td class=\"id\">{E(unit.UnitId)}</td><td class=\"num\">{ValueText.Count(ValueText.Whole(m, "records"))}</td>");
            foreach (var name in new[] { "findingsCritical", "findingsHigh", "findingsMedium", "findingsLow" })
            {
                W($"<td class=\"num\">{ValueText.Count(ValueText.Whole(m, name))}</td>");
            }

            W($"<td class=\"num\">{ValueText.Whole(m, "rapeRecordsCancelled")}/{ValueText.Whole(m, "rapeRecords")} ({ValueText.Percent(ValueText.Number(m, "rapeCancellationRate"))})</td>");
            W($"<td class=\"num\">{ValueText.Percent(ValueText.Number(m, "reportedDetectionRate"))}</td><td class=\"num\">{ValueText.Percent(ValueText.Number(m, "correctedDetectionRate"))}</td>");
            if (result.Incidents is not null)
            {
                // Of the unit's closed crime-indicative incidents, those on which INCIDENT-001, 002 or 003 fired (AUDIT-007's share).
                W($"<td class=\"num\">{ValueText.Whole(m, "unansweredIncidents")}/{ValueText.Whole(m, "closedCrimeIndicativeIncidents")} ({ValueText.Percent(ValueText.Number(m, "unansweredIncidentRate"))})</td>");
            }

            W($"<td>{(unit.Findings.Count == 0 ? "<span class=\"ok\">none</span>" : string.Join(" ", unit.Findings.Select(f => $"{Badge(f.Severity, f.RuleId)}")))}</td></tr>\n");
        }

        W("</tbody>\n</table>\n</section>\n");
    }

    /// <summary>Every record rule with what it judged; "not in force" and "no data" say a rule judged no record.</summary>
    private void WriteCoverage(AuditTotals totals)
    {
        W("<section id=\"rule-coverage\">\n<h2>Rule coverage</h2>\n<p class=\"note\">A rule that judged no record is <em>not in force</em> (the rules of the day did not hold it) or has <em>no data</em> (no record had what it checks): no finding from it is not evidence of compliance.");
        W(totals.UnmatchedOffenceCodes > 0 ? $" {ValueText.Count(totals.UnmatchedOffenceCodes)} records have a Home Office code the pack does not know.</p>\n" : "</p>\n");
        W("<table id=\"rule-coverage-table\">\n<thead><tr><th>Rule</th><th>Title</th><th class=\"num\">Applicable</th><th class=\"num\">Not in force</th><th class=\"num\">Fired</th><th class=\"num\">Errors</th><th>Coverage</th></tr></thead>\n<tbody>\n");
        foreach (var rule in context.Pack.Rules.Where(r => r.Scope == Rules.Packs.RuleScope.Record))
        {
            var coverage = totals.Coverage.GetValueOrDefault(rule.Id);
            var note = !rule.Enabled ? "disabled" : coverage is null ? "no data" : coverage.Note ?? string.Empty;
            W($"<tr><td class=\"id\">{E(rule.Id)}</td><td>{E(rule.Title)}</td><td class=\"num\">{ValueText.Count(coverage?.Applicable ?? 0)}</td><td class=\"num\">{ValueText.Count(coverage?.NotInForce ?? 0)}</td>");
            W($"<td class=\"num\">{ValueText.Count(coverage?.Fired ?? 0)}</td><td class=\"num\">{ValueText.Count(coverage?.Errors ?? 0)}</td><td>{E(note)}</td></tr>\n");
        }

        W("</tbody>\n</table>\n</section>\n");
    }

    private void WriteNotAssessed(AuditSummary result)
    {
        W("<section id=\"not-assessed\">\n<h2>Not assessed</h2>\n<p class=\"note\">A unit audit does not judge a unit with too few records for it, or without a baseline.</p>\n");
        W("<table id=\"not-assessed-table\">\n<thead><tr><th>Rule</th><th>Reason</th><th>Units</th></tr></thead>\n<tbody>\n");
        var reasons = result.Units
            .SelectMany(u => u.NotAssessed.Select(n => (u.UnitId, n.RuleId, n.Reason)))
            .GroupBy(r => (r.RuleId, r.Reason))
            .OrderBy(g => g.Key.RuleId, StringComparer.Ordinal).ThenBy(g => g.Key.Reason, StringComparer.Ordinal);
        foreach (var reason in reasons)
        {
            W($"<tr><td class=\"id\">{E(reason.Key.RuleId)}</td><td>{E(reason.Key.Reason)}</td><td>{E(string.Join(", ", reason.Select(r => r.UnitId)))}</td></tr>\n");
        }

        W("</tbody>\n</table>\n</section>\n");
    }

    private void WriteFindings()
    {
        W("<section id=\"findings\">\n<h2>Record findings</h2>\n");
        if (_recordFindings > _findings.Count)
        {
            W($"<p class=\"note\" id=\"findings-capped\">Showing the first {ValueText.Count(_findings.Count)} of {ValueText.Count(_recordFindings)} record findings, in input order. The csv and json reports list every one.</p>\n");
        }

        W($"<table id=\"findings-table\">\n<thead><tr><th>Record</th><th>Unit</th><th>Rule</th><th>Severity</th><th>Message</th><th>Evidence</th><th>Source</th>{(context.IncludeText ? "<th>Texts</th>" : string.Empty)}</tr></thead>\n<tbody>\n");
        foreach (var (record, finding) in _findings)
        {
            W($"<tr><td class=\"id\">{E(record.Evaluation.CrimeRecordId)}</td><td class=\"id\">{E(record.UnitId)}</td><td class=\"id\">{E(finding.RuleId)}</td><td>{Badge(finding.Severity)}</td><td>{E(finding.Message)}</td>");
            W($"<td class=\"evidence\">{E(ValueText.Evidence(ShownEvidence.Of(finding, context.IncludeText)))}</td><td class=\"id\">{E(record.Source)}:{record.Line.ToString(CultureInfo.InvariantCulture)}</td>");
            if (context.IncludeText)
            {
                W($"<td class=\"evidence\">{string.Join("<br>", context.TextsOf(record).Select(t => E($"{t.Field}: {t.Text}")))}</td>");
            }

            W("</tr>\n");
        }

        W("</tbody>\n</table>\n</section>\n");
    }

    /// <summary>The rules that failed on records, then the records the unit tallies could not count (rule <c>unitTally</c>, no source: known only by id).</summary>
    private void WriteRuleErrors(AuditSummary result)
    {
        var total = RuleErrorCounts.Total(result);
        if (total == 0)
        {
            return;
        }

        var defects = result.TallyDefects.Take(Math.Max(0, ListedProblems - _ruleErrors.Count - _incidentRuleErrors.Count)).ToArray();
        var listed = _ruleErrors.Count + _incidentRuleErrors.Count + defects.Length;
        W($"<section id=\"rule-errors\">\n<h2>Rule errors ({ValueText.Count(total)})</h2>\n<p class=\"note\">These rules could not be evaluated on these records; every other rule was.");
        W(result.TallyDefects.Count > 0 ? " Under unitTally: records the unit audits could not count (each was evaluated; only the unit figures leave it out)." : string.Empty);
        W(total > listed ? $" Showing the first {ValueText.Count(listed)}.</p>\n" : "</p>\n");
        W("<table id=\"rule-errors-table\">\n<thead><tr><th>Record</th><th>Unit</th><th>Rule</th><th>Error</th><th>Source</th></tr></thead>\n<tbody>\n");
        foreach (var (record, error) in _ruleErrors)
        {
            W($"<tr><td class=\"id\">{E(record.Evaluation.CrimeRecordId)}</td><td class=\"id\">{E(record.UnitId)}</td><td class=\"id\">{E(error.RuleId)}</td><td>{E(error.Message)}</td><td class=\"id\">{E(record.Source)}:{record.Line.ToString(CultureInfo.InvariantCulture)}</td></tr>\n");
        }

        foreach (var (incident, error) in _incidentRuleErrors)
        {
            W($"<tr><td class=\"id\">incident {E(incident.Evaluation.IncidentId)}</td><td class=\"id\">{E(incident.UnitId)}</td><td class=\"id\">{E(error.RuleId)}</td><td>{E(error.Message)}</td><td class=\"id\">{E(incident.Source)}:{incident.Line.ToString(CultureInfo.InvariantCulture)}</td></tr>\n");
        }

        foreach (var defect in defects)
        {
            W($"<tr><td class=\"id\">{E(RuleErrorCounts.DefectSubject(defect))}</td><td class=\"id\">{E(defect.UnitId)}</td><td class=\"id\">{RuleErrorCounts.TallyRuleId}</td><td>{E(defect.Message)}</td><td class=\"id\">–</td></tr>\n");
        }

        W("</tbody>\n</table>\n</section>\n");
    }

    private void WriteRejected(AuditTotals totals)
    {
        W($"<section id=\"rejected\">\n<h2>Rejected records ({ValueText.Count(totals.RecordsRejected)})</h2>\n");
        if (totals.RecordsRejected == 0)
        {
            W("<p class=\"ok\">Every input record was read.</p>\n</section>\n");
            return;
        }

        W($"<p class=\"note\">Not evaluated. {E(string.Join(", ", totals.RejectedByCode.Select(r => $"{r.Key}: {ValueText.Count(r.Value)}")))}.");
        W(totals.RecordsRejected > _rejections.Count ? $" Showing the first {ValueText.Count(_rejections.Count)}.</p>\n" : "</p>\n");
        W("<table id=\"rejected-table\">\n<thead><tr><th>Source</th><th class=\"num\">Line</th><th>Code</th><th>Error</th></tr></thead>\n<tbody>\n");
        foreach (var rejection in _rejections)
        {
            W($"<tr><td class=\"id\">{E(rejection.Source)}</td><td class=\"num\">{rejection.Line.ToString(CultureInfo.InvariantCulture)}</td><td>{E(rejection.Code.ToString())}</td><td>{E(rejection.Detail)}</td></tr>\n");
        }

        W("</tbody>\n</table>\n</section>\n");
    }

    /// <summary>With incident logs: every incident rule with what it judged, counted in incidents.</summary>
    private void WriteIncidentCoverage(AuditSummary result)
    {
        if (result.Incidents is not { } incidents)
        {
            return;
        }

        W("<section id=\"incident-rule-coverage\">\n<h2>Incident rule coverage</h2>\n<p class=\"note\">Counted in incidents. An incident rule that judged no incident has <em>no data</em> (no incident had what it checks) or was <em>not in force</em>: no finding from it is not evidence of compliance.</p>\n");
        W("<table id=\"incident-rule-coverage-table\">\n<thead><tr><th>Rule</th><th>Title</th><th class=\"num\">Applicable</th><th class=\"num\">Not in force</th><th class=\"num\">Fired</th><th class=\"num\">Errors</th><th>Coverage</th></tr></thead>\n<tbody>\n");
        foreach (var rule in context.Pack.Rules.Where(r => r.Scope == Rules.Packs.RuleScope.Incident))
        {
            var statuses = incidents.Rules.GetValueOrDefault(rule.Id);
            long Count(RuleStatus status) => statuses?.GetValueOrDefault(status) ?? 0;
            var applicable = Count(RuleStatus.Fired) + Count(RuleStatus.Passed);
            var note = !rule.Enabled ? "disabled" : applicable > 0 ? string.Empty : Count(RuleStatus.NotInForce) > 0 ? "not in force" : "no data";
            W($"<tr><td class=\"id\">{E(rule.Id)}</td><td>{E(rule.Title)}</td><td class=\"num\">{ValueText.Count(applicable)}</td><td class=\"num\">{ValueText.Count(Count(RuleStatus.NotInForce))}</td>");
            W($"<td class=\"num\">{ValueText.Count(Count(RuleStatus.Fired))}</td><td class=\"num\">{ValueText.Count(Count(RuleStatus.Error))}</td><td>{E(note)}</td></tr>\n");
        }

        W("</tbody>\n</table>\n</section>\n");
    }

    /// <summary>With incident logs: the first incident findings in input order (each a review candidate for a person to judge).</summary>
    private void WriteIncidentFindings(AuditSummary result)
    {
        if (result.Incidents is null)
        {
            return;
        }

        W("<section id=\"incident-findings\">\n<h2>Incident findings</h2>\n<p class=\"note\">Incidents that should perhaps have become crimes, or were closed unreviewed: review candidates for a person to judge.");
        W(_allIncidentFindings > _incidentFindings.Count
            ? $" Showing the first {ValueText.Count(_incidentFindings.Count)} of {ValueText.Count(_allIncidentFindings)} incident findings, in input order. The csv and json reports list every one.</p>\n"
            : "</p>\n");
        W("<table id=\"incident-findings-table\">\n<thead><tr><th>Incident</th><th>Unit</th><th>Rule</th><th>Severity</th><th>Message</th><th>Evidence</th><th>Source</th></tr></thead>\n<tbody>\n");
        foreach (var (incident, finding) in _incidentFindings)
        {
            W($"<tr><td class=\"id\">{E(incident.Evaluation.IncidentId)}</td><td class=\"id\">{E(incident.UnitId)}</td><td class=\"id\">{E(finding.RuleId)}</td><td>{Badge(finding.Severity)}</td><td>{E(finding.Message)}</td>");
            W($"<td class=\"evidence\">{E(ValueText.Evidence(ShownEvidence.Of(finding, includeText: false)))}</td><td class=\"id\">{E(incident.Source)}:{incident.Line.ToString(CultureInfo.InvariantCulture)}</td></tr>\n");
        }

        W("</tbody>\n</table>\n</section>\n");
    }

    private void WriteRejectedIncidents(AuditSummary result)
    {
        if (result.Incidents is not { } incidents)
        {
            return;
        }

        W($"<section id=\"rejected-incidents\">\n<h2>Rejected incidents ({ValueText.Count(incidents.IncidentsRejected)})</h2>\n");
        if (incidents.IncidentsRejected == 0)
        {
            W("<p class=\"ok\">Every input incident was read.</p>\n</section>\n");
            return;
        }

        W($"<p class=\"note\">Not evaluated. {E(string.Join(", ", incidents.RejectedByCode.Select(r => $"{r.Key}: {ValueText.Count(r.Value)}")))}.");
        W(incidents.IncidentsRejected > _incidentRejections.Count ? $" Showing the first {ValueText.Count(_incidentRejections.Count)}.</p>\n" : "</p>\n");
        W("<table id=\"rejected-incidents-table\">\n<thead><tr><th>Source</th><th class=\"num\">Line</th><th>Code</th><th>Error</th></tr></thead>\n<tbody>\n");
        foreach (var rejection in _incidentRejections)
        {
            W($"<tr><td class=\"id\">{E(rejection.Source)}</td><td class=\"num\">{rejection.Line.ToString(CultureInfo.InvariantCulture)}</td><td>{E(rejection.Code.ToString())}</td><td>{E(rejection.Detail)}</td></tr>\n");
        }

        W("</tbody>\n</table>\n</section>\n");
    }

    private static string Badge(Severity severity, string? text = null) =>
        $"<span class=\"sev sev-{severity}\">{E(text ?? severity.ToString())}</span>";

    private void W(string text) => output.Write(text);
}
