using Compliance.Cli.Tests.Fixtures;

namespace Compliance.Cli.Tests.Reports;

public sealed class TextReportTests
{
    private static readonly string Report = Capture.Text();

    [Theory]
    [InlineData("Compliance audit as of 2010-01-01T00:00:00Z")]
    [InlineData("test-pack 0.0.1")]
    [InlineData("62 read, 60 evaluated, 2 rejected, 10 with findings")]
    [InlineData("Units that stand out (1 of 3)")]
    [InlineData("rape cancellation rate 0.4 against a baseline of 0.05")]
    [InlineData("upliftPoints 26.67")]
    [InlineData("1 cancellations (at least 5 needed) and 0 retraction statements (at least 5 needed)")]
    [InlineData("UNIT-A, UNIT-B")]
    [InlineData("Rule errors (1)")]
    [InlineData("force.jsonl:")]
    [InlineData("B-09 NCRS-001: NullReferenceException")]
    [InlineData("Rejected records (2)")]
    [InlineData("InvalidRecord: 1, Truncated: 1")]
    [InlineData("force.jsonl:4: the record ends before it is complete")]
    public void The_summary_says(string text) => Assert.Contains(text, Report, StringComparison.Ordinal);

    [Fact]
    public void Findings_are_counted_by_severity_and_by_rule()
    {
        var lines = Report.Split('\n');

        Assert.Contains(lines, l => l.Contains("Critical", StringComparison.Ordinal) && l.Contains(" 8 ", StringComparison.Ordinal) && l.Contains(" 9 ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("CANCEL-003", StringComparison.Ordinal) && l.Contains("Retraction as grounds for cancellation", StringComparison.Ordinal) && l.TrimEnd().EndsWith('8'));
    }

    [Fact]
    public void Only_the_unit_that_stands_out_gets_a_findings_table()
    {
        var standOut = Report[Report.IndexOf("Units that stand out", StringComparison.Ordinal)..Report.IndexOf("All units", StringComparison.Ordinal)];

        Assert.Contains("UNIT-S", standOut, StringComparison.Ordinal);
        Assert.DoesNotContain("UNIT-A", standOut, StringComparison.Ordinal);
        Assert.DoesNotContain("UNIT-B", standOut, StringComparison.Ordinal);
    }
}
