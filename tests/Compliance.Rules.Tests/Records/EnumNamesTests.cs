using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Compliance.Rules.Records;

namespace Compliance.Rules.Tests.Records;

/// <summary>
/// <see cref="EnumNames"/> makes a model enum's contract name without the serializer; the serializer
/// (with the models' own converters) must write exactly that name for every declared member.
/// </summary>
public sealed class EnumNamesTests
{
    public static TheoryData<Type> ModelEnums()
    {
        var data = new TheoryData<Type>();
        foreach (var type in typeof(CrimeRecord).Assembly.GetTypes().Where(t => t.IsEnum && t.GetCustomAttribute<JsonConverterAttribute>() is not null).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(type);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ModelEnums))]
    public void Every_member_is_named_as_the_serializer_writes_it(Type enumType)
    {
        // The record context knows the record model's enums; the incident model's are written by the
        // same converter through their attribute, which the reflection resolver honours.
        var options = new JsonSerializerOptions(RecordJson.Options)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(RecordJson.Options.TypeInfoResolver, new DefaultJsonTypeInfoResolver()),
        };
        foreach (Enum value in Enum.GetValues(enumType))
        {
            var written = JsonSerializer.Serialize(value, enumType, options);
            Assert.Equal(written, $"\"{EnumNames.Of(value)}\"");
        }
    }

    [Fact]
    public void The_model_enums_are_found()
    {
        // The theory above must not pass on an empty list.
        Assert.True(ModelEnums().Count >= 20, $"only {ModelEnums().Count} model enums found");
    }

    [Theory]
    [InlineData(AviType.VictimRetraction, "VICTIM_RETRACTION")]
    [InlineData(ReportChannel.FrontCounter, "FRONT_COUNTER")]
    public void Names_are_upper_snake(Enum value, string expected) =>
        Assert.Equal(expected, EnumNames.Of(value));
}
