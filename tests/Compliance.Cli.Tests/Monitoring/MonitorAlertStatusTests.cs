using System.Globalization;
using System.Text.Json;
using Compliance.Cli.History;
using Compliance.Cli.Tests.Fixtures;
using Compliance.Rules.Auditing.Monitoring;

namespace Compliance.Cli.Tests.Monitoring;

/// <summary>
/// Alert statuses against the previous run (new, known, withdrawn), and the exit code: 1 on a new
/// alert or one raised within <c>--alert-window</c> days before the as-of instant, else 0.
/// </summary>
public sealed class MonitorAlertStatusTests : IDisposable
{
    private readonly MonitorFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static MonitorAlert Alert(string unit, string metric, string alarmAt, double statistic = 5) =>
        new(unit, metric, $"{unit}/{metric}/x", DateTimeOffset.Parse(alarmAt, CultureInfo.InvariantCulture), DateTimeOffset.Parse(alarmAt, CultureInfo.InvariantCulture).AddDays(-30),
            0.1, 0.4, 0.2, 0.6, 10, 4, statistic, 4.5);

    [Fact]
    public void Statuses_compare_unit_metric_and_alarm_instant_with_the_previous_run()
    {
        // Previous run: P1 (U1 attrition, 1 March), P2 (U1 attrition, 1 May), P3 (U2 cancellation, 1 April).
        // This run: P2 again with other figures (late records), U2 cancellation one minute later than P3, U3 new.
        IReadOnlyList<MonitorAlert> previous =
        [
            Alert("U1", "rape-attrition", "2009-03-01T10:00:00Z"),
            Alert("U1", "rape-attrition", "2009-05-01T10:00:00Z"),
            Alert("U2", "rape-cancellation", "2009-04-01T10:00:00Z"),
        ];
        IReadOnlyList<MonitorAlert> current =
        [
            Alert("U2", "rape-cancellation", "2009-04-01T10:01:00Z"),
            Alert("U1", "rape-attrition", "2009-05-01T10:00:00Z", statistic: 6.5),
            Alert("U3", "specialist-first", "2009-06-01T00:00:00Z"),
        ];

        var statuses = StatusedAlert.Compare(current, previous);

        Assert.Equal(
            [
                ("U1", "2009-03-01T10:00:00Z", "withdrawn"),
                ("U2", "2009-04-01T10:00:00Z", "withdrawn"),
                ("U2", "2009-04-01T10:01:00Z", "new"),
                ("U1", "2009-05-01T10:00:00Z", "known"),
                ("U3", "2009-06-01T00:00:00Z", "new"),
            ],
            statuses.Select(s => (s.Alert.UnitId, s.Alert.AlarmAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), s.StatusName)));
        Assert.Equal(6.5, statuses.Single(s => s.Status == AlertStatus.Known).Alert.Statistic);
    }

    [Fact]
    public void First_run_new_same_data_again_known_and_a_moved_record_withdraws_the_alert_it_raised()
    {
        var lines = MonthlyExports.Lines.SelectMany(m => m).ToArray();
        var export = _folder.Write("2009.jsonl", lines);
        var asOf = MonthlyExports.AsOf.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

        var (firstExit, first, _) = MonitorCli.Json(export, "--history", _folder.Store, "--as-of", asOf);
        var (_, second, _) = MonitorCli.Json(export, "--history", _folder.Store, "--as-of", asOf);

        Assert.Equal(1, firstExit);
        Assert.NotEmpty(MonitorCli.Statuses(first));
        Assert.All(MonitorCli.Statuses(first), s => Assert.Equal("new", s));
        Assert.All(MonitorCli.Statuses(second), s => Assert.Equal("known", s));
        Assert.Equal(MonitorCli.Alerts(first), MonitorCli.Alerts(second));

        // The record whose rape-attrition event raised the first such alert is moved to another unit by a
        // correction: that unit no longer has an event at that instant, so the alert is withdrawn.
        var alert = second.GetProperty("alerts").EnumerateArray().First(a => a.GetProperty("metric").GetString() == "rape-attrition");
        var unit = alert.GetProperty("unitId").GetString()!;
        var alarmAt = alert.GetProperty("alarmAt").GetString()!;
        var crossing = lines.Where(l => l.Contains($"\"unitId\":\"{unit}\"", StringComparison.Ordinal) && l.Contains(alarmAt[..16], StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(crossing);
        var moved = _folder.Write("correction.jsonl", crossing.Select(l => l.Replace($"\"unitId\":\"{unit}\"", "\"unitId\":\"CORRECTED-UNIT\"", StringComparison.Ordinal)));
        var (_, third, _) = MonitorCli.Json(moved, "--history", _folder.Store, "--as-of", asOf);

        var withdrawn = third.GetProperty("alerts").EnumerateArray().Where(a => a.GetProperty("status").GetString() == "withdrawn")
            .Select(a => (a.GetProperty("unitId").GetString(), a.GetProperty("metric").GetString(), a.GetProperty("alarmAt").GetString())).ToArray();
        Assert.Contains((unit, "rape-attrition", alarmAt), withdrawn);
        Assert.DoesNotContain(third.GetProperty("alerts").EnumerateArray(), a =>
            a.GetProperty("status").GetString() != "withdrawn" && a.GetProperty("unitId").GetString() == unit && a.GetProperty("metric").GetString() == "rape-attrition" && a.GetProperty("alarmAt").GetString() == alarmAt);
    }

    [Theory]
    [InlineData(30, 1)]
    [InlineData(31, 1)]
    [InlineData(32, 0)]
    public void A_known_alert_makes_the_run_exit_1_only_within_the_alert_window(int daysAfterLastAlarm, int expectedExit)
    {
        var export = _folder.Write("2009.jsonl", MonthlyExports.Lines.SelectMany(m => m));
        var (_, first, _) = MonitorCli.Json(export, "--history", _folder.Store, "--as-of", "2010-06-01T00:00:00Z");
        var last = first.GetProperty("alerts").EnumerateArray().Select(a => DateTimeOffset.Parse(a.GetProperty("alarmAt").GetString()!, CultureInfo.InvariantCulture)).Max();
        var lastEvent = DateTimeOffset.Parse(first.GetProperty("history").GetProperty("lastEvent").GetString()!, CultureInfo.InvariantCulture);
        Assert.True(lastEvent <= last.AddDays(30), "the as-of instants below must not leave out any event");

        var asOf = last.AddDays(daysAfterLastAlarm).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var (exit, report, _) = MonitorCli.Json(export, "--history", _folder.Store, "--as-of", asOf);

        Assert.All(MonitorCli.Statuses(report), s => Assert.Equal("known", s));
        Assert.Equal(expectedExit, exit);
        Assert.Equal(expectedExit, report.GetProperty("run").GetProperty("alertsPaging").GetInt32() > 0 ? 1 : 0);
    }

    [Fact]
    public void The_window_is_counted_to_the_second_and_can_be_set()
    {
        var export = _folder.Write("2009.jsonl", MonthlyExports.Lines.SelectMany(m => m));
        var (_, first, _) = MonitorCli.Json(export, "--history", _folder.Store, "--as-of", "2010-06-01T00:00:00Z");
        var last = first.GetProperty("alerts").EnumerateArray().Select(a => DateTimeOffset.Parse(a.GetProperty("alarmAt").GetString()!, CultureInfo.InvariantCulture)).Max();
        string At(TimeSpan after) => last.Add(after).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

        Assert.Equal(0, MonitorCli.Json(export, "--history", _folder.Store, "--as-of", At(TimeSpan.FromDays(31) + TimeSpan.FromSeconds(1))).Exit);
        Assert.Equal(1, MonitorCli.Json(export, "--history", _folder.Store, "--as-of", At(TimeSpan.FromDays(40)), "--alert-window", "40").Exit);
        Assert.Equal(0, MonitorCli.Json(export, "--history", _folder.Store, "--as-of", At(TimeSpan.FromDays(1)), "--alert-window", "0").Exit);
        Assert.Equal(2, MonitorCli.Run("monitor", export, "--history", _folder.Store, "--alert-window", "-3").Exit);
    }
}
