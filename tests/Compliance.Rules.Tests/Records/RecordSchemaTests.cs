using System.Text.Json;
using System.Text.Json.Nodes;
using Compliance.Rules.Records;
using Json.Schema;

namespace Compliance.Rules.Tests.Records;

/// <summary>The generated JSON Schema accepts the example record and refuses what the strict reader refuses.</summary>
public sealed class RecordSchemaTests
{
    private const string Minimal = """{"schemaVersion":"1.0","crimeRecordId":"CR-1","incident":{"reportReceivedAt":"2008-11-04T22:41:00Z"}}""";

    // A private registry: the schema's $id must not clash with another build of it in the global one.
    private static readonly JsonSchema Schema = JsonSchema.FromText(
        RecordSchema.ToJsonString(),
        new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    private static string ExampleJson => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "example-record.json"));

    [Fact]
    public void The_example_record_is_valid()
    {
        var result = Evaluate(ExampleJson);

        Assert.True(result.IsValid, Describe(result));
    }

    [Fact]
    public void A_record_with_only_the_required_fields_is_valid()
    {
        var result = Evaluate(Minimal);

        Assert.True(result.IsValid, Describe(result));
    }

    [Fact]
    public void The_schema_is_draft_2020_12_with_the_record_id()
    {
        var schema = RecordSchema.Generate();

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)schema["$schema"]);
        Assert.Equal("urn:compliance:crime-record:1.1", (string?)schema["$id"]);
    }

    public static TheoryData<string, string> BadRecords => new()
    {
        { "unknown top-level property", Change(Minimal, r => r["colour"] = "red") },
        { "unknown nested property", Change(ExampleJson, r => r["incident"]!["weather"] = "rain") },
        { "unknown enum value", Change(ExampleJson, r => r["incident"]!["channel"] = "PIGEON") },
        { "enum as an integer", Change(ExampleJson, r => r["recordingDecision"]!["outcome"] = 0) },
        { "wrong type (string for boolean)", Change(ExampleJson, r => r["victims"]![0]!["enhancedRightsEligible"] = "yes") },
        { "wrong type (object for list)", Change(ExampleJson, r => r["statements"] = new JsonObject()) },
        { "missing crimeRecordId", Change(Minimal, r => r.AsObject().Remove("crimeRecordId")) },
        { "missing incident.reportReceivedAt", Change(Minimal, r => r["incident"]!.AsObject().Remove("reportReceivedAt")) },
        { "timestamp without an offset", Change(Minimal, r => r["incident"]!["reportReceivedAt"] = "2008-11-04T22:41:00") },
        { "null for a list", Change(ExampleJson, r => r["officers"] = null) },
        { "an array instead of a record", "[]" },
    };

    [Theory]
    [MemberData(nameof(BadRecords))]
    public void Bad_records_fail_schema_validation(string problem, string json)
    {
        var result = Evaluate(json);

        Assert.False(result.IsValid, $"the schema accepted a record with {problem}");
    }

    [Theory]
    [MemberData(nameof(BadRecords))]
    public void The_strict_reader_refuses_the_same_records(string problem, string json)
    {
        // Schema and reader must agree: a record valid for one is valid for the other.
        Assert.ThrowsAny<JsonException>(() => RecordJson.Parse(json));
        Assert.NotEmpty(problem);
    }

    private static EvaluationResults Evaluate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Describe(EvaluationResults result) =>
        string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));

    private static string Change(string json, Action<JsonNode> change)
    {
        var node = JsonNode.Parse(json)!;
        change(node);
        return node.ToJsonString();
    }
}
