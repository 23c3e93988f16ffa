using System.Globalization;
using System.Text.Json;

namespace Compliance.Monitoring.Acceptance;

/// <summary>What one generated force showed: its truth (the practising unit and true onset) and the audit's alerts.</summary>
/// <param name="Practice">sapphire, displacement, record-all or none.</param>
/// <param name="Seed">The generator's seed.</param>
/// <param name="UnitId">The practising unit (null without a practice).</param>
/// <param name="TrueOnset">The earliest event date of a practising rape report, from the truth file (null without one).</param>
/// <param name="Units">Units with at least one monitored event (those the detectors watch).</param>
/// <param name="Alerts">The audit's alerts in time order.</param>
public sealed record SeedOutcome(string Practice, int Seed, string? UnitId, DateTimeOffset? TrueOnset, int Units, IReadOnlyList<AlertSeen> Alerts)
{
    /// <summary>One compact JSON line (the workers' output, so a partial run can still be summarised).</summary>
    /// <returns>The line, without its end.</returns>
    public string ToJsonLine()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("practice", Practice);
            json.WriteNumber("seed", Seed);
            WriteOrNull(json, "unitId", UnitId);
            WriteOrNull(json, "trueOnset", TrueOnset is { } onset ? Instant(onset) : null);
            json.WriteNumber("units", Units);
            json.WriteStartArray("alerts");
            foreach (var alert in Alerts)
            {
                json.WriteStartObject();
                json.WriteString("unitId", alert.UnitId);
                json.WriteString("metric", alert.Metric);
                json.WriteString("alarmAt", Instant(alert.AlarmAt));
                json.WriteString("onsetEstimate", Instant(alert.OnsetEstimate));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads a line written by <see cref="ToJsonLine"/>.</summary>
    /// <param name="line">The line.</param>
    /// <returns>The outcome.</returns>
    public static SeedOutcome FromJsonLine(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        return new SeedOutcome(
            root.GetProperty("practice").GetString()!,
            root.GetProperty("seed").GetInt32(),
            root.GetProperty("unitId").GetString(),
            root.GetProperty("trueOnset").GetString() is { } onset ? Parse(onset) : null,
            root.GetProperty("units").GetInt32(),
            [.. root.GetProperty("alerts").EnumerateArray().Select(ReadAlert)]);
    }

    /// <summary>An alert of a JSON report (audit report or outcome line).</summary>
    /// <param name="alert">The alert object.</param>
    /// <returns>The alert.</returns>
    public static AlertSeen ReadAlert(JsonElement alert) => new(
        alert.GetProperty("unitId").GetString()!,
        alert.GetProperty("metric").GetString()!,
        Parse(alert.GetProperty("alarmAt").GetString()!),
        Parse(alert.GetProperty("onsetEstimate").GetString()!));

    /// <summary>An ISO 8601 instant.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The instant.</returns>
    public static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void WriteOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
