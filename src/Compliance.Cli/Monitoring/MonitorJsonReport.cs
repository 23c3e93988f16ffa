using System.Text.Json;
using Compliance.Cli.Reports.Json;
using Compliance.Rules.Records;

namespace Compliance.Cli.Monitoring;

/// <summary>
/// The JSON report of <c>monitor</c>: <c>asOf</c>, <c>rulePack</c>, <c>history</c>, <c>series</c> and
/// <c>alerts</c> (each with its <c>status</c>), then what this tool adds: the <c>run</c> (what it read
/// and did to the store; incident counts when the store's history includes incident logs), the first rejections and the inputs. Same store, inputs, pack and as-of:
/// same bytes.
/// </summary>
internal static class MonitorJsonReport
{
    public static void Write(Stream output, MonitorOutcome outcome)
    {
        var report = new TopLevelObject(output);
        report.Property("asOf", writer => writer.WriteStringValue(StrictTimestampConverter.Format(outcome.Options.AsOf)));
        report.Property("rulePack", writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("id", outcome.Pack.Id);
            writer.WriteString("version", outcome.Pack.Version);
            writer.WriteString("sha256", outcome.Pack.Sha256);
            writer.WriteString("policy", outcome.Pack.PolicySource);
            writer.WriteEndObject();
        });
        report.Property("history", writer =>
        {
            var history = outcome.History;
            writer.WriteStartObject();
            writer.WriteNumber("records", history.Records);
            if (outcome.IncludesIncidents)
            {
                writer.WriteNumber("incidents", history.Incidents);
            }

            Instant(writer, "firstEvent", history.FirstEvent);
            Instant(writer, "lastEvent", history.LastEvent);
            writer.WriteEndObject();
        });
        report.Property("series", writer => MonitoringJson.WriteSeries(writer, outcome.Monitoring));
        report.Property("alerts", writer =>
        {
            writer.WriteStartArray();
            foreach (var alert in outcome.Alerts)
            {
                MonitoringJson.WriteAlert(writer, alert.Alert, alert.StatusName);
            }

            writer.WriteEndArray();
        });
        report.Property("run", writer => WriteRun(writer, outcome));
        report.Property("rejected", writer =>
        {
            writer.WriteStartArray();
            foreach (var (rejection, kind) in outcome.Totals.Rejections)
            {
                writer.WriteStartObject();
                writer.WriteString("kind", kind);
                writer.WriteString("source", rejection.Source);
                writer.WriteNumber("line", rejection.Line);
                writer.WriteString("error", rejection.Detail);
                writer.WriteString("code", rejection.Code.ToString());
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });
        report.Property("inputs", writer =>
        {
            writer.WriteStartArray();
            foreach (var input in outcome.Inputs)
            {
                writer.WriteStringValue(input);
            }

            writer.WriteEndArray();
        });
        report.End();
    }

    private static void WriteRun(Utf8JsonWriter writer, MonitorOutcome outcome)
    {
        var totals = outcome.Totals;
        writer.WriteStartObject();
        writer.WriteNumber("id", outcome.Run.Id);
        if (outcome.PreviousRunId is { } previous)
        {
            writer.WriteNumber("previousRun", previous);
        }
        else
        {
            writer.WriteNull("previousRun");
        }

        writer.WriteNumber("recordsRead", totals.RecordsRead);
        writer.WriteNumber("recordsRejected", totals.RecordsRejected);
        writer.WriteNumber("recordsAdded", totals.RecordsAdded);
        writer.WriteNumber("recordsReplaced", totals.RecordsReplaced);
        writer.WriteNumber("recordsUnchanged", totals.RecordsUnchanged);
        writer.WriteNumber("recordsNotStored", totals.Defects);
        writer.WriteNumber("recordsReevaluated", totals.RecordsReevaluated);
        writer.WriteNumber("ruleErrors", totals.RuleErrors);
        if (outcome.IncludesIncidents)
        {
            writer.WriteNumber("incidentsRead", totals.IncidentsRead);
            writer.WriteNumber("incidentsEvaluated", totals.IncidentsEvaluated);
            writer.WriteNumber("incidentsRejected", totals.IncidentsRejected);
            writer.WriteNumber("incidentsAdded", totals.IncidentsAdded);
            writer.WriteNumber("incidentsReplaced", totals.IncidentsReplaced);
            writer.WriteNumber("incidentsUnchanged", totals.IncidentsUnchanged);
            writer.WriteNumber("incidentsReevaluated", totals.IncidentsReevaluated);
            writer.WriteNumber("incidentsNotStored", totals.IncidentsNotStored);
        }

        if (outcome.PackChangedFrom is { } from)
        {
            writer.WriteStartObject("packChangedFrom");
            writer.WriteString("id", from.Id);
            writer.WriteString("version", from.Version);
            writer.WriteString("sha256", from.Sha256);
            writer.WriteString("policy", from.Policy);
            writer.WriteEndObject();
        }

        writer.WriteNumber("alertWindowDays", outcome.Options.AlertWindowDays);
        writer.WriteNumber("alertsPaging", outcome.Paging.Count());
        writer.WriteEndObject();
    }

    private static void Instant(Utf8JsonWriter writer, string name, DateTimeOffset? at)
    {
        if (at is { } instant)
        {
            writer.WriteString(name, StrictTimestampConverter.Format(instant));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
