using System.Text.Json;
using Compliance.Rules.Records;

namespace Compliance.Cli.Baselines;

/// <summary>
/// The comparison in the JSON report: <c>change</c> (and <c>severityChanged</c>, <c>previousSeverity</c>)
/// on each finding, and a top-level <c>baseline</c> with the previous report's source and pack,
/// whether the packs are the same, the counts, and the findings resolved and not audited again.
/// </summary>
internal static class BaselineJson
{
    public static void WriteChange(Utf8JsonWriter writer, FindingChange change, Severity now)
    {
        writer.WriteString("change", change.Name);
        if (!change.IsNew)
        {
            writer.WriteBoolean("severityChanged", change.SeverityChanged(now));
            if (change.SeverityChanged(now))
            {
                writer.WriteString("previousSeverity", change.PreviousSeverity!.Value.ToString());
            }
        }
    }

    public static void Write(Utf8JsonWriter writer, BaselineComparison baseline)
    {
        var report = baseline.Report;
        writer.WriteStartObject();
        writer.WriteString("source", report.Source);
        writer.WriteStartObject("rulePack");
        writer.WriteString("id", report.PackId);
        writer.WriteString("version", report.PackVersion);
        writer.WriteString("sha256", report.PackSha256);
        writer.WriteEndObject();
        writer.WriteBoolean("samePack", baseline.SamePack);
        writer.WriteStartObject("counts");
        writer.WriteNumber("new", baseline.New);
        writer.WriteNumber("unchanged", baseline.Unchanged);
        writer.WriteNumber("severityChanged", baseline.SeverityChanged);
        writer.WriteNumber("resolved", baseline.Resolved.Count);
        writer.WriteNumber("notReaudited", baseline.NotReaudited.Count);
        writer.WriteEndObject();
        WriteFindings(writer, "resolved", baseline.Resolved);
        WriteFindings(writer, "notReaudited", baseline.NotReaudited);
        writer.WriteEndObject();
    }

    private static void WriteFindings(Utf8JsonWriter writer, string name, IReadOnlyList<BaselineFinding> findings)
    {
        writer.WriteStartArray(name);
        foreach (var finding in findings)
        {
            writer.WriteStartObject();
            if (finding.CrimeRecordId is { } id)
            {
                writer.WriteString("crimeRecordId", id);
            }

            if (finding.IncidentId is { } incidentId)
            {
                writer.WriteString("incidentId", incidentId);
            }

            writer.WriteString("unitId", finding.UnitId);
            writer.WriteString("ruleId", finding.RuleId);
            writer.WriteString("severity", finding.Severity.ToString());
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
