using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;

namespace Compliance.Rules.Tests.Reading.Direct;

/// <summary>
/// The direct parser matches enum codes against a table it works out without the serializer; for
/// every enum of the record model (those its serializer knows), each member's code in it must be exactly what the serializer
/// writes for that member, and every member must be there.
/// </summary>
public sealed class EnumCodeTableTests
{
    public static TheoryData<Type> ModelEnums()
    {
        var data = new TheoryData<Type>();
        foreach (var type in typeof(CrimeRecord).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic && t.Namespace == typeof(CrimeRecord).Namespace && RecordJson.Options.TryGetTypeInfo(t, out _)).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            data.Add(type);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ModelEnums))]
    public void Codes_are_what_the_serializer_writes(Type enumType)
    {
        var known = (System.Collections.IEnumerable)typeof(EnumCodes<>).MakeGenericType(enumType)
            .GetProperty("Known", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        var table = known.Cast<object>().Select(entry => (ITuple)entry).Select(t => (Code: Encoding.UTF8.GetString((byte[])t[0]!), Value: t[1]!)).ToList();

        var written = Enum.GetValues(enumType).Cast<object>().Select(value => (Code: JsonSerializer.Deserialize<string>(JsonSerializer.Serialize(value, enumType, RecordJson.Options))!, Value: value)).ToList();

        Assert.NotEmpty(written);
        Assert.Equal(written, table);
    }
}
