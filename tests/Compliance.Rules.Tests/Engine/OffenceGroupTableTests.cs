using Compliance.Rules.Engine;
using Compliance.Rules.Facts;

namespace Compliance.Rules.Tests.Engine;

public sealed class OffenceGroupTableTests
{
    [Fact]
    public void Codes_beyond_those_remembered_are_worked_out_alike()
    {
        // The number parts of the first few thousand codes seen are remembered; any code after that
        // is worked out afresh, with the same answer. 6 000 distinct codes pass that bound whatever
        // other tests remembered first.
        for (var major = 1; major <= 6000; major++)
        {
            var code = $"{major:D4}/07Z";
            Assert.Equal($"{major}.7", OffenceGroupTable.NumberPart(code));
            Assert.Equal($"{major}", OffenceGroupTable.ClassOf(code));
        }
    }

    [Theory]
    [InlineData("19C", "19")]
    [InlineData("105A", "105")]
    [InlineData("4.1", "4.1")]
    [InlineData("8N", "8")]
    [InlineData("37.2B", "37.2")]
    [InlineData(" 20A", "20")]
    [InlineData("N100", "")]
    [InlineData("", "")]
    [InlineData("4/1", "4.1")]
    [InlineData("004/01", "4.1")]
    [InlineData("092/46", "92.46")]
    [InlineData("19/", "19")]
    [InlineData("0", "0")]
    public void Number_part_is_the_leading_digits_and_dots(string code, string expected) =>
        Assert.Equal(expected, OffenceGroupTable.NumberPart(code));

    [Theory]
    [InlineData("19C", "RAPE")]
    [InlineData("19K", "RAPE")]
    [InlineData("20A", "OTHER_SEXUAL")]
    [InlineData("88", "OTHER_SEXUAL")]
    [InlineData("34B", "ROBBERY")]
    [InlineData("105A", "VIOLENCE")]
    [InlineData("1", "VIOLENCE")]
    [InlineData("8N", "VIOLENCE")]
    [InlineData("4.1", "VIOLENCE")]
    [InlineData("4.10", "VIOLENCE")]
    [InlineData("37.1", "VIOLENCE")]
    [InlineData("37.2", "OTHER")]
    [InlineData("37/1", "VIOLENCE")]
    [InlineData("4/1", "VIOLENCE")]
    [InlineData("004/01", "VIOLENCE")]
    [InlineData("019C", "RAPE")]
    [InlineData("41", "OTHER")]
    [InlineData("37", "OTHER")]
    [InlineData("190", "OTHER")]
    [InlineData("10A", "OTHER")]
    [InlineData("49A", "OTHER")]
    [InlineData("N100", "OTHER")]
    public void Default_table_groups_codes_as_rules_md_says(string code, string expected) =>
        Assert.Equal(expected, TestContext.Groups.GroupOf(code));

    [Fact]
    public void Null_code_has_no_group() => Assert.Null(TestContext.Groups.GroupOf(null));

    [Fact]
    public void A_longer_wildcard_wins_over_a_shorter_one()
    {
        var table = new OffenceGroupTable(new Dictionary<string, IReadOnlyList<string>>
        {
            ["BROAD"] = ["4.*"],
            ["NARROW"] = ["4.1.*"],
        });

        Assert.Equal("NARROW", table.GroupOf("4.1.2"));
        Assert.Equal("BROAD", table.GroupOf("4.2"));
    }

    [Fact]
    public void An_entry_in_two_groups_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new OffenceGroupTable(new Dictionary<string, IReadOnlyList<string>>
        {
            ["A"] = ["19"],
            ["B"] = ["19"],
        }));
        Assert.Contains("'19'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_entry_is_rejected() =>
        Assert.Throws<ArgumentException>(() => new OffenceGroupTable(new Dictionary<string, IReadOnlyList<string>> { ["A"] = [" "] }));
}
