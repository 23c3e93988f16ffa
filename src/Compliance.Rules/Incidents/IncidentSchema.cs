using System.Text.Json;
using System.Text.Json.Nodes;
using Compliance.Rules.Records;

namespace Compliance.Rules.Incidents;

/// <summary>The JSON Schema of the incident-log model (<c>incident-1.0</c>), generated from the model types (never hand-written).</summary>
public static class IncidentSchema
{
    /// <summary>Generates the JSON Schema (draft 2020-12) of <see cref="IncidentLog"/>.</summary>
    /// <returns>The schema document.</returns>
    public static JsonNode Generate() =>
        RecordSchema.Generate(SchemaOptions, typeof(IncidentLog), "urn:compliance:incident:1.0", "Incident log (schema version incident-1.0)");

    // The reader's depth limit (6) is tighter than the exporter's walk through nullable wrappers needs;
    // the limit guards input, not the description of the model.
    private static JsonSerializerOptions SchemaOptions => new(IncidentJson.Options) { MaxDepth = 64 };

    /// <summary>The schema as indented JSON text.</summary>
    /// <returns>The schema text.</returns>
    public static string ToJsonString() => Generate().ToJsonString(new JsonSerializerOptions { WriteIndented = true });
}
