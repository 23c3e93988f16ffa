using System.Text.Json;
using System.Text.Json.Nodes;

namespace Compliance.Server.Tests;

/// <summary>Request bodies built from the bundled example record.</summary>
internal static class Bodies
{
    public const string AsOf = "2010-01-01T00:00:00Z";

    public static string ExampleRecord { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "example-record.json"));

    /// <summary>The example before its cancellation.</summary>
    public static string NotCancelled
    {
        get
        {
            var node = JsonNode.Parse(ExampleRecord)!.AsObject();
            node.Remove("cancellation");
            return node.ToJsonString();
        }
    }

    public static string Evaluate(string record, string? asOf = AsOf) =>
        asOf is null ? $$"""{ "record": {{record}} }""" : $$"""{ "record": {{record}}, "asOf": "{{asOf}}" }""";

    public static string Proposal(string? current, string proposed, string? blockAt = null) =>
        $$"""{ "current": {{current ?? "null"}}, "proposed": {{proposed}}, "asOf": "{{AsOf}}"{{(blockAt is null ? "" : $", \"blockAt\": \"{blockAt}\"")}} }""";

    public static async Task<JsonElement> Json(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
