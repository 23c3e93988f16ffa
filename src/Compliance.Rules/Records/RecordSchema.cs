using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;

namespace Compliance.Rules.Records;

/// <summary>The JSON Schema of the record model, generated from the model types (never hand-written).</summary>
public static class RecordSchema
{
    /// <summary>Generates the JSON Schema (draft 2020-12) of <see cref="CrimeRecord"/>.</summary>
    /// <returns>The schema document.</returns>
    public static JsonNode Generate()
    {
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = static (context, schema) =>
            {
                // A custom converter makes the exporter give up ("true"): say what ours accepts.
                var declared = context.PropertyInfo?.PropertyType ?? context.TypeInfo.Type;
                var nullable = Nullable.GetUnderlyingType(declared) is not null;
                var type = Nullable.GetUnderlyingType(declared) ?? declared;
                if (type == typeof(DateTimeOffset))
                {
                    return new JsonObject
                    {
                        ["type"] = nullable ? new JsonArray("string", "null") : "string",
                        ["format"] = "date-time",
                        ["pattern"] = @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$",
                        ["description"] = "ISO 8601 timestamp with an offset (Z or +hh:mm).",
                    };
                }

                if (type == typeof(DateOnly) && schema is JsonObject date)
                {
                    date["format"] = "date";
                }

                return schema;
            },
        };

        var schema = RecordJson.Options.GetJsonSchemaAsNode(typeof(CrimeRecord), exporterOptions);
        var document = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "urn:compliance:crime-record:1.1",
            ["title"] = "Crime record (schema version 1.1; 1.0 records, without supersededAt, also read)",
        };
        foreach (var (key, value) in schema.AsObject())
        {
            document[key] = value?.DeepClone();
        }

        return document;
    }

    /// <summary>The schema as indented JSON text.</summary>
    /// <returns>The schema text.</returns>
    public static string ToJsonString() => Generate().ToJsonString(new JsonSerializerOptions { WriteIndented = true });
}
