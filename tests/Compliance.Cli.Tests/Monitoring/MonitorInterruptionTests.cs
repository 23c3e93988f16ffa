using System.Diagnostics;
using System.Globalization;
using Compliance.Cli.Tests.Fixtures;

namespace Compliance.Cli.Tests.Monitoring;

/// <summary>A real child process, a real signal in the middle of loading: exit 130/143 and the store exactly as before the run.</summary>
public sealed class MonitorInterruptionTests : IDisposable
{
    private readonly MonitorFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("INT", 130)]
    [InlineData("TERM", 143)]
    public void A_signal_while_records_are_being_stored_leaves_the_store_as_it_was(string signal, int expected)
    {
        var january = _folder.Write("2009-01.jsonl", MonthlyExports.Lines[0]);
        MonitorCli.Json(january, "--history", _folder.Store, "--as-of", "2010-01-01T00:00:00Z");
        var before = StoreDump.Of(_folder.Store);

        // Enough records that the run is still storing them when the signal comes.
        var sample = File.ReadAllLines(RepositoryFiles.Path("samples", "sapphire-2009.jsonl"));
        var many = _folder.Write("many.jsonl", Enumerable.Range(0, 10).SelectMany(copy =>
            sample.Select(line => line.Replace("\"crimeRecordId\":\"", $"\"crimeRecordId\":\"X{copy}-", StringComparison.Ordinal))));

        using var child = ChildCli.Start(null, "monitor", many, "--history", _folder.Store, "--as-of", "2010-01-01T00:00:00Z", "--format", "json", "--output", _folder.File("report.json"));

        // SQLite's rollback journal appears with the run's first write to the store.
        var journal = _folder.Store + "-journal";
        var waited = Stopwatch.StartNew();
        while (!File.Exists(journal) && !child.HasExited && waited.Elapsed < TimeSpan.FromMinutes(2))
        {
            Thread.Sleep(20);
        }

        Assert.False(child.HasExited, "the run ended before it could be interrupted");
        using (var kill = Process.Start("kill", [$"-{signal}", child.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        var (exit, _, error) = child.WaitForExit(TimeSpan.FromMinutes(2));

        Assert.Equal(expected, exit);
        Assert.Contains("the history store is unchanged", error, StringComparison.Ordinal);
        Assert.Equal(before, StoreDump.Of(_folder.Store));
        Assert.False(File.Exists(journal));
        Assert.False(File.Exists(_folder.File("report.json")));
    }
}
