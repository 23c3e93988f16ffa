using System.Text;

namespace Compliance.Cli.Reports.Csv;

/// <summary>RFC 4180 rows: fields joined by commas, quoted when they hold a comma, quote or line break, rows ended by CRLF.</summary>
internal static class CsvRow
{
    // Spreadsheets run a cell that starts with one of these as a formula; ids and texts come from
    // the input, so such a cell is written with a leading apostrophe and shown as text.
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static void Write(TextWriter writer, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(Field(fields[i]));
        }

        writer.Write("\r\n");
    }

    public static string Field(string value)
    {
        if (value.Length > 0 && Array.IndexOf(FormulaStarts, value[0]) >= 0)
        {
            value = "'" + value;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return value;
        }

        var quoted = new StringBuilder(value.Length + 8).Append('"');
        foreach (var c in value)
        {
            quoted.Append(c == '"' ? "\"\"" : c.ToString());
        }

        return quoted.Append('"').ToString();
    }
}
