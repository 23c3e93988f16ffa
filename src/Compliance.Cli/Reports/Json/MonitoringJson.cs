using System.Text.Json;
using Compliance.Rules.Auditing.Monitoring;
using Compliance.Rules.Records;

namespace Compliance.Cli.Reports.Json;

/// <summary>The <c>series</c> and <c>alerts</c> of the JSON reports (audit and monitor).</summary>
internal static class MonitoringJson
{
    /// <summary>Every unit's series, sorted by unit, metric and period.</summary>
    public static void WriteSeries(Utf8JsonWriter writer, MonitorResult monitoring)
    {
        writer.WriteStartArray();
        foreach (var series in monitoring.Series)
        {
            writer.WriteStartObject();
            writer.WriteString("unitId", series.UnitId);
            writer.WriteString("metric", series.Metric);
            writer.WriteString("period", PeriodLabels.Name(series.Period));
            writer.WriteStartArray("points");
            foreach (var point in series.Points)
            {
                writer.WriteStartObject();
                writer.WriteString("period", point.Period);
                writer.WriteNumber("events", point.Events);
                writer.WriteNumber("count", point.Count);
                if (point.Baseline is { } baseline)
                {
                    writer.WriteNumber("baseline", baseline);
                }
                else
                {
                    writer.WriteNull("baseline");
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>The alerts in time order; with a status (new, known, withdrawn) when one is given.</summary>
    public static void WriteAlerts(Utf8JsonWriter writer, IEnumerable<MonitorAlert> alerts, Func<MonitorAlert, string>? status = null)
    {
        writer.WriteStartArray();
        foreach (var alert in alerts)
        {
            WriteAlert(writer, alert, status?.Invoke(alert));
        }

        writer.WriteEndArray();
    }

    public static void WriteAlert(Utf8JsonWriter writer, MonitorAlert alert, string? status)
    {
        writer.WriteStartObject();
        writer.WriteString("unitId", alert.UnitId);
        writer.WriteString("metric", alert.Metric);
        writer.WriteString("episodeId", alert.EpisodeId);
        if (status is not null)
        {
            writer.WriteString("status", status);
        }

        writer.WriteString("alarmAt", StrictTimestampConverter.Format(alert.AlarmAt));
        writer.WriteString("onsetEstimate", StrictTimestampConverter.Format(alert.OnsetEstimate));
        writer.WriteNumber("baseline", Round(alert.Baseline));
        writer.WriteNumber("rateSinceOnset", Round(alert.RateSinceOnset));
        writer.WriteStartArray("rateSinceOnsetInterval");
        writer.WriteNumberValue(Round(alert.RateLow));
        writer.WriteNumberValue(Round(alert.RateHigh));
        writer.WriteEndArray();
        writer.WriteNumber("events", alert.Events);
        writer.WriteNumber("count", alert.Count);
        writer.WriteNumber("statistic", Round(alert.Statistic));
        writer.WriteNumber("threshold", Round(alert.Threshold));
        writer.WriteEndObject();
    }

    private static double Round(double value) => Math.Round(value, 4);
}
