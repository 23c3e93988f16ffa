using Microsoft.Data.Sqlite;

namespace Compliance.Cli.History;

/// <summary>
/// Brings the records of a version-1 store up to version 2: each record's <c>incident.incidentId</c>,
/// read from its stored JSON, goes into <c>records.incident_id</c>, so that an incident log added
/// later finds the records that name it. A page of records at a time, inside the run's transaction.
/// </summary>
internal static class RecordIncidentFill
{
    private const int PageSize = 512;

    public static void Run(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var select = connection.CreateCommand();
        select.Transaction = transaction;
        select.CommandText = "SELECT id, record FROM records WHERE id > $after ORDER BY id LIMIT $limit";
        var after = select.Parameters.Add(new SqliteParameter { ParameterName = "$after" });
        select.Parameters.AddWithValue("$limit", PageSize);
        using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = "UPDATE records SET incident_id = $incident WHERE id = $id";
        var incident = update.Parameters.Add(new SqliteParameter { ParameterName = "$incident" });
        var id = update.Parameters.Add(new SqliteParameter { ParameterName = "$id" });
        long last = 0;
        while (true)
        {
            after.Value = last;
            var page = new List<(long Id, string? IncidentId)>(PageSize);
            using (var reader = select.ExecuteReader())
            {
                while (reader.Read())
                {
                    page.Add((reader.GetInt64(0), RecordBlob.Decompress((byte[])reader.GetValue(1)).Incident.IncidentId));
                }
            }

            if (page.Count == 0)
            {
                return;
            }

            foreach (var (row, incidentId) in page.Where(p => p.IncidentId is not null))
            {
                incident.Value = incidentId;
                id.Value = row;
                update.ExecuteNonQuery();
            }

            last = page[^1].Id;
        }
    }
}
