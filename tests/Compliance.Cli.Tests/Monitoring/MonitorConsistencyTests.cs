using System.Globalization;
using Compliance.Cli.Tests.Fixtures;

namespace Compliance.Cli.Tests.Monitoring;

/// <summary>
/// The store's promise: monthly exports loaded one run at a time, in any order and some twice, give
/// the same alerts as one audit of a file holding the copy of each record read last.
/// </summary>
public sealed class MonitorConsistencyTests : IDisposable
{
    private readonly MonitorFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Twelve_monthly_exports_loaded_one_by_one_in_shuffled_order_some_twice_give_the_alerts_of_one_audit_of_the_latest_copies()
    {
        var months = MonthlyExports.Lines;
        var files = months.Select((lines, i) => _folder.Write($"export-2009-{i + 1:00}.jsonl", lines)).ToArray();

        // A fixed shuffle of the twelve months, then three of them loaded again later.
        var order = Enumerable.Range(0, 12).OrderBy(i => (i * 7 + 5) % 12).ToList();
        order.InsertRange(8, [order[2], order[5]]);
        order.Add(order[0]);
        Assert.Equal(15, order.Count);
        Assert.NotEqual(Enumerable.Range(0, 12), order.Take(12));

        // The latest copy of each record: what the last file loaded that holds it says.
        var latest = new Dictionary<string, string>(StringComparer.Ordinal);
        var asOf = MonthlyExports.AsOf.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        System.Text.Json.JsonElement report = default;
        foreach (var month in order)
        {
            (_, report, _) = MonitorCli.Json(files[month], "--history", _folder.Store, "--as-of", asOf);
            foreach (var line in months[month])
            {
                latest[MonthlyExports.IdOf(line)] = line;
            }
        }

        var corrected = months.SelectMany(m => m).GroupBy(MonthlyExports.IdOf).Count(g => g.Distinct(StringComparer.Ordinal).Count() > 1);
        Assert.True(corrected >= 40, $"only {corrected} records were corrected in a later export");
        var single = _folder.Write("latest-copies.jsonl", latest.Values);
        var (auditExit, auditOut, auditError) = MonitorCli.Run("audit", single, "--as-of", asOf, "--format", "json");
        Assert.True(auditExit == 0, auditError);
        var audit = System.Text.Json.JsonDocument.Parse(auditOut).RootElement;

        var expected = MonitorCli.Alerts(audit);
        var actual = MonitorCli.Alerts(report);
        Assert.NotEmpty(expected);
        Assert.Contains(expected, a => a.Contains(("metric", "\"rape-attrition\"")));
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }

        Assert.Equal(audit.GetProperty("series").GetRawText(), report.GetProperty("series").GetRawText());
        Assert.Equal(latest.Count, report.GetProperty("history").GetProperty("records").GetInt64());
    }
}
