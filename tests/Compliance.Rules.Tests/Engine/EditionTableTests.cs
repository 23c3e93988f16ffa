using Compliance.Rules.Engine;
using Compliance.Rules.Facts;
using Compliance.Rules.Records;
using static Compliance.Rules.Tests.BuiltInRules.TestRecords;

namespace Compliance.Rules.Tests.Engine;

public sealed class EditionTableTests
{
    private static CrimeRecord ReportedAt(string iso, string? edition = null) =>
        Clean with { RulesEdition = edition, Incident = Clean.Incident with { ReportReceivedAt = At(iso) } };

    [Theory]
    [InlineData("2008-11-04T22:41:00Z", "HOCR-2008")]
    [InlineData("2015-03-31T22:59:59Z", "HOCR-2008")]
    // 23:00 UTC on 31 March 2015 is already 1 April in London (BST).
    [InlineData("2015-03-31T23:00:00Z", "HOCR-2015")]
    [InlineData("2019-03-31T22:30:00Z", "HOCR-2015")]
    [InlineData("2019-03-31T23:30:00Z", "HOCR-2019")]
    [InlineData("2024-01-01T00:00:00Z", "HOCR-2019")]
    public void Edition_is_chosen_by_the_London_date_of_the_report(string reported, string expected) =>
        Assert.Equal(expected, TestContext.Editions.Resolve(ReportedAt(reported)).Id);

    [Fact]
    public void A_named_edition_wins_over_the_date() =>
        Assert.Equal("HOCR-2008", TestContext.Editions.Resolve(ReportedAt("2020-01-01T00:00:00Z", "HOCR-2008")).Id);

    [Fact]
    public void An_unknown_named_edition_falls_back_to_the_date() =>
        Assert.Equal("HOCR-2019", TestContext.Editions.Resolve(ReportedAt("2020-01-01T00:00:00Z", "HOCR-2030")).Id);

    [Fact]
    public void A_report_before_every_edition_gets_the_earliest()
    {
        var table = new EditionTable([TestContext.Editions.Editions[2], TestContext.Editions.Editions[1]]);

        Assert.Equal("HOCR-2015", table.Resolve(ReportedAt("2008-01-01T00:00:00Z")).Id);
        Assert.Equal(["HOCR-2015", "HOCR-2019"], table.Editions.Select(e => e.Id));
    }

    [Fact]
    public void Edition_rules_carry_the_limits_of_rules_md()
    {
        var hocr2008 = TestContext.Editions.Resolve(ReportedAt("2010-01-01T00:00:00Z"));
        var hocr2019 = TestContext.Editions.Resolve(ReportedAt("2020-01-01T00:00:00Z"));

        Assert.Equal(72, hocr2008.RecordingLimitHours);
        Assert.DoesNotContain(CancellationCode.C5, hocr2008.CancellationCodes);
        Assert.Contains(CancellationCode.C5, hocr2019.CancellationCodes);
        Assert.Equal(22, hocr2019.MaxOutcomeType);
    }

    [Fact]
    public void An_empty_table_is_rejected() => Assert.Throws<ArgumentException>(() => new EditionTable([]));

    [Fact]
    public void A_repeated_edition_id_is_rejected() =>
        Assert.Throws<ArgumentException>(() => new EditionTable([TestContext.Editions.Editions[0], TestContext.Editions.Editions[0]]));
}
