using System.Globalization;
using System.Text.Json;
using Compliance.Cli.Tests.Fixtures;

namespace Compliance.Cli.Tests.Monitoring;

/// <summary>
/// <c>monitor --incidents</c> against <c>audit --incidents</c> of the same input: the same series and
/// alerts (the alerts carry each detector's threshold, so the run length of six metrics is compared
/// too), whether the input is loaded at once, in two halves in either order, or rebuilt.
/// </summary>
public sealed class MonitorIncidentsAuditTests : IDisposable
{
    private const string SampleAsOf = "2010-01-01T00:00:00Z";

    private readonly MonitorFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_Lewisham_pair_gives_the_series_and_alerts_of_audit_at_once_in_halves_either_way_and_after_a_rebuild()
    {
        var records = RepositoryFiles.Path("samples", "lewisham-2009-records.jsonl");
        var incidents = RepositoryFiles.Path("samples", "lewisham-2009-incidents.jsonl");
        var (auditExit, auditOut, auditError) = MonitorCli.Run("audit", records, "--incidents", incidents, "--as-of", SampleAsOf, "--format", "json");
        Assert.True(auditExit is 0 or 1, auditError);
        var audit = JsonDocument.Parse(auditOut).RootElement;
        var expected = MonitorCli.Alerts(audit);
        var series = audit.GetProperty("series").GetRawText();

        // What the audit says of the sample: LW-SAPPHIRE's unanswered-incident detector alarms first on 2008-08-02.
        var sapphire = audit.GetProperty("alerts").EnumerateArray()
            .Where(a => a.GetProperty("unitId").GetString() == "LW-SAPPHIRE" && a.GetProperty("metric").GetString() == "unanswered-incident")
            .Select(a => a.GetProperty("alarmAt").GetString()!).ToList();
        Assert.NotEmpty(sapphire);
        Assert.StartsWith("2008-08-02", sapphire.Min(StringComparer.Ordinal), StringComparison.Ordinal);

        void AssertSame(JsonElement report, string what)
        {
            var actual = MonitorCli.Alerts(report);
            Assert.True(expected.Count == actual.Count, $"{what}: {actual.Count} alerts, audit {expected.Count}");
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Equal(expected[i], actual[i]);
            }

            Assert.True(series == report.GetProperty("series").GetRawText(), $"{what}: the series differ from the audit's");
            Assert.Equal(1_940, report.GetProperty("history").GetProperty("incidents").GetInt64());
            Assert.Equal(1_200, report.GetProperty("history").GetProperty("records").GetInt64());
        }

        var (_, whole, _) = MonitorCli.Json(records, "--incidents", incidents, "--history", _folder.File("whole.db"), "--as-of", SampleAsOf);
        AssertSame(whole, "one run");
        Assert.Equal([1_940L, 1_940L, 0L], new[] { "incidentsRead", "incidentsEvaluated", "incidentsRejected" }.Select(n => whole.GetProperty("run").GetProperty(n).GetInt64()));

        var recordLines = File.ReadAllLines(records);
        var incidentLines = File.ReadAllLines(incidents);
        var r1 = _folder.Write("r1.jsonl", recordLines.Take(600));
        var r2 = _folder.Write("r2.jsonl", recordLines.Skip(600));
        var i1 = _folder.Write("i1.jsonl", incidentLines.Take(970));
        var i2 = _folder.Write("i2.jsonl", incidentLines.Skip(970));

        MonitorCli.Json(r1, "--incidents", i1, "--history", _folder.File("halves.db"), "--as-of", SampleAsOf);
        var (_, halves, _) = MonitorCli.Json(r2, "--incidents", i2, "--history", _folder.File("halves.db"), "--as-of", SampleAsOf);
        AssertSame(halves, "halves in order");

        // The other way round, with the records and incidents halves crossed: the first run's incidents
        // meet most of their records only in the second run and are judged again there.
        MonitorCli.Json(r2, "--incidents", i1, "--history", _folder.File("crossed.db"), "--as-of", SampleAsOf);
        var (_, crossed, _) = MonitorCli.Json(r1, "--incidents", i2, "--history", _folder.File("crossed.db"), "--as-of", SampleAsOf);
        AssertSame(crossed, "crossed halves");
        Assert.True(crossed.GetProperty("run").GetProperty("incidentsReevaluated").GetInt64() > 0);

        var (_, rebuilt, _) = MonitorCli.Json(r1, "--history", _folder.File("crossed.db"), "--as-of", SampleAsOf, "--rebuild");
        AssertSame(rebuilt, "rebuilt");
        Assert.Equal(1_940, rebuilt.GetProperty("run").GetProperty("incidentsReevaluated").GetInt64());
    }

    [Fact]
    public void An_incident_input_without_incidents_turns_on_the_six_metric_run_length_for_the_store_as_in_audit()
    {
        var latest = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in MonthlyExports.Lines.SelectMany(m => m))
        {
            latest[MonthlyExports.IdOf(line)] = line;
        }

        var records = _folder.Write("records.jsonl", latest.Values);
        var empty = _folder.Write("no-incidents.jsonl", []);
        var asOf = MonthlyExports.AsOf.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var recordsOnly = Audit(records, "--as-of", asOf);
        var withIncidents = Audit(records, "--incidents", empty, "--as-of", asOf);

        // The two audits differ (a longer run length raises the thresholds above their floor), so the comparisons below can fail.
        var thresholdsAlone = Thresholds(recordsOnly);
        var thresholdsSix = Thresholds(withIncidents);
        var common = thresholdsSix.Keys.Intersect(thresholdsAlone.Keys).ToList();
        Assert.NotEmpty(common);
        Assert.All(common, key => Assert.True(thresholdsSix[key] >= thresholdsAlone[key], $"{key}: {thresholdsSix[key]} vs {thresholdsAlone[key]}"));
        Assert.Contains(common, key => thresholdsSix[key] > thresholdsAlone[key]);

        var (_, first, _) = MonitorCli.Json(records, "--incidents", empty, "--history", _folder.Store, "--as-of", asOf);
        Assert.Equal(MonitorCli.Alerts(withIncidents), MonitorCli.Alerts(first));

        // A later run without --incidents keeps the store's six metrics.
        var (_, second, _) = MonitorCli.Json(records, "--history", _folder.Store, "--as-of", asOf);
        Assert.Equal(MonitorCli.Alerts(withIncidents), MonitorCli.Alerts(second));
        Assert.All(MonitorCli.Statuses(second), s => Assert.Equal("known", s));
    }

    private static JsonElement Audit(params string[] args)
    {
        var (exit, output, error) = MonitorCli.Run(["audit", .. args, "--format", "json"]);
        Assert.True(exit is 0 or 1, error);
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    /// <summary>Each detector's threshold (one per unit and metric), from its alerts.</summary>
    private static Dictionary<string, double> Thresholds(JsonElement report) =>
        report.GetProperty("alerts").EnumerateArray()
            .GroupBy(a => $"{a.GetProperty("unitId").GetString()} {a.GetProperty("metric").GetString()}")
            .ToDictionary(g => g.Key, g => g.First().GetProperty("threshold").GetDouble(), StringComparer.Ordinal);
}
