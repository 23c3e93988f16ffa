using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Compliance.Rules.Records;

namespace Compliance.Rules.Reading;

/// <summary>
/// What the strict reader's checks need to know about one kind of input element (a crime record,
/// an incident log): its serializer metadata, how deep it may nest, the schema versions read and
/// how a person calls one. The shape checks, the list checks and the error sentences are the same
/// code for every kind; only this description differs.
/// </summary>
/// <param name="RootInfo">Gets the serializer metadata of the element's model (see <see cref="Root"/>).</param>
/// <param name="OptionsOf">Gets the model's serializer options (see <see cref="Options"/>).</param>
/// <param name="MaxDepth">The deepest nesting accepted.</param>
/// <param name="SchemaVersions">The <c>schemaVersion</c> values read.</param>
/// <param name="Noun">How an element is called in sentences ("record", "incident").</param>
internal sealed record InputModel(Func<JsonTypeInfo> RootInfo, Func<JsonSerializerOptions> OptionsOf, int MaxDepth, IReadOnlyList<string> SchemaVersions, string Noun)
{
    private JsonTypeInfo? _root;
    private JsonSerializerOptions? _options;

    /// <summary>Describes a kind of element whose serializer options are already at hand.</summary>
    /// <param name="rootInfo">Gets the serializer metadata of the element's model.</param>
    /// <param name="options">The model's serializer options.</param>
    /// <param name="maxDepth">The deepest nesting accepted.</param>
    /// <param name="schemaVersions">The <c>schemaVersion</c> values read.</param>
    /// <param name="noun">How an element is called in sentences.</param>
    public InputModel(Func<JsonTypeInfo> rootInfo, JsonSerializerOptions options, int maxDepth, IReadOnlyList<string> schemaVersions, string noun)
        : this(rootInfo, () => options, maxDepth, schemaVersions, noun)
    {
    }

    /// <summary>Crime records.</summary>
    public static InputModel CrimeRecords { get; } = new(() => RecordJson.TypeInfo, () => RecordJson.Options, RecordJson.MaxDepth, CrimeRecord.SupportedSchemaVersions, "record");

    /// <summary>
    /// Serializer metadata of the element's model, fetched on first use: configuring it for the whole
    /// record model was over half of a strict read's start-up (≈ 0.27 s of CPU, sampled), and only
    /// the checks of an element the direct parser leaves to the serializer need it.
    /// </summary>
    public JsonTypeInfo Root => _root ??= RootInfo();

    /// <summary>
    /// The model's serializer options (for the metadata of nested types), fetched on first use:
    /// creating them builds the serializer context of the whole model, which only a refused
    /// element's checks need (a sixth of a 1 000-record read's start-up, sampled).
    /// </summary>
    public JsonSerializerOptions Options => _options ??= OptionsOf();

    /// <summary>The versions as a sentence fragment: <c>1.0 and 1.1</c>.</summary>
    public string VersionsText => string.Join(" and ", SchemaVersions);

    /// <summary>Whether a <c>schemaVersion</c> (as unescaped UTF-8 of the reader) is one the model reads.</summary>
    /// <param name="reader">A reader positioned on the version string.</param>
    /// <returns>True when supported.</returns>
    public bool IsSupported(ref Utf8JsonReader reader)
    {
        foreach (var version in SchemaVersions)
        {
            if (reader.ValueTextEquals(Encoding.UTF8.GetBytes(version)))
            {
                return true;
            }
        }

        return false;
    }
}
