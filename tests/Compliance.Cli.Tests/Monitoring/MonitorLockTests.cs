using System.Diagnostics;
using Compliance.Cli.History;
using Compliance.Cli.Tests.Fixtures;
using Microsoft.Data.Sqlite;

namespace Compliance.Cli.Tests.Monitoring;

/// <summary>Two runs on one store: the second waits for the first's write lock, up to a limit, then exits 2.</summary>
public sealed class MonitorLockTests : IDisposable
{
    private const string AsOf = "2010-01-01T00:00:00Z";

    private readonly MonitorFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Holds the store's write lock (BEGIN IMMEDIATE) as another run would.</summary>
    private SqliteConnection HoldLock()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _folder.Store, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "BEGIN IMMEDIATE; CREATE TABLE IF NOT EXISTS held (x INTEGER);";
        command.ExecuteNonQuery();
        return connection;
    }

    [Fact]
    public void A_run_waits_for_the_lock_up_to_the_limit_then_exits_2_saying_the_store_is_in_use()
    {
        var export = _folder.Write("a.jsonl", MonthlyExports.Lines[0].Take(20));
        using var other = HoldLock();
        var clock = Stopwatch.StartNew();

        var (exit, _, error) = MonitorCli.Run("monitor", export, "--history", _folder.Store, "--as-of", AsOf);

        Assert.Equal(2, exit);
        Assert.Contains("history store in use", error, StringComparison.Ordinal);
        Assert.True(clock.Elapsed >= MonitorCli.TestLockWait, $"gave up after {clock.Elapsed}");
    }

    [Fact]
    public async Task A_run_that_gets_the_lock_within_the_limit_completes()
    {
        var export = _folder.Write("a.jsonl", MonthlyExports.Lines[0].Take(20));
        var other = HoldLock();
        var release = Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            using (var rollback = other.CreateCommand())
            {
                rollback.CommandText = "ROLLBACK";
                rollback.ExecuteNonQuery();
            }

            other.Dispose();
        });

        var (exit, _, error) = MonitorCli.RunWith(TimeSpan.FromSeconds(20), () => new MemoryStream(), "monitor", export, "--history", _folder.Store, "--as-of", AsOf, "--format", "json");
        await release;

        Assert.True(exit is 0 or 1, error);
        Assert.Equal(20, StoreDump.Query(_folder.Store, "SELECT count(*) FROM records"));
    }

    [Fact]
    public void The_default_wait_is_thirty_seconds()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), HistoryStore.DefaultLockWait);
    }
}
