using System.Text;
using System.Text.Json;
using Compliance.Rules.Engine;
using Compliance.Rules.Records;

namespace Compliance.Rules.Tests.Engine;

/// <summary>Evidence and metrics as JSON, written the one way the report and the HTTP service share.</summary>
public sealed class EvidenceJsonTests
{
    [Fact]
    public void Each_kind_of_value_has_one_json_form_in_the_given_order()
    {
        KeyValuePair<string, object?>[] values =
        [
            new("code", AviType.CommunicationsData),
            new("at", new DateTimeOffset(2008, 11, 4, 22, 41, 0, TimeSpan.FromHours(1))),
            new("day", new DateOnly(2009, 3, 1)),
            new("rate", double.NaN),
            new("upper", double.PositiveInfinity),
            new("share", 0.25),
            new("count", 3L),
            new("refs", new object?[] { "AVI-1", null, CancellationCode.C2 }),
            new("echo", JsonDocument.Parse("""{"a":[1,true]}""").RootElement),
            new("none", null),
        ];

        Assert.Equal(
            """{"code":"COMMUNICATIONS_DATA","at":"2008-11-04T22:41:00+01:00","day":"2009-03-01","rate":null,"upper":null,"share":0.25,"count":3,"refs":["AVI-1",null,"C2"],"echo":{"a":[1,true]},"none":null}""",
            Write(writer => EvidenceJson.WriteObject(writer, values)));
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        // As the report writes: '+' of an offset left as it is.
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
