using System.Text;
using Compliance.Rules.Sampling;

namespace Compliance.Rules.Tests.Sampling;

public sealed class WorksheetTests
{
    [Fact]
    public void The_worksheet_is_blind_by_default_and_lists_items_in_selection_order()
    {
        var text = Write(Samples.TwoStrata(blind: true));
        var lines = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("planId,itemKey,stratumId,rank,reviewerRef,reviewedAt,decisionCorrect,errorReasons,victimInformed,shouldHaveBeenRecorded,recorded,correctlyRecorded,final,remedialAction,remedialRecordRef", lines[0]);
        Assert.Equal("P,record:A-1,a,1,,,,,,,,,,,", lines[1]);
        Assert.DoesNotContain("CANCEL-002", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_appear_only_when_the_sample_is_not_blind()
    {
        var text = Write(Samples.TwoStrata(blind: false));

        Assert.Contains("planId,itemKey,stratumId,rank,findings,reviewerRef", text, StringComparison.Ordinal);
        Assert.Contains("record:A-1,a,1,CANCEL-002|CANCEL-008,", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_that_would_start_a_formula_is_guarded_and_read_back_unguarded()
    {
        var sample = Samples.TwoStrata(blind: true) with { PlanId = "=HYPERLINK(\"x\")" };
        sample = sample with { Items = [.. sample.Items.Select(i => i with { ItemKey = i.ItemKey.Replace("record:", "-", StringComparison.Ordinal) })] };

        var text = Write(sample);

        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\",'-A-1,", text, StringComparison.Ordinal);
        var filled = Fill(text, ',', 1, "R1", "2026-01-10", "TRUE", string.Empty);
        var problems = new List<SamplingProblem>();
        var verdict = Assert.Single(Worksheet.Read(Encoding.UTF8.GetBytes(filled), "sheet.csv", problems));
        Assert.Empty(problems);
        Assert.Equal("=HYPERLINK(\"x\")", verdict.PlanId);
        Assert.Equal("-A-1", verdict.ItemKey);
    }

    [Fact]
    public void A_filled_worksheet_saved_with_semicolons_reads_back_as_verdicts()
    {
        // What a spreadsheet in a decimal-comma locale saves: semicolons, a BOM, yes/no, London local times.
        var text = Write(Samples.TwoStrata(blind: true)).Replace(',', ';');
        text = Fill(text, ';', 1, "R1", "2026-07-10 09:30", "no", "NO_AVI | RETRACTION_ONLY", victimInformed: "yes", remedy: "reinstated");
        text = Fill(text, ';', 2, "R2", "2026-01-10T09:30:00+00:00", "TRUE", string.Empty, final: "TRUE");
        var problems = new List<SamplingProblem>();

        var verdicts = Worksheet.Read(Encoding.UTF8.GetBytes(text), "sheet.csv", problems);

        Assert.Empty(problems);
        Assert.Equal(2, verdicts.Count);
        var first = verdicts[0];
        Assert.Equal("record:A-1", first.ItemKey);
        Assert.False(first.DecisionCorrect);
        Assert.Equal(["NO_AVI", "RETRACTION_ONLY"], first.ErrorReasons);
        Assert.True(first.VictimInformed);
        Assert.Equal("REINSTATED", first.RemedialAction);

        // 10 July 2026 09:30 in London is summer time: 08:30 UTC.
        Assert.Equal(new DateTimeOffset(2026, 7, 10, 8, 30, 0, TimeSpan.Zero), first.ReviewedAt);
        Assert.Equal(2, first.Line);
        Assert.True(verdicts[1].Final);
    }

    [Fact]
    public void Rows_left_empty_are_not_yet_reviewed()
    {
        var problems = new List<SamplingProblem>();

        var verdicts = Worksheet.Read(Encoding.UTF8.GetBytes(Write(Samples.TwoStrata(blind: true))), "sheet.csv", problems);

        Assert.Empty(problems);
        Assert.Empty(verdicts);
    }

    [Theory]
    [InlineData("maybe", "decisionCorrect", 7, "not TRUE, FALSE, yes or no")]
    [InlineData("TRUE", "reviewedAt", 6, "does not exist in Europe/London")]
    public void A_bad_cell_is_an_error_with_its_row_and_column(string decision, string column, int columnNumber, string message)
    {
        var text = Fill(Write(Samples.TwoStrata(blind: true)), ',', 2, "R1", column == "reviewedAt" ? "2026-03-29 01:30" : "2026-01-10", decision, string.Empty);
        var problems = new List<SamplingProblem>();

        Worksheet.Read(Encoding.UTF8.GetBytes(text), "sheet.csv", problems);

        var problem = Assert.Single(problems);
        Assert.Equal((3L, columnNumber, column), (problem.Line!.Value, problem.Column!.Value, problem.Path));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_column_is_an_error()
    {
        var text = Write(Samples.TwoStrata(blind: true)).Replace("decisionCorrect", "decisonCorrect", StringComparison.Ordinal);
        var problems = new List<SamplingProblem>();

        Worksheet.Read(Encoding.UTF8.GetBytes(text), "sheet.csv", problems);

        Assert.Contains(problems, p => p.Path == "decisonCorrect" && p.Line == 1 && p.Column == 7);
    }

    private static string Write(Sample sample)
    {
        using var stream = new MemoryStream();
        Worksheet.Write(stream, sample);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Fills the verdict cells of data row <paramref name="row"/> (1-based) the way a reviewer would in a spreadsheet.</summary>
    private static string Fill(string text, char separator, int row, string reviewer, string at, string correct, string reasons, string victimInformed = "", string remedy = "", string final = "")
    {
        var lines = text.Split("\r\n").ToList();
        var cells = lines[row].Split(separator);
        var start = cells.Length - 11;
        cells[start] = reviewer;
        cells[start + 1] = at;
        cells[start + 2] = correct;
        cells[start + 3] = reasons;
        cells[start + 4] = victimInformed;
        cells[start + 8] = final;
        cells[start + 9] = remedy;
        lines[row] = string.Join(separator, cells);
        return string.Join("\r\n", lines);
    }
}
