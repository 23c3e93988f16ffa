using System.Text;
using Microsoft.Data.Sqlite;

namespace Compliance.Cli.Tests.Fixtures;

/// <summary>Everything a history store holds, as text: every row of every table in a fixed order, and its pragmas.</summary>
internal static class StoreDump
{
    /// <summary>The dump of the named tables (all when none are named).</summary>
    public static string Of(string path, params string[] only)
    {
        if (!File.Exists(path))
        {
            return "(no store)";
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var text = new StringBuilder();
        text.Append("user_version=").Append(Scalar(connection, "PRAGMA user_version")).Append('\n');
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables.Where(t => only.Length == 0 || only.Contains(t)))
        {
            text.Append("# ").Append(table).Append('\n');
            using var select = connection.CreateCommand();
            var columns = Scalar(connection, $"SELECT count(*) FROM pragma_table_info('{table}')");
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY {string.Join(", ", Enumerable.Range(1, (int)Math.Min(3, columns)))}";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.GetValue(i);
                    text.Append(value is byte[] bytes ? Convert.ToHexString(bytes) : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>A number the store answers (opened read-only for the question).</summary>
    public static long Query(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return Scalar(connection, sql);
    }

    public static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
