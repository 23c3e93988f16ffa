using System.Text.Json;
using Compliance.Cli.Baselines;
using Compliance.Rules.Auditing;
using Compliance.Rules.Auditing.Tallies;
using Compliance.Rules.Engine;
using Compliance.Rules.Packs;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;

namespace Compliance.Cli.Reports.Json;

/// <summary>
/// The JSON audit report: <c>asOf</c>, <c>rulePack</c>, <c>summary</c>, <c>records</c>
/// (<c>incidents</c> after them when the audit has incident logs), <c>units</c>, <c>rejected</c>
/// (each with its <c>kind</c>, record or incident), <c>rules</c> (what each record and incident rule
/// judged), <c>series</c> and <c>alerts</c> (monitoring over time), then the keys this tool adds
/// (<c>ruleErrors</c>, <c>inputs</c>, <c>incidentInputs</c>). Records, incidents, rejections and rule
/// errors are spooled to temporary files as they come and copied in at the end, one compact element
/// per line; the same input, pack and as-of give the same bytes.
/// </summary>
internal sealed class JsonReportWriter(Stream output, ReportContext context) : IReportWriter
{
    private readonly JsonLineSpool _records = new();
    private readonly JsonLineSpool _incidents = new();
    private readonly JsonLineSpool _rejected = new();
    private readonly JsonLineSpool _ruleErrors = new();

    public void Evaluated(AuditedRecord record)
    {
        // The writing is in methods of its own so that their closures are made only for a record with
        // something to write: made here, they were allocated for every record (allocation profile).
        var evaluation = record.Evaluation;
        if (evaluation.Findings.Count > 0)
        {
            AppendRecord(record);
        }

        foreach (var error in evaluation.Errors)
        {
            AppendRuleError("crimeRecordId", evaluation.CrimeRecordId, record.UnitId, error, record.Source, record.Line);
        }
    }

    private void AppendRecord(AuditedRecord record) => _records.Append(writer => WriteRecord(writer, record));

    /// <summary>One entry of <c>ruleErrors</c>: a record's or an incident's (<paramref name="idName"/> says which).</summary>
    private void AppendRuleError(string idName, string id, string? unitId, RuleEvaluationError error, string source, long line) =>
        _ruleErrors.Append(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString(idName, id);
            writer.WriteString("unitId", unitId);
            writer.WriteString("ruleId", error.RuleId);
            writer.WriteString("error", error.Message);
            writer.WriteString("source", source);
            writer.WriteNumber("line", line);
            writer.WriteEndObject();
        });

    public void Rejected(Rejection rejection) => AppendRejection(rejection, "record");

    public void IncidentEvaluated(AuditedIncident incident)
    {
        var evaluation = incident.Evaluation;
        if (evaluation.Findings.Count > 0)
        {
            _incidents.Append(writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("incidentId", evaluation.IncidentId);
                writer.WriteString("unitId", incident.UnitId);
                writer.WriteStartArray("findings");
                foreach (var finding in evaluation.Findings)
                {
                    WriteFinding(writer, finding, context.Baseline?.ChangeOf(finding), includeText: false);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            });
        }

        foreach (var error in evaluation.Errors)
        {
            AppendRuleError("incidentId", evaluation.IncidentId, incident.UnitId, error, incident.Source, incident.Line);
        }
    }

    public void IncidentRejected(Rejection rejection) => AppendRejection(rejection, "incident");

    public void Complete(AuditSummary result)
    {
        var report = new TopLevelObject(output);
        report.Property("asOf", writer => writer.WriteStringValue(StrictTimestampConverter.Format(context.AsOf)));
        report.Property("rulePack", WriteRulePack);
        report.Property("summary", writer => WriteSummary(writer, result));
        report.Array("records", _records);
        if (context.HasIncidents)
        {
            report.Array("incidents", _incidents);
        }

        report.Property("units", writer =>
        {
            writer.WriteStartArray();
            foreach (var unit in result.Units)
            {
                WriteUnit(writer, unit);
            }

            writer.WriteEndArray();
        });
        report.Array("rejected", _rejected);
        report.Property("rules", writer => WriteRules(writer, result));
        report.Property("series", writer => MonitoringJson.WriteSeries(writer, result.Monitoring));
        report.Property("alerts", writer => MonitoringJson.WriteAlerts(writer, result.Monitoring.Alerts));

        // What a later audit's --baseline checks before comparing with this report (after the keys whose order is fixed).
        report.Property("reportVersion", writer => writer.WriteNumberValue(BaselineReport.Version));
        AppendTallyDefects(result.TallyDefects);
        report.Array("ruleErrors", _ruleErrors);
        report.Property("inputs", writer =>
        {
            writer.WriteStartArray();
            foreach (var input in context.Inputs)
            {
                writer.WriteStringValue(input);
            }

            writer.WriteEndArray();
        });
        if (context.IncidentInputs is { } incidentInputs)
        {
            report.Property("incidentInputs", writer =>
            {
                writer.WriteStartArray();
                foreach (var input in incidentInputs)
                {
                    writer.WriteStringValue(input);
                }

                writer.WriteEndArray();
            });
        }

        if (context.Baseline is { } baseline)
        {
            report.Property("baseline", writer => BaselineJson.Write(writer, baseline));
        }

        report.End();
    }

    public void Dispose()
    {
        _records.Dispose();
        _incidents.Dispose();
        _rejected.Dispose();
        _ruleErrors.Dispose();
    }

    /// <summary>
    /// Records the unit tallies could not count, after the rules' errors in <c>ruleErrors</c> (the
    /// tallies are made as records stream past, and the list is complete only at the end): the record
    /// (<c>crimeRecordId</c>, or <c>incidentId</c> for an incident whose monitoring event failed), its unit, <c>"ruleId": "unitTally"</c> and what failed. Where it was read is not known here.
    /// </summary>
    private void AppendTallyDefects(IReadOnlyList<TallyDefect> defects)
    {
        foreach (var defect in defects)
        {
            _ruleErrors.Append(writer =>
            {
                writer.WriteStartObject();
                if (defect.IncidentId is { } incidentId)
                {
                    writer.WriteString("incidentId", incidentId);
                }
                else
                {
                    writer.WriteString("crimeRecordId", defect.CrimeRecordId);
                }

                writer.WriteString("unitId", defect.UnitId);
                writer.WriteString("ruleId", RuleErrorCounts.TallyRuleId);
                writer.WriteString("error", defect.Message);
                writer.WriteEndObject();
            });
        }
    }

    private void WriteRulePack(Utf8JsonWriter writer)
    {
        var pack = context.Pack;
        writer.WriteStartObject();
        writer.WriteString("id", pack.Id);
        writer.WriteString("version", pack.Version);
        writer.WriteString("sha256", pack.Sha256);
        writer.WriteString("policy", pack.PolicySource);
        writer.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter writer, AuditSummary result)
    {
        var totals = result.Totals;
        writer.WriteStartObject();
        writer.WriteNumber("recordsRead", totals.RecordsRead);
        writer.WriteNumber("recordsEvaluated", totals.RecordsEvaluated);
        writer.WriteNumber("recordsRejected", totals.RecordsRejected);
        writer.WriteStartObject("findingsBySeverity");
        foreach (var severity in ValueText.SeveritiesDescending)
        {
            writer.WriteNumber(severity.ToString(), result.Findings(severity));
        }

        writer.WriteEndObject();
        writer.WriteNumber("recordsWithFindings", totals.RecordsWithFindings);
        writer.WriteNumber("units", result.Units.Count);
        writer.WriteNumber("unitsWithFindings", result.Units.Count(u => u.Findings.Count > 0));
        WriteCounts(writer, "findingsByRule", result.FindingsByRule);
        writer.WriteNumber("ruleErrors", RuleErrorCounts.Total(result));
        WriteCounts(writer, "ruleErrorsByRule", RuleErrorCounts.ByRule(result));
        WriteCounts(writer, "rejectedByCode", totals.RejectedByCode);
        writer.WriteNumber("unmatchedOffenceCodes", totals.UnmatchedOffenceCodes);
        if (result.Incidents is { } incidents)
        {
            writer.WriteNumber("incidentsRead", incidents.IncidentsRead);
            writer.WriteNumber("incidentsEvaluated", incidents.IncidentsEvaluated);
            writer.WriteNumber("incidentsRejected", incidents.IncidentsRejected);
            writer.WriteNumber("incidentsWithFindings", incidents.IncidentsWithFindings);
            WriteCounts(writer, "incidentsRejectedByCode", incidents.RejectedByCode);
            writer.WriteNumber("oneSidedLinks", incidents.OneSidedLinks);
            writer.WriteNumber("unresolvedIncidentLinkCount", incidents.UnresolvedIncidentLinks);
            writer.WriteStartArray("unresolvedIncidentLinks");
            foreach (var link in incidents.Unresolved)
            {
                writer.WriteStartObject();
                writer.WriteString("incidentId", link.IncidentId);
                writer.WriteString("crimeRecordId", link.CrimeRecordId);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// One entry per record rule of the pack, in pack order, disabled ones included; then one per
    /// incident rule (<c>"scope": "incident"</c>), whose counts are incidents — all zero (no data)
    /// when the audit had no incident logs, so that silence is not read as compliance.
    /// </summary>
    private void WriteRules(Utf8JsonWriter writer, AuditSummary result)
    {
        var totals = result.Totals;
        writer.WriteStartArray();
        foreach (var rule in context.Pack.Rules.Where(r => r.Scope == RuleScope.Record))
        {
            var coverage = totals.Coverage.GetValueOrDefault(rule.Id);
            writer.WriteStartObject();
            writer.WriteString("ruleId", rule.Id);
            writer.WriteBoolean("enabled", rule.Enabled);
            writer.WriteNumber("applicable", coverage?.Applicable ?? 0);
            writer.WriteNumber("notInForce", coverage?.NotInForce ?? 0);
            writer.WriteNumber("fired", coverage?.Fired ?? 0);
            writer.WriteNumber("errors", coverage?.Errors ?? 0);
            writer.WriteEndObject();
        }

        foreach (var rule in context.Pack.Rules.Where(r => r.Scope == RuleScope.Incident))
        {
            var statuses = result.Incidents?.Rules.GetValueOrDefault(rule.Id);
            long Count(RuleStatus status) => statuses?.GetValueOrDefault(status) ?? 0;
            writer.WriteStartObject();
            writer.WriteString("ruleId", rule.Id);
            writer.WriteString("scope", "incident");
            writer.WriteBoolean("enabled", rule.Enabled);
            writer.WriteNumber("applicable", Count(RuleStatus.Fired) + Count(RuleStatus.Passed));
            writer.WriteNumber("notInForce", Count(RuleStatus.NotInForce));
            writer.WriteNumber("fired", Count(RuleStatus.Fired));
            writer.WriteNumber("errors", Count(RuleStatus.Error));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private void AppendRejection(Rejection rejection, string kind) => _rejected.Append(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("source", rejection.Source);
        writer.WriteNumber("line", rejection.Line);
        writer.WriteString("error", rejection.Detail);
        writer.WriteString("code", rejection.Code.ToString());
        writer.WriteString("kind", kind);
        writer.WriteEndObject();
    });

    private static void WriteCounts(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, long> counts)
    {
        writer.WriteStartObject(name);
        foreach (var (key, count) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            writer.WriteNumber(key, count);
        }

        writer.WriteEndObject();
    }

    private void WriteRecord(Utf8JsonWriter writer, AuditedRecord record)
    {
        writer.WriteStartObject();
        writer.WriteString("crimeRecordId", record.Evaluation.CrimeRecordId);
        writer.WriteString("unitId", record.UnitId);
        writer.WriteStartArray("findings");
        foreach (var finding in record.Evaluation.Findings)
        {
            WriteFinding(writer, finding, context.Baseline?.ChangeOf(finding), context.IncludeText);
        }

        writer.WriteEndArray();
        if (context.IncludeText)
        {
            writer.WriteStartObject("texts");
            foreach (var text in context.TextsOf(record))
            {
                writer.WriteString(text.Field, text.Text);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private void WriteUnit(Utf8JsonWriter writer, UnitAuditResult unit)
    {
        writer.WriteStartObject();
        writer.WriteString("unitId", unit.UnitId);
        writer.WritePropertyName("metrics");
        JsonValues.WriteObject(writer, unit.Metrics);
        writer.WriteStartArray("findings");
        foreach (var finding in unit.Findings)
        {
            WriteFinding(writer, finding, context.Baseline?.ChangeOf(unit.UnitId, finding), includeText: false);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("notAssessed");
        foreach (var notAssessed in unit.NotAssessed)
        {
            writer.WriteStartObject();
            writer.WriteString("ruleId", notAssessed.RuleId);
            writer.WriteString("reason", notAssessed.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter writer, Finding finding, FindingChange? change, bool includeText)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", finding.RuleId);
        writer.WriteString("severity", finding.Severity.ToString());
        writer.WriteString("message", finding.Message);
        writer.WritePropertyName("evidence");
        JsonValues.WriteObject(writer, ShownEvidence.Of(finding, includeText));
        if (change is not null)
        {
            BaselineJson.WriteChange(writer, change, finding.Severity);
        }

        writer.WriteEndObject();
    }
}
