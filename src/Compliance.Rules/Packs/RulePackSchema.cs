using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Compliance.Rules.Packs.Documents;

namespace Compliance.Rules.Packs;

/// <summary>JSON Schemas of rule packs and policies, generated from the document types (never hand-written), for editors and CI checks.</summary>
public static class RulePackSchema
{
    /// <summary>The JSON Schema of a rule pack.</summary>
    /// <returns>The schema document.</returns>
    public static JsonNode GeneratePack() => Generate(typeof(RulePackDocument), "urn:compliance:rule-pack:1", "Compliance rule pack");

    /// <summary>The JSON Schema of a policy.</summary>
    /// <returns>The schema document.</returns>
    public static JsonNode GeneratePolicy() => Generate(typeof(PolicyDocument), "urn:compliance:rule-policy:1", "Compliance rule-pack policy");

    /// <summary>Indented JSON text of a schema.</summary>
    /// <param name="schema">The schema.</param>
    /// <returns>The text.</returns>
    public static string ToText(JsonNode schema) => schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    private static JsonNode Generate(Type type, string id, string title)
    {
        var options = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = static (context, schema) =>
            {
                if (context.PropertyInfo is { Name: "severity" } && schema is JsonObject severity)
                {
                    severity["enum"] = new JsonArray("Critical", "High", "Medium", "Low");
                }
                else if (context.PropertyInfo is { Name: "scope" } && schema is JsonObject scope)
                {
                    scope["enum"] = new JsonArray("record", "unit", "incident");
                }
                else if (context.PropertyInfo is { Name: "kind" } && schema is JsonObject kind)
                {
                    kind["enum"] = context.PropertyInfo.DeclaringType == typeof(PolicyDocument) ? new JsonArray("policy") : new JsonArray("rulePack");
                }
                else if (context.PropertyInfo is { Name: "from" } && schema is JsonObject from)
                {
                    from["format"] = "date";
                }

                return schema;
            },
        };

        var schema = PackJsonContext.Default.Options.GetJsonSchemaAsNode(type, options);
        var document = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = id,
            ["title"] = title,
        };
        foreach (var (key, value) in schema.AsObject())
        {
            document[key] = value?.DeepClone();
        }

        return document;
    }
}
