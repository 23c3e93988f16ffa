using System.Text.Json;
using System.Text.Json.Nodes;
using Compliance.Rules.Records;

namespace Compliance.Rules.Tests.Records;

public sealed class RecordJsonTests
{
    private static string ExampleJson => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "example-record.json"));

    [Fact]
    public void Example_record_parses_with_its_facts()
    {
        var record = RecordJson.Parse(ExampleJson);

        Assert.Equal("CR-2008-SW-004512", record.CrimeRecordId);
        Assert.Equal("SW-SAPPHIRE", record.OwningUnit!.UnitId);
        Assert.Equal(new DateTimeOffset(2008, 11, 4, 22, 41, 0, TimeSpan.Zero), record.Incident.ReportReceivedAt);
        Assert.Equal(AllegationType.Rape, record.Incident.AllegationType);
        Assert.Equal(CancellationCode.C2, record.Cancellation!.Code);
        Assert.Equal(AviType.VictimRetraction, record.AdditionalVerifiableInformation[0].Type);
        Assert.Equal(AccreditationType.Pip2, record.Officers[1].Accreditations[0].Type);
        Assert.Equal(new DateOnly(2007, 5, 1), record.Officers[2].Accreditations[0].ValidFrom);
        Assert.Equal(4, record.VictimContacts.Count);
        Assert.Equal(StatementInitiator.Police, record.Statements[2].InitiatedBy);
        Assert.False(record.Statements[2].ContentFlags!.AssertsEventDidNotHappen);
    }

    [Fact]
    public void Example_record_round_trips()
    {
        var original = JsonNode.Parse(ExampleJson)!;
        var written = JsonNode.Parse(RecordJson.Serialize(RecordJson.Parse(ExampleJson)))!;

        // The writer leaves out nulls and writes absent lists as []: compare modulo exactly that.
        Assert.True(JsonNode.DeepEquals(Normalise(original), Normalise(written)),
            $"round trip changed the record:\n{written.ToJsonString()}");
        Assert.Equal(RecordJson.Serialize(RecordJson.Parse(written.ToJsonString())), written.ToJsonString());
    }

    [Theory]
    [InlineData(typeof(ChangeType), ChangeType.N100ToCrime, "N100_TO_CRIME")]
    [InlineData(typeof(RecordingOutcome), RecordingOutcome.N100, "N100")]
    [InlineData(typeof(RecordingOutcome), RecordingOutcome.CrimeRelatedIncident, "CRIME_RELATED_INCIDENT")]
    [InlineData(typeof(AccreditationType), AccreditationType.Pip1, "PIP1")]
    [InlineData(typeof(AccreditationType), AccreditationType.Dfcr, "DFCR")]
    [InlineData(typeof(CancellationCode), CancellationCode.C5, "C5")]
    [InlineData(typeof(AviType), AviType.Cctv, "CCTV")]
    [InlineData(typeof(AviType), AviType.VictimWithdrawalOfSupport, "VICTIM_WITHDRAWAL_OF_SUPPORT")]
    [InlineData(typeof(ContactPurpose), ContactPurpose.IsvaReferral, "ISVA_REFERRAL")]
    [InlineData(typeof(NotificationType), NotificationType.VrrInformation, "VRR_INFORMATION")]
    [InlineData(typeof(RecordingReason), RecordingReason.NotANotifiableOffence, "NOT_A_NOTIFIABLE_OFFENCE")]
    public void Enum_values_use_the_contract_names(Type type, object value, string expected)
    {
        var json = JsonSerializer.Serialize(value, type, RecordJson.Options);
        Assert.Equal($"\"{expected}\"", json);
        Assert.Equal(value, JsonSerializer.Deserialize(json, type, RecordJson.Options));
    }

    [Theory]
    [InlineData("""{"schemaVersion":"1.0","crimeRecordId":"A","incident":{"reportReceivedAt":"2008-11-04T22:41:00Z"},"colour":"red"}""", "$.colour")]
    [InlineData("""{"schemaVersion":"1.0","crimeRecordId":"A","incident":{"reportReceivedAt":"2008-11-04T22:41:00Z","channel":"PIGEON"}}""", "$.incident.channel")]
    [InlineData("""{"schemaVersion":"1.0","crimeRecordId":"A","incident":{"reportReceivedAt":"2008-11-04T22:41:00Z","channel":2}}""", "$.incident.channel")]
    [InlineData("""{"schemaVersion":"1.0","crimeRecordId":"A","incident":{"reportReceivedAt":"2008-11-04T22:41:00"}}""", "$.incident.reportReceivedAt")]
    [InlineData("""{"schemaVersion":"1.0","crimeRecordId":"A","incident":{"reportReceivedAt":"2008-11-04T22:41:00Z"},"victims":[{"personRef":"P","enhancedRightsEligible":"yes"}]}""", "$.victims[0].enhancedRightsEligible")]
    [InlineData("""{"schemaVersion":"1.0","crimeRecordId":"A","incident":{"reportReceivedAt":"2008-11-04T22:41:00Z"},"statements":null}""", "$.statements")]
    public void Invalid_records_name_the_json_path(string json, string path)
    {
        var error = Assert.Throws<JsonException>(() => RecordJson.Parse(json));
        Assert.Contains(path, error.Path ?? error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Absent_lists_read_as_empty_never_null()
    {
        // The source generator initialises init-only members it does not see in the JSON with
        // default values; the model must still hand rules empty lists, not nulls.
        var record = RecordJson.Parse("""{"schemaVersion":"1.0","crimeRecordId":"A","incident":{"reportReceivedAt":"2008-11-04T22:41:00Z"},"statements":[{"statementId":"S","type":"RETRACTION","takenAt":"2008-11-04T22:41:00Z","takenByOfficerRef":"O","initiatedBy":"POLICE","contentFlags":{}}],"cancellation":{}}""");

        Assert.NotNull(record.ClassificationHistory);
        Assert.NotNull(record.AdditionalVerifiableInformation);
        Assert.NotNull(record.Victims);
        Assert.NotNull(record.Officers);
        Assert.NotNull(record.VictimContacts);
        Assert.NotNull(record.Outcomes);
        Assert.NotNull(record.Notifications);
        Assert.NotNull(record.VictimFeedback);
        Assert.NotNull(record.Suspects);
        Assert.NotNull(record.Statements[0].SupportPresent);
        Assert.NotNull(record.Statements[0].ContentFlags!.ReasonsGiven);
        Assert.NotNull(record.Cancellation!.AviRefs);
    }

    [Fact]
    public void Missing_required_members_are_errors()
    {
        var error = Assert.Throws<JsonException>(() => RecordJson.Parse("""{"schemaVersion":"1.0","incident":{"reportReceivedAt":"2008-11-04T22:41:00Z"}}"""));
        Assert.Contains("crimeRecordId", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2008-11-04T22:41:00Z", 0)]
    [InlineData("2008-11-04T22:41:00+01:00", 60)]
    [InlineData("2008-11-04T22:41:00.125-05:30", -330)]
    [InlineData("2008-11-04T22:41Z", 0)]
    public void Timestamps_with_an_offset_parse(string text, int offsetMinutes)
    {
        Assert.True(StrictTimestampConverter.TryParse(text, out var value));
        Assert.Equal(TimeSpan.FromMinutes(offsetMinutes), value.Offset);
    }

    [Theory]
    [InlineData("2008-11-04T22:41:00")]
    [InlineData("2008-11-04")]
    [InlineData("04/11/2008 22:41")]
    [InlineData("")]
    public void Timestamps_without_an_offset_are_refused(string text) =>
        Assert.False(StrictTimestampConverter.TryParse(text, out _));

    private static JsonNode? Normalise(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var result = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    if (value is null || value is JsonArray { Count: 0 })
                    {
                        continue;
                    }

                    result[key] = Normalise(value);
                }

                return result;
            case JsonArray array:
                return new JsonArray(array.Select(Normalise).ToArray());
            default:
                return node?.DeepClone();
        }
    }
}
