using Compliance.Cli.Reports.Csv;
using Compliance.Cli.Tests.Fixtures;
using Snapshooter.Xunit;

namespace Compliance.Cli.Tests.Reports;

public sealed class CsvReportTests
{
    [Fact]
    public void The_report_matches_its_snapshot() => Snapshot.Match(Capture.Csv());

    [Fact]
    public void There_is_one_row_per_finding_then_rows_for_rejections_and_rule_errors()
    {
        var rows = Parse(Capture.Csv());

        Assert.Equal(["kind", "unitId", "crimeRecordId", "ruleId", "severity", "message", "evidence", "source", "line", "asOf"], rows[0]);
        Assert.All(rows, row => Assert.Equal(10, row.Length));
        Assert.All(rows.Skip(1), row => Assert.Equal("2010-01-01T00:00:00Z", row[9]));
        var kinds = rows.Skip(1).GroupBy(r => r[0]).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(12, kinds["record"]);
        Assert.Equal(3, kinds["unit"]);
        Assert.Equal(2, kinds["rejected"]);
        Assert.Equal(1, kinds["ruleError"]);
        var first = rows[1];
        Assert.Equal(["record", "UNIT-S", "S-00", "CANCEL-003", "Critical"], first.Take(5));
        Assert.Equal("cancellationCode=C2; aviRefs=[AVI-1]; requestedAt=2008-12-01T10:00:00Z", first[6]);
        Assert.Equal(["force.jsonl", "1"], first[7..9]);
    }

    [Fact]
    public void Fields_are_quoted_per_RFC_4180_and_rows_end_in_CRLF()
    {
        var csv = Capture.Csv();

        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("\"'2008' is not a timestamp, \"\"quoted\"\", with a comma (at $.incident.reportReceivedAt)\"", csv, StringComparison.Ordinal);
        var rejected = Parse(csv).Single(r => r[0] == "rejected" && r[8] == "62");
        Assert.Equal("'2008' is not a timestamp, \"quoted\", with a comma (at $.incident.reportReceivedAt)", rejected[5]);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"no\"", "\"say \"\"no\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("-1", "'-1")]
    public void A_field_is_quoted_only_when_it_must_be_and_never_runs_as_a_formula(string value, string expected) =>
        Assert.Equal(expected, CsvRow.Field(value));

    [Fact]
    public void Free_text_gets_its_own_column_only_when_asked_for()
    {
        Assert.DoesNotContain("no further action", Capture.Csv(), StringComparison.Ordinal);

        var rows = Parse(Capture.Csv(includeText: true));
        Assert.Equal("texts", rows[0][^1]);
        Assert.Equal("cancellation.rationaleText: Victim retracted, \"no further action\"", rows[1][^1]);
    }

    /// <summary>A strict RFC 4180 reader, so the tests check what a spreadsheet would read.</summary>
    private static List<string[]> Parse(string csv)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var i = 0;
        while (i < csv.Length)
        {
            if (csv[i] == '"')
            {
                i++;
                while (!(csv[i] == '"' && (i + 1 == csv.Length || csv[i + 1] != '"')))
                {
                    field.Append(csv[i]);
                    i += csv[i] == '"' ? 2 : 1;
                }

                i++;
            }
            else if (csv[i] == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (csv[i] == '\r' && csv[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                rows.Add([.. fields]);
                fields.Clear();
                i += 2;
            }
            else
            {
                field.Append(csv[i]);
                i++;
            }
        }

        return rows;
    }
}
