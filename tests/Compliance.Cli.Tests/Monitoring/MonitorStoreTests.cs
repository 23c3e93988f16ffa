using System.Text.Json;
using System.Text.Json.Nodes;
using Compliance.Cli.Tests.Fixtures;
using Microsoft.Data.Sqlite;

namespace Compliance.Cli.Tests.Monitoring;

/// <summary>
/// The history store: the copy read last wins (across runs and within one), loading an export twice
/// changes nothing, a failed run leaves the store as it was, and the store's file is checked before
/// anything is written to it.
/// </summary>
public sealed class MonitorStoreTests : IDisposable
{
    private const string AsOf = "2010-01-01T00:00:00Z";

    /// <summary>A rape record of the bundled sample: recorded on 2008-04-08, never cancelled, owned by LB-SAPPHIRE.</summary>
    private const string RecordId = "CR-2008-LB-000033";

    private readonly MonitorFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Copy(string name, string unitId)
    {
        var line = File.ReadLines(RepositoryFiles.Path("samples", "sapphire-2009.jsonl")).Single(l => l.Contains($"\"{RecordId}\"", StringComparison.Ordinal));
        var record = JsonNode.Parse(line)!;
        record["owningUnit"]!["unitId"] = unitId;
        return _folder.Write(name, [record.ToJsonString()]);
    }

    /// <summary>The rape-attrition series of a report: unit → its points as (period, events, count).</summary>
    private static Dictionary<string, (string, long, long)[]> Attrition(JsonElement report) =>
        report.GetProperty("series").EnumerateArray()
            .Where(s => s.GetProperty("metric").GetString() == "rape-attrition")
            .ToDictionary(
                s => s.GetProperty("unitId").GetString()!,
                s => s.GetProperty("points").EnumerateArray().Select(p => (p.GetProperty("period").GetString()!, p.GetProperty("events").GetInt64(), p.GetProperty("count").GetInt64())).ToArray());

    [Fact]
    public void A_record_corrected_in_a_later_export_counts_where_the_later_copy_puts_it()
    {
        var first = Copy("2008-04.jsonl", "LB-SAPPHIRE");
        var corrected = Copy("2008-05.jsonl", "LW-SAPPHIRE");

        var (_, one, _) = MonitorCli.Json(first, "--history", _folder.Store, "--as-of", AsOf);
        var (_, two, _) = MonitorCli.Json(corrected, "--history", _folder.Store, "--as-of", AsOf);

        // One counted rape report (recorded 2008-04-08, not cancelled: an event, not counted) in the unit of the copy read last.
        Assert.Equal(new[] { ("2008-04", 1L, 0L) }, Attrition(one)["LB-SAPPHIRE"]);
        var after = Attrition(two);
        Assert.Equal(["LW-SAPPHIRE"], after.Keys);
        Assert.Equal(new[] { ("2008-04", 1L, 0L) }, after["LW-SAPPHIRE"]);
        Assert.Equal(1, two.GetProperty("history").GetProperty("records").GetInt64());
        Assert.Equal(1, two.GetProperty("run").GetProperty("recordsReplaced").GetInt64());
    }

    [Fact]
    public void Within_one_run_the_copy_read_last_in_argument_order_wins()
    {
        var a = Copy("a.jsonl", "LB-SAPPHIRE");
        var b = Copy("b.jsonl", "LW-SAPPHIRE");

        var (_, ab, _) = MonitorCli.Json(a, b, "--history", _folder.File("ab.db"), "--as-of", AsOf);
        var (_, ba, _) = MonitorCli.Json(b, a, "--history", _folder.File("ba.db"), "--as-of", AsOf);

        Assert.Equal(["LW-SAPPHIRE"], Attrition(ab).Keys);
        Assert.Equal(["LB-SAPPHIRE"], Attrition(ba).Keys);
        Assert.Equal(1, ab.GetProperty("history").GetProperty("records").GetInt64());
        Assert.Equal((1, 1), (ab.GetProperty("run").GetProperty("recordsAdded").GetInt64(), ab.GetProperty("run").GetProperty("recordsReplaced").GetInt64()));
    }

    [Fact]
    public void A_copy_equal_to_the_stored_one_still_wins_over_an_earlier_copy_in_the_same_run()
    {
        var stored = Copy("b.jsonl", "LW-SAPPHIRE");
        MonitorCli.Json(stored, "--history", _folder.Store, "--as-of", AsOf);
        var both = _folder.Write("both.jsonl", [.. File.ReadAllLines(Copy("a.jsonl", "LB-SAPPHIRE")), .. File.ReadAllLines(stored)]);

        var (_, report, _) = MonitorCli.Json(both, "--history", _folder.Store, "--as-of", AsOf);

        Assert.Equal(["LW-SAPPHIRE"], Attrition(report).Keys);
    }

    [Fact]
    public void Loading_the_same_export_twice_changes_no_stored_record_or_event()
    {
        var export = _folder.Write("month.jsonl", MonthlyExports.Lines[5]);
        MonitorCli.Json(export, "--history", _folder.Store, "--as-of", AsOf);
        var before = StoreDump.Of(_folder.Store, "records", "events");

        var (_, again, _) = MonitorCli.Json(export, "--history", _folder.Store, "--as-of", AsOf);

        Assert.Equal(before, StoreDump.Of(_folder.Store, "records", "events"));
        Assert.Equal(MonthlyExports.Lines[5].Count, again.GetProperty("run").GetProperty("recordsUnchanged").GetInt64());
        Assert.Equal(0, again.GetProperty("run").GetProperty("recordsAdded").GetInt64() + again.GetProperty("run").GetProperty("recordsReplaced").GetInt64());
    }

    [Fact]
    public void A_run_that_fails_half_way_leaves_the_store_as_it_was()
    {
        var january = _folder.Write("2009-01.jsonl", MonthlyExports.Lines[0]);
        var february = _folder.Write("2009-02.jsonl", MonthlyExports.Lines[1]);
        MonitorCli.Json(january, "--history", _folder.Store, "--as-of", AsOf);
        var before = StoreDump.Of(_folder.Store);

        // February is stored record by record, then standard input breaks after a few records.
        var march = string.Concat(MonthlyExports.Lines[2].Select(l => l + "\n"));
        var (exit, _, error) = MonitorCli.RunWith(MonitorCli.TestLockWait, () => new FailingStream(System.Text.Encoding.UTF8.GetBytes(march), failAfter: 20_000),
            "monitor", february, "-", "--history", _folder.Store, "--as-of", AsOf, "--format", "json");

        Assert.Equal(2, exit);
        Assert.Contains("the history store is unchanged", error, StringComparison.Ordinal);
        Assert.Equal(before, StoreDump.Of(_folder.Store));
    }

    [Fact]
    public void The_store_records_its_schema_version_and_refuses_one_from_a_newer_tool()
    {
        var export = Copy("a.jsonl", "LB-SAPPHIRE");
        MonitorCli.Json(export, "--history", _folder.Store, "--as-of", AsOf);
        using (var connection = Open(_folder.Store))
        {
            Assert.Equal(2, StoreDump.Scalar(connection, "PRAGMA user_version"));
            Assert.Equal(0x434D5048, StoreDump.Scalar(connection, "PRAGMA application_id"));
            Assert.Equal(1, StoreDump.Scalar(connection, "SELECT count(*) FROM history WHERE change = 'created'"));
            Execute(connection, "PRAGMA user_version = 3");
        }

        var before = StoreDump.Of(_folder.Store);
        var (exit, _, error) = MonitorCli.Run("monitor", export, "--history", _folder.Store, "--as-of", AsOf);

        Assert.Equal(2, exit);
        Assert.Contains("schema version 3, written by a newer version", error, StringComparison.Ordinal);
        Assert.Equal(before, StoreDump.Of(_folder.Store));
    }

    [Fact]
    public void Another_SQLite_database_or_a_file_that_is_not_one_is_refused_and_left_alone()
    {
        var export = Copy("a.jsonl", "LB-SAPPHIRE");
        var foreign = _folder.File("other.db");
        using (var connection = Open(foreign))
        {
            Execute(connection, "CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (42);");
        }

        var text = _folder.Write("notes.txt", ["not a database, just some words that are long enough to be read as a header"]);
        var foreignBefore = File.ReadAllBytes(foreign);

        var (foreignExit, _, foreignError) = MonitorCli.Run("monitor", export, "--history", foreign, "--as-of", AsOf);
        var (textExit, _, textError) = MonitorCli.Run("monitor", export, "--history", text, "--as-of", AsOf);

        Assert.Equal((2, 2), (foreignExit, textExit));
        Assert.Contains("is an SQLite database but not a history store", foreignError, StringComparison.Ordinal);
        Assert.Contains("is not an SQLite database", textError, StringComparison.Ordinal);
        Assert.Equal(foreignBefore, File.ReadAllBytes(foreign));
    }

    [Fact]
    public void The_store_or_the_report_written_over_an_input_is_a_usage_error()
    {
        var export = Copy("a.jsonl", "LB-SAPPHIRE");
        var bytes = File.ReadAllBytes(export);

        var (storeExit, _, storeError) = MonitorCli.Run("monitor", export, "--history", export);
        var (outputExit, _, outputError) = MonitorCli.Run("monitor", export, "--history", _folder.Store, "--output", _folder.Store);

        Assert.Equal((2, 2), (storeExit, outputExit));
        Assert.Contains("the store is never written over an input", storeError, StringComparison.Ordinal);
        Assert.Contains("is the history store", outputError, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(export));
        Assert.False(File.Exists(_folder.Store));
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
