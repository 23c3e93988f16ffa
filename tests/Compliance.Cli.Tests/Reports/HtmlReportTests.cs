using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Compliance.Cli.Tests.Fixtures;

namespace Compliance.Cli.Tests.Reports;

public sealed class HtmlReportTests
{
    [Fact]
    public async Task The_page_loads_nothing_from_outside()
    {
        var html = Capture.Html();
        using var document = await Parse(html);

        Assert.Empty(document.QuerySelectorAll("script, link, img, iframe, object, embed, audio, video, source"));
        Assert.All(document.All, element => Assert.False(element.HasAttribute("src") || element.HasAttribute("href"), element.LocalName));
        var style = Assert.Single(document.QuerySelectorAll("style")).TextContent;
        Assert.DoesNotContain("url(", style, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", style, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", document.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_unit_has_its_metrics_over_time_with_alerts_marked()
    {
        using var document = await Parse(Capture.Html());

        var titles = document.QuerySelectorAll("section#over-time svg > title").Select(t => t.TextContent).ToArray();
        Assert.Contains("UNIT-S: rape-attrition by month", titles);
        Assert.Contains("UNIT-A: rape-cancellation by month", titles);
        var markers = document.QuerySelectorAll("section#over-time svg path title").Select(t => t.TextContent).ToArray();
        Assert.Contains(markers, m => m.Contains("in 2008-12", StringComparison.Ordinal) && m.EndsWith("episode UNIT-S/rape-attrition/2008-12-01", StringComparison.Ordinal));
        Assert.DoesNotContain(markers, m => m.Contains("UNIT-A/", StringComparison.Ordinal) || m.Contains("UNIT-B/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_three_charts_are_inline_svg_with_one_mark_per_unit_or_rule()
    {
        using var document = await Parse(Capture.Html());

        Assert.Equal(
            ["chart-findings-by-rule", "chart-rape-cancellation", "chart-detection-rates"],
            document.QuerySelectorAll("section#charts svg").Select(s => s.Id));
        Assert.Equal(5, document.QuerySelectorAll("#chart-findings-by-rule rect title").Length);
        var dots = document.QuerySelectorAll("#chart-rape-cancellation circle title").Select(t => t.TextContent).ToArray();
        Assert.Equal(3, dots.Length);
        Assert.Contains("UNIT-S: 8 of 20 rape records cancelled (40.0%; 95% interval 21.9%–61.3%; baseline 5.0%)", dots);
        var bars = document.QuerySelectorAll("#chart-detection-rates rect title").Select(t => t.TextContent).ToArray();
        Assert.Contains("UNIT-S: reported 66.7%", bars);
        Assert.Contains("UNIT-S: corrected 40.0%", bars);
    }

    [Fact]
    public async Task The_summary_and_tables_hold_the_figures()
    {
        using var document = await Parse(Capture.Html());

        var cards = document.QuerySelectorAll("#summary .card").ToDictionary(c => c.QuerySelector(".label")!.TextContent, c => c.QuerySelector(".value")!.TextContent);
        Assert.Equal("62", cards["records read"]);
        Assert.Equal("60", cards["evaluated"]);
        Assert.Equal("2", cards["rejected"]);
        Assert.Equal("1", cards["rule errors"]);
        var units = Rows(document, "#units-table");
        Assert.Equal(["UNIT-A", "UNIT-B", "UNIT-S"], units.Select(r => r.Cells[0].TextContent));
        Assert.Equal("stands-out", units[2].ClassName);
        Assert.Equal("8/20 (40.0%)", units[2].Cells[6].TextContent);
        Assert.Equal(["AUDIT-002", "AUDIT-003", "AUDIT-004"], document.QuerySelectorAll("#units-that-stand-out table td:first-child").Select(c => c.FirstChild!.TextContent));
        Assert.Equal(12, document.QuerySelectorAll("#findings-table tbody tr").Length);
        Assert.Null(document.QuerySelector("#findings-capped"));
        Assert.Equal(["4", "62"], Rows(document, "#rejected-table").Select(r => r.Cells[1].TextContent));
        Assert.Single(document.QuerySelectorAll("#rule-errors-table tbody tr"));
        Assert.Contains(Rows(document, "#not-assessed-table"), r => r.Cells[0].TextContent == "AUDIT-004" && r.Cells[2].TextContent == "UNIT-B");
        Assert.Contains(Rows(document, "#not-assessed-table"), r => r.Cells[0].TextContent == "AUDIT-003" && r.Cells[2].TextContent == "UNIT-A, UNIT-B");
    }

    [Fact]
    public async Task A_long_findings_table_is_capped_and_says_so()
    {
        using var document = await Parse(Capture.Html(listedFindings: 5));

        Assert.Equal(5, document.QuerySelectorAll("#findings-table tbody tr").Length);
        Assert.Equal("Showing the first 5 of 12 record findings, in input order. The csv and json reports list every one.", document.QuerySelector("#findings-capped")!.TextContent);
    }

    [Fact]
    public void Free_text_appears_only_when_asked_for()
    {
        Assert.DoesNotContain("no further action", Capture.Html(), StringComparison.Ordinal);
        Assert.Contains("cancellation.rationaleText: Victim retracted, &quot;no further action&quot;", Capture.Html(includeText: true), StringComparison.Ordinal);
    }

    private static IHtmlTableRowElement[] Rows(IDocument document, string table) =>
        document.QuerySelectorAll(table + " tbody tr").OfType<IHtmlTableRowElement>().ToArray();

    private static Task<IDocument> Parse(string html) =>
        BrowsingContext.New(Configuration.Default).OpenAsync(request => request.Content(html));
}
