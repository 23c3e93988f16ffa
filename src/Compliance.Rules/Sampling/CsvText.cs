using System.Text;

namespace Compliance.Rules.Sampling;

/// <summary>
/// RFC 4180 as spreadsheets write it: fields quoted when they hold the separator, a quote or a line
/// break; the separator a comma or a semicolon (spreadsheets in locales with a decimal comma save
/// with semicolons). Cells that would start a formula are written behind an apostrophe, and read
/// back without it.
/// </summary>
internal static class CsvText
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string Field(string value)
    {
        if (value.Length > 0 && Array.IndexOf(FormulaStarts, value[0]) >= 0)
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",;\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    public static string Unguard(string value) =>
        value.Length > 1 && value[0] == '\'' && Array.IndexOf(FormulaStarts, value[1]) >= 0 ? value[1..] : value;

    /// <summary>Splits the text into rows of fields; each row with the line it starts on.</summary>
    public static List<(long Line, List<string> Fields)> Parse(string text, char separator)
    {
        var rows = new List<(long, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        long line = 1, rowLine = 1;
        var quoted = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                        continue;
                    }

                    quoted = false;
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                i++;
                continue;
            }

            if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                rows.Add((rowLine, fields));
                fields = [];
                line++;
                rowLine = line;
            }
            else
            {
                field.Append(c);
            }

            i++;
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            rows.Add((rowLine, fields));
        }

        return rows;
    }
}
