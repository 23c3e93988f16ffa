using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Compliance.Rules.Reading;

/// <summary>
/// Says what the serializer cannot say clearly, in one pass with <see cref="Utf8JsonReader"/> over
/// a record the model refused: invalid UTF-8, malformed or cut-off JSON, not an object, nested
/// deeper than the model, content after it, or a <c>schemaVersion</c> this library does not read.
/// The version is looked at before the model's complaints, so that a record of a newer schema is
/// reported as such rather than as "unknown property" for its first new field. Null when none of
/// these is the problem (then it is the model's: a wrong field, type or value).
/// </summary>
internal static class RecordShape
{
    private const int QuotedTextLimit = 24;

    /// <summary>Finds the first shape problem of one record, or none.</summary>
    /// <param name="json">The record's bytes (may have white space around it).</param>
    public static ShapeProblem? Check(ReadOnlySpan<byte> json) => Check(json, InputModel.CrimeRecords);

    /// <summary>Finds the first shape problem of one input element of the given kind, or none.</summary>
    /// <param name="json">The element's bytes (may have white space around it).</param>
    /// <param name="model">What kind of element it should be.</param>
    public static ShapeProblem? Check(ReadOnlySpan<byte> json, InputModel model)
    {
        if (LooksLikeUtf16(json, out var at))
        {
            return new(RejectionCode.InvalidUtf8,
                "the input looks UTF-16 encoded (a UTF-16 byte order mark or zero bytes between characters); save or export it as UTF-8",
                at);
        }

        if (!Utf8.IsValid(json))
        {
            var bad = FirstInvalidUtf8(json);
            return new(RejectionCode.InvalidUtf8,
                $"not valid UTF-8 (byte 0x{json[bad]:X2}); the input must be UTF-8 encoded (text saved as Windows-1252 or Latin-1 looks like this)",
                bad);
        }

        var first = JsonWhitespace.LeadingLength(json);
        if (first == json.Length)
        {
            return new(RejectionCode.NotJson, $"no JSON value: a{Article(model)} {model.Noun} is a JSON object", first);
        }

        return json[first] == (byte)'{' ? ScanObject(json, model) : NotAnObject(json, first, model);
    }

    private static ShapeProblem? ScanObject(ReadOnlySpan<byte> json, InputModel model)
    {
        // One level of head-room so that the reader hands us the too-deep container and we report it
        // ourselves (with its position) instead of the reader throwing a generic error.
        var scanOptions = new JsonReaderOptions { MaxDepth = model.MaxDepth + 1, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false };
        // Not the final block: running out of data is then "incomplete", not an exception, which
        // is how a cut-off record is told apart from a malformed one.
        var reader = new Utf8JsonReader(json, isFinalBlock: false, new JsonReaderState(scanOptions));
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray when reader.CurrentDepth >= model.MaxDepth:
                        return new(RejectionCode.TooDeep,
                            $"nested deeper than the {model.Noun} model allows (at most {model.MaxDepth} levels)",
                            reader.TokenStartIndex);
                    case JsonTokenType.PropertyName when reader.CurrentDepth == 1 && reader.ValueTextEquals("schemaVersion"u8):
                        if (!reader.Read())
                        {
                            return Truncated(json, model);
                        }

                        if (reader.TokenType == JsonTokenType.String && !model.IsSupported(ref reader))
                        {
                            return new(RejectionCode.UnsupportedSchemaVersion,
                                $"schemaVersion \"{Quote(reader.GetString()!)}\" is not supported: this library reads schema {(model.SchemaVersions.Count == 1 ? "version" : "versions")} {model.VersionsText}",
                                reader.TokenStartIndex,
                                "$.schemaVersion");
                        }

                        break;
                    case JsonTokenType.EndObject when reader.CurrentDepth == 0:
                        return AfterEnd(json, reader.BytesConsumed, model);
                }
            }

            return Truncated(json, model);
        }
        catch (JsonException error)
        {
            return new(RejectionCode.NotJson, $"not valid JSON: {JsonErrorPosition.MessageOf(error)}", JsonErrorPosition.OffsetOf(error, json));
        }
        catch (InvalidOperationException)
        {
            // GetString of the version refused an escape that is not valid UTF-16: the model's message says so.
            return null;
        }
    }

    private static ShapeProblem? AfterEnd(ReadOnlySpan<byte> json, long end, InputModel model)
    {
        var extra = json[(int)end..].IndexOfAnyExcept(JsonWhitespace.Bytes);
        return extra < 0
            ? null
            : new(RejectionCode.NotJson,
                $"unexpected content after the end of the {model.Noun} (one {model.Noun} per line in .jsonl; an array of {model.Noun}s in .json)",
                end + extra);
    }

    private static ShapeProblem Truncated(ReadOnlySpan<byte> json, InputModel model) =>
        new(RejectionCode.Truncated, $"the JSON ends before the {model.Noun} is complete: the input was probably cut off", json.Length);

    private static string Article(InputModel model) => model.Noun.Length > 0 && "aeiou".Contains(model.Noun[0], StringComparison.Ordinal) ? "n" : string.Empty;

    private static ShapeProblem NotAnObject(ReadOnlySpan<byte> json, int first, InputModel model)
    {
        var reader = new Utf8JsonReader(json);
        try
        {
            reader.Read();
            var kind = reader.TokenType;
            reader.Skip();
            while (reader.Read())
            {
                // Only reached when trailing content is white space; Read throws otherwise.
            }

            return new(RejectionCode.NotAnObject, $"found {Describe(kind)}, but a{Article(model)} {model.Noun} is a JSON object {{ … }}", first);
        }
        catch (JsonException error)
        {
            return json[first] == (byte)'['
                ? new(RejectionCode.NotAnObject, $"found a JSON array, but a{Article(model)} {model.Noun} is a JSON object {{ … }}", first)
                : new(RejectionCode.NotJson, $"not valid JSON: {JsonErrorPosition.MessageOf(error)}", JsonErrorPosition.OffsetOf(error, json));
        }
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "a JSON array",
        JsonTokenType.String => "a JSON string",
        JsonTokenType.Number => "a JSON number",
        JsonTokenType.True or JsonTokenType.False => "a JSON boolean",
        JsonTokenType.Null => "JSON null",
        _ => "a JSON value",
    };

    /// <summary>
    /// UTF-16 text (as "Unicode" in Windows tools) starts with FF FE or FE FF, and stores every
    /// ASCII character with a zero byte beside it; a zero byte is never valid inside JSON text.
    /// </summary>
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> json, out int at)
    {
        var first = JsonWhitespace.LeadingLength(json);
        var rest = json[first..];
        if (rest.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || rest.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            at = first;
            return true;
        }

        at = json.IndexOf((byte)0);
        return at >= 0;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> json)
    {
        var index = 0;
        while (index < json.Length)
        {
            if (Rune.DecodeFromUtf8(json[index..], out _, out var length) != OperationStatus.Done)
            {
                return index;
            }

            index += length;
        }

        return json.Length - 1;
    }

    private static string Quote(string text) => text.Length <= QuotedTextLimit ? text : string.Concat(text.AsSpan(0, QuotedTextLimit), "…");
}
