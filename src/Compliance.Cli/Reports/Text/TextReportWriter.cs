using Compliance.Rules.Auditing;
using Compliance.Rules.Engine;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;
using Spectre.Console;
using Spectre.Console.Rendering;
using Plain = Spectre.Console.Text;

namespace Compliance.Cli.Reports.Text;

/// <summary>
/// The terminal summary (the default format): counts, findings by severity and rule, the units
/// that stand out with their figures, units not assessed and why, rule errors and rejected input.
/// Individual record findings are not listed (there may be millions); the other formats list them.
/// With incident logs: their counts, a column of incident findings, the incident rules that judged
/// no incident, the first incidents with findings (review candidates), AUDIT-007 among the unit
/// audits, and the rejected incidents.
/// </summary>
internal sealed class TextReportWriter(IAnsiConsole console, ReportContext context) : IReportWriter
{
    /// <summary>How many rejections and rule errors are shown one by one (all are counted).</summary>
    public const int ListedProblems = 20;

    private readonly List<Rejection> _rejections = [];
    private readonly List<string> _ruleErrors = [];
    private readonly List<Rejection> _incidentRejections = [];
    private readonly List<string> _incidentsWithFindings = [];

    public void Evaluated(AuditedRecord record)
    {
        foreach (var error in record.Evaluation.Errors.Take(ListedProblems - _ruleErrors.Count))
        {
            _ruleErrors.Add($"{record.Source}:{record.Line}: {record.Evaluation.CrimeRecordId} {error.RuleId}: {error.Message}");
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
        var evaluation = incident.Evaluation;
        if (evaluation.Findings.Count > 0 && _incidentsWithFindings.Count < ListedProblems)
        {
            _incidentsWithFindings.Add($"{incident.Source}:{incident.Line}: {evaluation.IncidentId} (unit {incident.UnitId}): "
                + string.Join(", ", evaluation.Findings.Select(f => $"{f.RuleId} {f.Severity}")));
        }

        foreach (var error in evaluation.Errors.Take(ListedProblems - _ruleErrors.Count))
        {
            _ruleErrors.Add($"{incident.Source}:{incident.Line}: incident {evaluation.IncidentId} {error.RuleId}: {error.Message}");
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
        WriteHeader(result);
        WriteFindings(result);
        WriteCoverage(result.Totals);
        WriteIncidentCoverage(result);
        WriteIncidentsWithFindings(result);
        WriteUnitsThatStandOut(result);
        AlertsSection.Write(console, result.Monitoring.Alerts);
        WriteUnits(result);
        WriteNotAssessed(result);
        WriteRuleErrors(result);
        WriteRejected(result.Totals);
        WriteRejectedIncidents(result);
        console.WriteLine();
        console.MarkupLine("[grey]Every finding with its evidence: --format json, csv or html with --output <file>.[/]");
    }

    public void Dispose()
    {
    }

    private void WriteHeader(AuditSummary result)
    {
        var totals = result.Totals;
        var pack = context.Pack;
        console.MarkupLine($"[bold]Compliance audit[/] as of [bold]{StrictTimestampConverter.Format(context.AsOf)}[/]");
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        grid.AddRow(new Markup("[bold]Rule pack[/]"), new Plain($"{pack.Id} {pack.Version}{(pack.PolicySource is null ? string.Empty : $" + policy {pack.PolicySource}")} (sha256 {pack.Sha256})"));
        grid.AddRow(new Markup("[bold]Inputs[/]"), new Plain(string.Join(", ", context.Inputs)));
        grid.AddRow(
            new Markup("[bold]Records[/]"),
            new Markup($"{ValueText.Count(totals.RecordsRead)} read, {ValueText.Count(totals.RecordsEvaluated)} evaluated, "
                + $"{(totals.RecordsRejected > 0 ? "[red]" : "[green]")}{ValueText.Count(totals.RecordsRejected)} rejected[/], "
                + $"{ValueText.Count(totals.RecordsWithFindings)} with findings"));
        if (result.Incidents is { } incidents)
        {
            grid.AddRow(new Markup("[bold]Incident inputs[/]"), new Plain(string.Join(", ", context.IncidentInputs ?? [])));
            grid.AddRow(
                new Markup("[bold]Incidents[/]"),
                new Markup($"{ValueText.Count(incidents.IncidentsRead)} read, {ValueText.Count(incidents.IncidentsEvaluated)} evaluated, "
                    + $"{(incidents.IncidentsRejected > 0 ? "[red]" : "[green]")}{ValueText.Count(incidents.IncidentsRejected)} rejected[/], "
                    + $"{ValueText.Count(incidents.IncidentsWithFindings)} with findings; links to records: {ValueText.Count(incidents.OneSidedLinks)} stated by one side only, "
                    + $"{ValueText.Count(incidents.UnresolvedIncidentLinks)} to records not in the input"));
        }

        if (context.Baseline is { } baseline)
        {
            grid.AddRow(new Markup("[bold]Since baseline[/]"), new Plain($"{Baselines.BaselineText.Counts(baseline)} ({baseline.Report.Source})"));
            if (Baselines.BaselineText.PackWarning(baseline) is { } warning)
            {
                grid.AddRow(new Markup("[bold yellow]Baseline pack[/]"), new Plain(warning));
            }
        }

        console.Write(grid);
        console.WriteLine();
    }

    private void WriteFindings(AuditSummary result)
    {
        var severities = new Table().Border(TableBorder.Simple).Title("Findings by severity")
            .AddColumn("Severity").AddColumn(new TableColumn("Records").RightAligned());
        if (result.Incidents is not null)
        {
            severities.AddColumn(new TableColumn("Incidents").RightAligned());
        }

        severities.AddColumn(new TableColumn("Units").RightAligned()).AddColumn(new TableColumn("Total").RightAligned());
        foreach (var severity in ValueText.SeveritiesDescending)
        {
            var total = result.Findings(severity);
            var records = result.Totals.RecordFindings(severity);
            var incidents = result.IncidentFindings(severity);
            List<IRenderable> cells = [Severity(severity), new Plain(ValueText.Count(records))];
            if (result.Incidents is not null)
            {
                cells.Add(new Plain(ValueText.Count(incidents)));
            }

            cells.AddRange([new Plain(ValueText.Count(total - records - incidents)), new Plain(ValueText.Count(total))]);
            severities.AddRow(cells);
        }

        var rules = new Table().Border(TableBorder.Simple).Title("Findings by rule")
            .AddColumn("Rule").AddColumn("Title").AddColumn(new TableColumn("Findings").RightAligned());
        foreach (var (ruleId, count) in result.FindingsByRule.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal))
        {
            rules.AddRow(new Plain(ruleId), new Plain(context.TitleOf(ruleId)), new Plain(ValueText.Count(count)));
        }

        if (result.FindingsByRule.Count == 0)
        {
            rules.AddRow(new Plain("–"), new Plain("no rule fired"), new Plain("0"));
        }

        console.Write(new Columns(severities, rules) { Expand = false });
    }

    private void WriteUnitsThatStandOut(AuditSummary result)
    {
        var standing = result.UnitsThatStandOut.ToArray();
        Heading($"[bold]Units that stand out[/] ({standing.Length} of {result.Units.Count})");
        if (standing.Length == 0)
        {
            console.MarkupLine("[green]No unit audit fired.[/]");
            return;
        }

        foreach (var unit in standing)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]{Markup.Escape(unit.UnitId)}[/] ({ValueText.Count(ValueText.Whole(unit.Metrics, "records"))} records)");
            var grid = new Grid().AddColumn(new GridColumn().NoWrap().Padding(2, 0, 2, 0)).AddColumn(new GridColumn().NoWrap().PadRight(2)).AddColumn();
            foreach (var finding in unit.Findings)
            {
                var figures = string.Join(" · ", finding.Evidence.Select(e => $"{e.Key} {ValueText.Format(e.Value)}"));
                grid.AddRow(
                    new Markup($"[bold]{Markup.Escape(finding.RuleId)}[/]"),
                    Severity(finding.Severity),
                    new Markup($"[bold]{Markup.Escape(context.TitleOf(finding.RuleId))}[/]\n{Markup.Escape(finding.Message)}\n[grey]{Markup.Escape(figures)}[/]"));
            }

            console.Write(grid);
        }

        console.WriteLine();
    }

    private void WriteUnits(AuditSummary result)
    {
        var table = new Table().Border(TableBorder.Simple).Title("All units")
            .AddColumn("Unit").AddColumn(new TableColumn("Records").RightAligned())
            .AddColumn(new TableColumn("Crit/High/Med/Low").RightAligned())
            .AddColumn(new TableColumn("Rape cancelled").RightAligned())
            .AddColumn(new TableColumn("Detection reported").RightAligned())
            .AddColumn(new TableColumn("corrected").RightAligned());
        if (result.Incidents is not null)
        {
            table.AddColumn(new TableColumn("Incidents unanswered").RightAligned());
        }

        table.AddColumn("Unit findings");
        foreach (var unit in result.Units)
        {
            var m = unit.Metrics;
            List<IRenderable> cells =
            [
                new Plain(unit.UnitId),
                new Plain(ValueText.Count(ValueText.Whole(m, "records"))),
                new Plain($"{ValueText.Whole(m, "findingsCritical")}/{ValueText.Whole(m, "findingsHigh")}/{ValueText.Whole(m, "findingsMedium")}/{ValueText.Whole(m, "findingsLow")}"),
                new Plain($"{ValueText.Whole(m, "rapeRecordsCancelled")}/{ValueText.Whole(m, "rapeRecords")} {ValueText.Percent(ValueText.Number(m, "rapeCancellationRate"))}"),
                new Plain(ValueText.Percent(ValueText.Number(m, "reportedDetectionRate"))),
                new Plain(ValueText.Percent(ValueText.Number(m, "correctedDetectionRate"))),
            ];
            if (result.Incidents is not null)
            {
                // Of the unit's closed crime-indicative incidents, those on which INCIDENT-001, 002 or 003 fired (AUDIT-007's share).
                cells.Add(new Plain($"{ValueText.Whole(m, "unansweredIncidents")}/{ValueText.Whole(m, "closedCrimeIndicativeIncidents")} {ValueText.Percent(ValueText.Number(m, "unansweredIncidentRate"))}"));
            }

            cells.Add(unit.Findings.Count == 0 ? new Markup("[green]none[/]") : new Markup($"[red]{Markup.Escape(string.Join(", ", unit.Findings.Select(f => f.RuleId)))}[/]"));
            table.AddRow(cells);
        }

        console.Write(table);
    }

    private void WriteNotAssessed(AuditSummary result)
    {
        // The same reason recurs across units (many units have no rape records): one row per reason.
        var rows = result.Units
            .SelectMany(u => u.NotAssessed.Select(n => (u.UnitId, n.RuleId, n.Reason)))
            .GroupBy(r => (r.RuleId, r.Reason))
            .OrderBy(g => g.Key.RuleId, StringComparer.Ordinal).ThenBy(g => g.Key.Reason, StringComparer.Ordinal)
            .ToArray();
        if (rows.Length == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Simple).Title("Not assessed (too few records for the rule, or no baseline)")
            .AddColumn("Rule").AddColumn("Reason").AddColumn("Units");
        foreach (var row in rows)
        {
            table.AddRow(new Plain(row.Key.RuleId), new Plain(row.Key.Reason), new Plain(string.Join(", ", row.Select(r => r.UnitId))));
        }

        console.Write(table);
    }

    /// <summary>
    /// The record rules that judged no record: "not in force" (their timeline entry did not hold them on the
    /// day of any record) or "no data" (no record had what they check), so an export without, say, victim
    /// contacts cannot pass for a compliant one; and records whose offence code the pack does not know.
    /// </summary>
    private void WriteCoverage(AuditTotals totals)
    {
        var silent = context.Pack.Rules
            .Where(r => r.Scope == Rules.Packs.RuleScope.Record && r.Enabled)
            .Select(r => (Rule: r, Note: totals.Coverage.TryGetValue(r.Id, out var coverage) ? coverage.Note : "no data"))
            .Where(r => r.Note is not null)
            .ToArray();
        if (silent.Length == 0 && totals.UnmatchedOffenceCodes == 0)
        {
            return;
        }

        Heading($"[bold]Rules that judged no record[/] ({silent.Length}): no finding here is not evidence of compliance");
        if (silent.Length > 0)
        {
            var table = new Table().Border(TableBorder.Simple).AddColumn("Rule").AddColumn("Title").AddColumn("Coverage");
            foreach (var (rule, note) in silent)
            {
                table.AddRow(new Plain(rule.Id), new Plain(rule.Title), new Markup(note == "no data" ? "[yellow]no data[/]" : "[grey]not in force[/]"));
            }

            console.Write(table);
        }

        if (totals.UnmatchedOffenceCodes > 0)
        {
            console.MarkupLine($"[yellow]{ValueText.Count(totals.UnmatchedOffenceCodes)} records[/] have a Home Office code the pack does not know (knownOffenceCodes): offence-group rules may have missed them.");
        }
    }

    /// <summary>
    /// With incident logs: the incident rules that judged no incident ("no data": no incident had what
    /// they check, or none was read; "not in force": every disclosure came before the counting rules).
    /// </summary>
    private void WriteIncidentCoverage(AuditSummary result)
    {
        if (result.Incidents is not { } incidents)
        {
            return;
        }

        var silent = context.Pack.Rules
            .Where(r => r.Scope == Rules.Packs.RuleScope.Incident && r.Enabled)
            .Select(r => (Rule: r, Statuses: incidents.Rules.GetValueOrDefault(r.Id)))
            .Select(r => (r.Rule, Note: Applicable(r.Statuses) > 0 ? null : (r.Statuses?.GetValueOrDefault(RuleStatus.NotInForce) ?? 0) > 0 ? "not in force" : "no data"))
            .Where(r => r.Note is not null)
            .ToArray();
        if (silent.Length == 0)
        {
            return;
        }

        Heading($"[bold]Incident rules that judged no incident[/] ({silent.Length}): no finding here is not evidence of compliance");
        var table = new Table().Border(TableBorder.Simple).AddColumn("Rule").AddColumn("Title").AddColumn("Coverage");
        foreach (var (rule, note) in silent)
        {
            table.AddRow(new Plain(rule.Id), new Plain(rule.Title), new Markup(note == "no data" ? "[yellow]no data[/]" : "[grey]not in force[/]"));
        }

        console.Write(table);

        static long Applicable(IReadOnlyDictionary<RuleStatus, long>? statuses) =>
            (statuses?.GetValueOrDefault(RuleStatus.Fired) ?? 0) + (statuses?.GetValueOrDefault(RuleStatus.Passed) ?? 0);
    }

    /// <summary>The first incidents with findings, in input order: each is a review candidate (every one is in the json, csv and html reports).</summary>
    private void WriteIncidentsWithFindings(AuditSummary result)
    {
        if (result.Incidents is not { } incidents)
        {
            return;
        }

        Heading($"[bold]Incidents with findings[/] ({ValueText.Count(incidents.IncidentsWithFindings)} of {ValueText.Count(incidents.IncidentsEvaluated)}): review candidates for a person to judge");
        if (incidents.IncidentsWithFindings == 0)
        {
            console.MarkupLine("[green]No incident rule fired.[/]");
            return;
        }

        WriteList(_incidentsWithFindings, incidents.IncidentsWithFindings);
    }

    private void WriteRejectedIncidents(AuditSummary result)
    {
        if (result.Incidents is not { IncidentsRejected: > 0 } incidents)
        {
            return;
        }

        Heading($"[bold red]Rejected incidents[/] ({ValueText.Count(incidents.IncidentsRejected)}): not evaluated");
        console.MarkupLine(Markup.Escape(string.Join(", ", incidents.RejectedByCode.Select(r => $"{r.Key}: {ValueText.Count(r.Value)}"))));
        WriteList(_incidentRejections.Select(r => $"{r.Source}:{r.Line}: {r.Detail}").ToArray(), incidents.IncidentsRejected);
    }

    /// <summary>The rules that failed on records, then the records the unit tallies could not count (under <c>unitTally</c>).</summary>
    private void WriteRuleErrors(AuditSummary result)
    {
        var defects = result.TallyDefects;
        var total = RuleErrorCounts.Total(result);
        if (total == 0)
        {
            return;
        }

        Heading($"[bold red]Rule errors[/] ({ValueText.Count(total)}): these rules could not be evaluated on some records{(defects.Count > 0 ? ", or the unit audits could not count them (unitTally)" : string.Empty)}");
        console.MarkupLine(Markup.Escape(string.Join(", ", RuleErrorCounts.ByRule(result).Select(r => $"{r.Key}: {ValueText.Count(r.Value)}"))));
        var listed = _ruleErrors.Concat(defects.Take(Math.Max(0, ListedProblems - _ruleErrors.Count))
            .Select(d => $"{RuleErrorCounts.DefectSubject(d)} {RuleErrorCounts.TallyRuleId}: {d.Message} (unit {d.UnitId})")).ToArray();
        WriteList(listed, total);
    }

    private void WriteRejected(AuditTotals totals)
    {
        if (totals.RecordsRejected == 0)
        {
            return;
        }

        Heading($"[bold red]Rejected records[/] ({ValueText.Count(totals.RecordsRejected)}): not evaluated");
        console.MarkupLine(Markup.Escape(string.Join(", ", totals.RejectedByCode.Select(r => $"{r.Key}: {ValueText.Count(r.Value)}"))));
        WriteList(_rejections.Select(r => $"{r.Source}:{r.Line}: {r.Detail}").ToArray(), totals.RecordsRejected);
    }

    private void Heading(string markup)
    {
        console.WriteLine();
        console.MarkupLine(markup);
    }

    private void WriteList(IReadOnlyList<string> lines, long total)
    {
        foreach (var line in lines)
        {
            console.WriteLine("  " + line);
        }

        if (total > lines.Count)
        {
            console.MarkupLine($"  [grey]… and {ValueText.Count(total - lines.Count)} more (all are listed in the json, csv and html reports)[/]");
        }
    }

    private static IRenderable Severity(Severity severity) => new Markup(severity switch
    {
        Rules.Records.Severity.Critical => "[bold red]Critical[/]",
        Rules.Records.Severity.High => "[red]High[/]",
        Rules.Records.Severity.Medium => "[yellow]Medium[/]",
        _ => "[grey]Low[/]",
    });
}
