using System.Text.Json;
using System.Text.RegularExpressions;
using Compliance.Cli.Tests.Fixtures;

namespace Compliance.Cli.Tests.Commands;

/// <summary><c>audit --period</c>: the unit series by month or ISO week, and the alerts, in the JSON report.</summary>
public sealed class AuditSeriesTests : IDisposable
{
    private readonly AuditFiles _files = new();

    public void Dispose() => _files.Dispose();

    private JsonElement Report(params string[] options)
    {
        var (exit, output, error) = CliRunner.Run([_files.RecordsPath, "--rules", _files.PackPath, "--as-of", "2010-01-01T00:00:00Z", "--format", "json", .. options]);
        Assert.True(exit == 0, error);
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    private static Dictionary<(string, string), long> EventsBySeries(JsonElement report) =>
        report.GetProperty("series").EnumerateArray().ToDictionary(
            s => (s.GetProperty("unitId").GetString()!, s.GetProperty("metric").GetString()!),
            s => s.GetProperty("points").EnumerateArray().Sum(p => p.GetProperty("events").GetInt64()));

    [Fact]
    public void Weeks_hold_the_same_events_as_months_under_ISO_week_labels()
    {
        var months = Report();
        var weeks = Report("--period", "week");

        Assert.All(months.GetProperty("series").EnumerateArray(), s => Assert.Equal("month", s.GetProperty("period").GetString()));
        Assert.All(weeks.GetProperty("series").EnumerateArray(), s =>
        {
            Assert.Equal("week", s.GetProperty("period").GetString());
            Assert.All(s.GetProperty("points").EnumerateArray(), p => Assert.Matches(new Regex("^[0-9]{4}-W[0-9]{2}$"), p.GetProperty("period").GetString()!));
        });
        Assert.Equal(EventsBySeries(months), EventsBySeries(weeks));
        Assert.NotEmpty(EventsBySeries(months));
    }

    [Fact]
    public void Alerts_are_in_time_order_with_their_figures()
    {
        var alerts = Report().GetProperty("alerts").EnumerateArray().ToArray();

        Assert.NotEmpty(alerts);
        Assert.Equal(
            ["unitId", "metric", "episodeId", "alarmAt", "onsetEstimate", "baseline", "rateSinceOnset", "rateSinceOnsetInterval", "events", "count", "statistic", "threshold"],
            alerts[0].EnumerateObject().Select(p => p.Name));
        var times = alerts.Select(a => a.GetProperty("alarmAt").GetString()!).ToArray();
        Assert.Equal(times.Order(StringComparer.Ordinal), times);
        Assert.All(alerts, a => Assert.True(a.GetProperty("statistic").GetDouble() > a.GetProperty("threshold").GetDouble()));
    }

    [Fact]
    public void An_unknown_period_is_a_usage_error()
    {
        var (exit, output, error) = CliRunner.Run(_files.RecordsPath, "--rules", _files.PackPath, "--period", "day");

        Assert.Equal(2, exit);
        Assert.Contains("--period: 'day' is not one of month, week", error + output, StringComparison.Ordinal);
    }
}
