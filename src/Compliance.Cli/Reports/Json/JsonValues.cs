using System.Text.Encodings.Web;
using System.Text.Json;
using Compliance.Rules.Engine;

namespace Compliance.Cli.Reports.Json;

/// <summary>Writer settings and value writing shared by the JSON report's parts.</summary>
internal static class JsonValues
{
    /// <summary>
    /// The report is a file people also open: non-ASCII and HTML characters are written as they are
    /// (it is never embedded in a page), and lines end in <c>\n</c> on every OS so the bytes match.
    /// </summary>
    public static readonly JsonWriterOptions Indented = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static readonly JsonWriterOptions Compact = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes an evidence or metric value (<see cref="EvidenceJson.WriteValue"/>: the HTTP service writes them the same way).</summary>
    public static void Write(Utf8JsonWriter writer, object? value) => EvidenceJson.WriteValue(writer, value);

    /// <summary>Writes named values as an object, in the order they are given (evidence and metrics are ordered).</summary>
    public static void WriteObject(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> values) => EvidenceJson.WriteObject(writer, values);
}
