using System.Text.Json;
using Compliance.Rules.Records;
using static Compliance.Rules.Tests.Packs.TestPacks;

namespace Compliance.Rules.Tests.Records;

/// <summary>
/// An enum value is read only as its exact UPPER_SNAKE name: the serializer's own enum reading
/// would take "RAPE, ROBBERY" as the two values OR-ed together (another member, or none), trim
/// spaces, and time out on a regular expression under load.
/// </summary>
public sealed class StrictEnumTests
{
    private static readonly string Valid = RecordJson.Serialize(Record("CR-ENUM"));

    [Fact]
    public void The_exact_name_is_read()
    {
        Assert.Contains("\"allegationType\":\"RAPE\"", Valid, StringComparison.Ordinal);
        Assert.Equal(AllegationType.Rape, RecordJson.Parse(Valid).Incident!.AllegationType);
    }

    [Theory]
    [InlineData("\"ATTEMPTED_RAPE, SEXUAL_ASSAULT\"")]
    [InlineData("\"RAPE, RAPE\"")]
    [InlineData("\" RAPE\"")]
    [InlineData("\"RAPE \"")]
    [InlineData("\"rape\"")]
    [InlineData("\"Rape\"")]
    [InlineData("\"0\"")]
    [InlineData("\"-1\"")]
    [InlineData("0")]
    [InlineData("\"\"")]
    public void Anything_but_the_exact_name_is_refused_at_its_path(string value)
    {
        var json = Valid.Replace("\"allegationType\":\"RAPE\"", $"\"allegationType\":{value}", StringComparison.Ordinal);

        var error = Assert.Throws<JsonException>(() => RecordJson.Parse(json));
        Assert.Equal("$.incident.allegationType", error.Path);
        Assert.StartsWith("The JSON value could not be converted", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_without_a_name_is_not_written()
    {
        var record = Record("CR-ENUM") with { Incident = Record("CR-ENUM").Incident! with { AllegationType = (AllegationType)99 } };

        Assert.Throws<JsonException>(() => RecordJson.Serialize(record));
    }
}
