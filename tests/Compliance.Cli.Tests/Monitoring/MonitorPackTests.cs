using System.Text.Json;
using Compliance.Cli.Tests.Fixtures;

namespace Compliance.Cli.Tests.Monitoring;

/// <summary>
/// A store remembers the effective pack its tuples were evaluated with: a run with another pack (a
/// policy changes its sha256) is refused, naming both, unless <c>--rebuild</c> evaluates every stored
/// record again inside the run.
/// </summary>
public sealed class MonitorPackTests : IDisposable
{
    private const string AsOf = "2010-01-15T00:00:00Z";

    private readonly MonitorFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string[] Metrics(JsonElement report) =>
        [.. report.GetProperty("alerts").EnumerateArray().Where(a => a.GetProperty("status").GetString() != "withdrawn").Select(a => a.GetProperty("metric").GetString()!).Distinct()];

    [Fact]
    public void Another_pack_is_refused_naming_both_until_rebuild_evaluates_every_stored_record_again()
    {
        var export = _folder.Write("2009.jsonl", MonthlyExports.Lines.SelectMany(m => m));
        var policy = _folder.Write("policy.json", ["""{ "kind": "policy", "extends": "compliance-builtin", "rules": { "SEXOFF-004": { "enabled": false } } }"""]);
        var (_, first, _) = MonitorCli.Json(export, "--history", _folder.Store, "--as-of", AsOf);
        var builtInSha = first.GetProperty("rulePack").GetProperty("sha256").GetString()!;
        Assert.Contains("specialist-first", Metrics(first));
        var stored = StoreDump.Of(_folder.Store);

        var (refused, _, error) = MonitorCli.Run("monitor", export, "--history", _folder.Store, "--as-of", AsOf, "--rules", policy);

        Assert.Equal(2, refused);
        Assert.Contains(builtInSha, error, StringComparison.Ordinal);
        Assert.Contains("--rebuild", error, StringComparison.Ordinal);
        Assert.Equal(stored, StoreDump.Of(_folder.Store));

        // With --rebuild and no new input: every stored record evaluated again with SEXOFF-004 off, so no
        // specialist-first event counts and that metric can no longer alert.
        var empty = _folder.Write("empty.jsonl", []);
        var (_, rebuilt, _) = MonitorCli.Json(empty, "--history", _folder.Store, "--as-of", AsOf, "--rules", policy, "--rebuild");
        var run = rebuilt.GetProperty("run");
        Assert.Equal(first.GetProperty("history").GetProperty("records").GetInt64(), run.GetProperty("recordsReevaluated").GetInt64());
        Assert.Equal(builtInSha, run.GetProperty("packChangedFrom").GetProperty("sha256").GetString());
        Assert.NotEqual(builtInSha, rebuilt.GetProperty("rulePack").GetProperty("sha256").GetString());
        Assert.DoesNotContain("specialist-first", Metrics(rebuilt));
        Assert.Contains(rebuilt.GetProperty("alerts").EnumerateArray(), a => a.GetProperty("metric").GetString() == "specialist-first" && a.GetProperty("status").GetString() == "withdrawn");
        Assert.Equal(1, StoreDump.Query(_folder.Store, $"SELECT count(*) FROM history WHERE change = 'pack-changed' AND previous_pack_sha256 = '{builtInSha}'"));

        // The store now belongs to the policy: it is accepted without --rebuild, the built-in pack is not.
        Assert.True(MonitorCli.Run("monitor", empty, "--history", _folder.Store, "--as-of", AsOf, "--rules", policy).Exit is 0 or 1);
        Assert.Equal(2, MonitorCli.Run("monitor", empty, "--history", _folder.Store, "--as-of", AsOf).Exit);
    }

    [Fact]
    public void A_rebuild_with_the_same_pack_reads_every_stored_copy_back_to_the_same_alerts_and_series()
    {
        var export = _folder.Write("2009.jsonl", MonthlyExports.Lines.SelectMany(m => m));
        var (_, first, _) = MonitorCli.Json(export, "--history", _folder.Store, "--as-of", AsOf);
        var empty = _folder.Write("empty.jsonl", []);

        var (_, rebuilt, _) = MonitorCli.Json(empty, "--history", _folder.Store, "--as-of", AsOf, "--rebuild");

        Assert.Equal(first.GetProperty("history").GetProperty("records").GetInt64(), rebuilt.GetProperty("run").GetProperty("recordsReevaluated").GetInt64());
        Assert.False(rebuilt.GetProperty("run").TryGetProperty("packChangedFrom", out _));
        Assert.Equal(MonitorCli.Alerts(first), MonitorCli.Alerts(rebuilt));
        Assert.All(MonitorCli.Statuses(rebuilt), s => Assert.Equal("known", s));
        Assert.Equal(first.GetProperty("series").GetRawText(), rebuilt.GetProperty("series").GetRawText());
        Assert.Equal(1, StoreDump.Query(_folder.Store, "SELECT count(*) FROM history WHERE change = 'rebuilt'"));
    }
}
