using Compliance.Rules.Reading;

namespace Compliance.Rules.Tests.Reading;

/// <summary>
/// The one text of a rejection: <see cref="Rejection.Detail"/> (what and where in the record, for
/// reports that give the source and line in columns of their own) and the one-line form that
/// prefixes them.
/// </summary>
public sealed class RejectionTextTests
{
    [Theory]
    [InlineData("$.colour", 2040L, "unknown property 'colour' (at $.colour, byte 2040)")]
    [InlineData("$.colour", null, "unknown property 'colour' (at $.colour)")]
    [InlineData(null, 2040L, "unknown property 'colour' (at byte 2040)")]
    [InlineData(null, null, "unknown property 'colour'")]
    public void The_detail_names_the_path_and_the_byte_when_known(string? path, long? position, string expected)
    {
        var rejection = new Rejection(RejectionCode.InvalidRecord, "unknown property 'colour'", "a.jsonl", 17, path, position);

        Assert.Equal(expected, rejection.Detail);
        Assert.Equal($"a.jsonl:17: {expected}", rejection.ToString());
    }
}
