using Compliance.Cli.Tests.Fixtures;
using Compliance.Cli.Tests.Incidents;
using Compliance.Rules.Packs;
using Compliance.Rules.Records;
using Microsoft.Data.Sqlite;

namespace Compliance.Cli.Tests.Monitoring;

/// <summary>
/// A store written by the version-1 tool (before incident logs: <c>Fixtures/history-v1.db</c>, made by
/// <c>compliance monitor</c> at commit f436d0b from two rapes of UNIT-S recorded at 2008-11-05T09:00Z,
/// CR-1 naming incident INC-1 and CR-2 naming none, as of 2010-01-01) is migrated to version 2 on its
/// first run with this tool, inside that run: what it held is kept, and each stored record's
/// <c>incident.incidentId</c> is filled in from its JSON, so that an incident added later finds the
/// records that name it.
/// </summary>
public sealed class MonitorIncidentMigrationTests : IDisposable
{
    private readonly MonitorFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_version_1_store_is_migrated_keeping_its_records_and_an_incident_added_then_finds_the_record_that_names_it()
    {
        File.Copy(RepositoryFiles.Path("tests", "Compliance.Cli.Tests", "Fixtures", "history-v1.db"), _folder.Store);

        // The store names the built-in pack of its day; named as this build's, a later change of the
        // built-in pack does not turn the migration into a refusal (which would need --rebuild).
        var builtIn = RulePack.LoadBuiltIn();
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _folder.Store, Pooling = false }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE pack SET id = $id, version = $version, sha256 = $sha";
            command.Parameters.AddWithValue("$id", builtIn.Id);
            command.Parameters.AddWithValue("$version", builtIn.Version);
            command.Parameters.AddWithValue("$sha", builtIn.Sha256);
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        Assert.Equal(1, StoreDump.Query(_folder.Store, "PRAGMA user_version"));
        Assert.Equal(0, StoreDump.Query(_folder.Store, "SELECT count(*) FROM sqlite_master WHERE name = 'incidents'"));
        var events = Body("events");
        var alerts = Body("alerts");
        var pack = Body("pack");
        Assert.Contains("|", events, StringComparison.Ordinal);
        Assert.Equal(2, StoreDump.Query(_folder.Store, "SELECT count(*) FROM records"));

        // INC-1 without its own list of records: only CR-1's incident.incidentId, stored by version 1, links them.
        var unlisted = IncidentFixture.Inc1.Replace("\"linkedCrimeRecordIds\":[\"CR-1\"]", "\"linkedCrimeRecordIds\":[]", StringComparison.Ordinal);
        var records = _folder.Write("cr3.jsonl", [RecordJson.Serialize(IncidentFixture.Rape("CR-3", null))]);
        var incidents = _folder.Write("incidents.jsonl", [unlisted]);
        var (_, report, _) = MonitorCli.Json(records, "--incidents", incidents, "--history", _folder.Store, "--as-of", IncidentFixture.AsOf);

        Assert.Equal(2, StoreDump.Query(_folder.Store, "PRAGMA user_version"));
        Assert.Equal(1, StoreDump.Query(_folder.Store, "SELECT count(*) FROM history WHERE change = 'migrated' AND run_id = 2 AND schema_version = 2"));
        Assert.Equal(2, report.GetProperty("run").GetProperty("id").GetInt64());
        Assert.Equal(3, report.GetProperty("history").GetProperty("records").GetInt64());
        Assert.Equal(1, StoreDump.Query(_folder.Store, "SELECT count(*) FROM records WHERE crime_record_id = 'CR-1' AND incident_id = 'INC-1' AND run_id = 1"));
        Assert.Equal(2, StoreDump.Query(_folder.Store, "SELECT count(*) FROM records WHERE incident_id IS NULL"));

        // Answered by CR-1 (a rape recorded 10 h 19 min after the disclosure): the event is not counted.
        Assert.Equal(0, StoreDump.Query(_folder.Store, "SELECT counted FROM incident_events"));
        Assert.Equal(1, StoreDump.Query(_folder.Store, "SELECT count(*) FROM incident_events"));

        // What version 1 held is still there: run 1's events, alerts and pack (run 2 adds CR-3's events).
        Assert.StartsWith(events, Body("events"), StringComparison.Ordinal);
        Assert.StartsWith(alerts, Body("alerts"), StringComparison.Ordinal);
        Assert.Equal(pack, Body("pack"));
        Assert.Equal(1, StoreDump.Query(_folder.Store, "SELECT count(*) FROM runs WHERE id = 1 AND incidents_given = 0 AND incidents_read = 0"));
    }

    /// <summary>A table's rows in the store's fixed order (without the schema version line).</summary>
    private string Body(string table) => StoreDump.Of(_folder.Store, table).Split('\n', 2)[1];
}
