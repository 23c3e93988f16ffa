using AngleSharp.Html.Parser;
using Compliance.Cli.Tests.Fixtures;

namespace Compliance.Cli.Tests.Monitoring;

/// <summary>The text and HTML reports of <c>monitor</c>: the store, the run, and every alert with its status.</summary>
public sealed class MonitorReportTests : IDisposable
{
    private const string AsOf = "2010-01-15T00:00:00Z";

    private readonly MonitorFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Html_lists_each_alert_with_its_status_and_draws_the_units_over_time()
    {
        var export = _folder.Write("2009.jsonl", MonthlyExports.Lines.SelectMany(m => m));
        var (_, json, _) = MonitorCli.Json(export, "--history", _folder.Store, "--as-of", AsOf);
        var alerts = json.GetProperty("alerts").GetArrayLength();

        var (exit, _, error) = MonitorCli.Run("monitor", export, "--history", _folder.Store, "--as-of", AsOf, "--format", "html", "--output", _folder.File("monitor.html"));

        Assert.True(exit is 0 or 1, error);
        var page = new HtmlParser().ParseDocument(File.ReadAllText(_folder.File("monitor.html")));
        var rows = page.QuerySelectorAll("#alerts tbody tr");
        Assert.Equal(alerts, rows.Length);
        Assert.All(rows, row => Assert.Equal("known", row.Children[0].TextContent));
        Assert.NotEmpty(page.QuerySelectorAll("#over-time svg"));
        Assert.Contains("SW-SAPPHIRE", page.QuerySelector("#over-time")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("script"));
    }

    [Fact]
    public void Text_names_the_store_the_run_and_the_status_of_each_episode()
    {
        var export = _folder.Write("2009.jsonl", MonthlyExports.Lines.SelectMany(m => m));

        var (exit, output, _) = MonitorCli.Run("monitor", export, "--history", _folder.Store, "--as-of", AsOf);

        Assert.Equal(1, exit);
        Assert.Contains($"History store {_folder.Store}: {(MonthlyExports.Lines.Sum(m => m.Count) - Corrections()).ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} records", output, StringComparison.Ordinal);
        Assert.Contains("Status", output, StringComparison.Ordinal);
        Assert.Contains(" new ", output, StringComparison.Ordinal);
        Assert.Contains("exit code 1", output, StringComparison.Ordinal);
    }

    /// <summary>Corrected copies in the year's exports: each is a second copy of a record already counted.</summary>
    private static int Corrections() =>
        MonthlyExports.Lines.SelectMany(m => m).GroupBy(MonthlyExports.IdOf).Sum(g => g.Count() - 1);
}
