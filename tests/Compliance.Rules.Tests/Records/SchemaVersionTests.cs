using System.Text.Json;
using Compliance.Rules.Records;

namespace Compliance.Rules.Tests.Records;

/// <summary>Schema 1.1 adds outcomes[].supersededAt; every 1.0 record still reads.</summary>
public sealed class SchemaVersionTests
{
    private static string Record(string version, string outcome) =>
        $$"""{"schemaVersion":"{{version}}","crimeRecordId":"CR-1","incident":{"reportReceivedAt":"2016-03-01T10:00:00Z"},"outcomes":[{{outcome}}]}""";

    private const string Assigned = "\"outcomeType\":1,\"assignedAt\":\"2016-05-01T12:00:00Z\"";

    [Fact]
    public void Both_versions_read_and_supersededAt_reads_in_1_1()
    {
        Assert.Equal("1.0", RecordJson.Parse(Record("1.0", $"{{{Assigned}}}")).SchemaVersion);
        var record = RecordJson.Parse(Record("1.1", $"{{{Assigned},\"supersededAt\":\"2016-05-01T12:00:00Z\"}}"));
        Assert.Equal(new DateTimeOffset(2016, 5, 1, 12, 0, 0, TimeSpan.Zero), record.Outcomes[0].SupersededAt);
    }

    [Fact]
    public void SupersededAt_is_unknown_in_a_1_0_record()
    {
        var error = Assert.Throws<RecordContentException>(() => RecordJson.Parse(Record("1.0", $"{{{Assigned},\"supersededAt\":\"2016-06-01T12:00:00Z\"}}")));

        Assert.Equal("$.outcomes[0].supersededAt", error.Path);
        Assert.StartsWith("unknown property 'supersededAt'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SupersededAt_earlier_than_assignedAt_is_an_input_error()
    {
        var error = Assert.Throws<RecordContentException>(() => RecordJson.Parse(Record("1.1", $"{{{Assigned},\"supersededAt\":\"2016-05-01T11:59:59Z\"}}")));

        Assert.Equal("$.outcomes[0].supersededAt", error.Path);
        Assert.IsAssignableFrom<JsonException>(error);
    }

    [Fact]
    public void The_published_record_schema_is_1_1_with_supersededAt()
    {
        var schema = RecordSchema.Generate();

        Assert.Equal("urn:compliance:crime-record:1.1", (string?)schema["$id"]);
        Assert.Contains("supersededAt", schema.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("1.1", CrimeRecord.CurrentSchemaVersion);
    }
}
