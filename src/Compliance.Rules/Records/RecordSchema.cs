using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;

namespace Compliance.Rules.Records;

/// <summary>The JSON Schema of the record model, generated from the model types (never hand-written).</summary>
public static class RecordSchema
{
    /// <summary>Generates the JSON Schema (draft 2020-12) of <see cref="CrimeRecord"/>.</summary>
    /// <returns>The schema document.</returns>
    public static JsonNode Generate() =>
        Generate(RecordJson.Options, typeof(CrimeRecord), "urn:compliance:crime-record:1.1", "Crime record (schema version 1.1; 1.0 records, without supersededAt, also read)");

    /// <summary>The schema of one model type of the strict JSON, with what its custom converters accept spelled out.</summary>
    /// <param name="options">The strict serializer options of the model.</param>
    /// <param name="root">The model's root type.</param>
    /// <param name="id">The schema's <c>$id</c>.</param>
    /// <param name="title">The schema's title.</param>
    internal static JsonNode Generate(JsonSerializerOptions options, Type root, string id, string title)
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

                // The node's own type: for the items of a list it is the item type, not the property's.
                var own = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
                if (own.IsEnum)
                {
                    var names = new JsonArray([.. EnumNames.All(own).Select(name => (JsonNode?)name)]);
                    if (nullable && type == own)
                    {
                        names.Add(null);
                    }

                    return new JsonObject { ["enum"] = names };
                }

                // A list of enum values: the exporter leaves its items open (the converter is ours), so name them.
                if (ItemType(own) is { IsEnum: true } item && schema is JsonObject list && !list.ContainsKey("items"))
                {
                    list["items"] = new JsonObject { ["enum"] = new JsonArray([.. EnumNames.All(item).Select(name => (JsonNode?)name)]) };
                }

                if (type == typeof(DateOnly) && schema is JsonObject date)
                {
                    date["format"] = "date";
                }

                return schema;
            },
        };

        var schema = options.GetJsonSchemaAsNode(root, exporterOptions);
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

    private static Type? ItemType(Type type) => type == typeof(string)
        ? null
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    /// <summary>The schema as indented JSON text.</summary>
    /// <returns>The schema text.</returns>
    public static string ToJsonString() => Generate().ToJsonString(new JsonSerializerOptions { WriteIndented = true });
}
