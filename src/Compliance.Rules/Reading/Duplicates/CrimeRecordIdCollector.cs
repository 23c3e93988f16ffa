using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Compliance.Rules.Reading;

/// <summary>
/// The decoder of a pre-scan: hands the <see cref="CrimeRecordIdIndex.Hash"/> of every top-level
/// id string (<c>crimeRecordId</c>, or the id property of another input kind) of a record to a <see cref="RepeatedHashFinder"/>, and nothing else.
/// </summary>
/// <remarks>
/// It may collect more than the read will index, never less: every value of a repeated property,
/// and ids of records the read will reject. The result is only a filter of which ids the read
/// must remember, so extra hashes cost a little memory and change no answer. A record that does
/// not parse here cannot be accepted by the read, so skipping it loses nothing.
/// </remarks>
internal sealed class CrimeRecordIdCollector(RepeatedHashFinder hashes, CrimeRecordIdIndex.IdHash hash, byte[] idProperty) : IRecordDecoder
{
    // Ids are short; only a longer one borrows a pooled buffer.
    private const int StackIdLength = 128;

    public ReadResult? Decode(ReadOnlySpan<byte> json, in RecordOrigin origin)
    {
        try
        {
            Collect(json);
        }
        catch (JsonException)
        {
            // Malformed: the read rejects it and says why.
        }
        catch (InvalidOperationException)
        {
            // A string that is not valid UTF-8 or UTF-16: the read rejects it too.
        }

        return null;
    }

    private static readonly SearchValues<byte> Structure = SearchValues.Create("\"{}[]"u8);
    private static readonly SearchValues<byte> StringEnd = SearchValues.Create("\"\\"u8);

    private void Collect(ReadOnlySpan<byte> json)
    {
        switch (FirstTopLevelId(json, idProperty, out var id))
        {
            case Scan.Found:
                AddUtf8(id);
                return;
            case Scan.Absent:
                return;
            default:
                CollectAll(json);
                return;
        }
    }

    /// <summary>
    /// Follows strings and nesting up to the first property of the top-level object named by the id
    /// property, and gives its string value, raw; only what needs no unescaping is trusted. Also
    /// names the id of a rejected record (<see cref="RejectedIds"/>).
    /// </summary>
    internal static Scan FirstTopLevelId(ReadOnlySpan<byte> json, ReadOnlySpan<byte> idProperty, out ReadOnlySpan<byte> id)
    {
        id = default;
        var at = SkipWhitespace(json, 0);
        if (at >= json.Length || json[at] != (byte)'{')
        {
            return Scan.Unsure;
        }

        var depth = 0;
        while (true)
        {
            var next = json[at..].IndexOfAny(Structure);
            if (next < 0)
            {
                // The object never closes: malformed, and the read says so.
                return Scan.Absent;
            }

            at += next;
            switch (json[at])
            {
                case (byte)'{' or (byte)'[':
                    depth++;
                    at++;
                    continue;
                case (byte)'}' or (byte)']':
                    if (--depth == 0)
                    {
                        return Scan.Absent;
                    }

                    at++;
                    continue;
            }

            // A string: where it ends, and whether it has escapes.
            var start = at + 1;
            if (!TryStringEnd(json, start, out var end, out var escaped))
            {
                return Scan.Absent;
            }

            at = end + 1;
            if (depth != 1)
            {
                continue;
            }

            var colon = SkipWhitespace(json, at);
            if (colon >= json.Length || json[colon] != (byte)':')
            {
                // A value of the top-level object, not a name.
                continue;
            }

            if (escaped)
            {
                // A name with escapes may spell the id property: the full walk unescapes it.
                return Scan.Unsure;
            }

            if (!json[start..end].SequenceEqual(idProperty))
            {
                at = colon + 1;
                continue;
            }

            var value = SkipWhitespace(json, colon + 1);
            if (value >= json.Length || json[value] != (byte)'"' || !TryStringEnd(json, value + 1, out var valueEnd, out var valueEscaped) || valueEscaped)
            {
                return Scan.Unsure;
            }

            id = json[(value + 1)..valueEnd];
            return Scan.Found;
        }
    }

    private static bool TryStringEnd(ReadOnlySpan<byte> json, int start, out int end, out bool escaped)
    {
        escaped = false;
        end = start;
        while (true)
        {
            var next = json[end..].IndexOfAny(StringEnd);
            if (next < 0)
            {
                return false;
            }

            end += next;
            if (json[end] == (byte)'"')
            {
                return true;
            }

            // A backslash: the character after it is part of the string, whatever it is.
            escaped = true;
            end += 2;
            if (end > json.Length)
            {
                return false;
            }
        }
    }

    private static int SkipWhitespace(ReadOnlySpan<byte> json, int at)
    {
        while (at < json.Length && json[at] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            at++;
        }

        return at;
    }

    private void AddUtf8(ReadOnlySpan<byte> utf8)
    {
        // As UTF-16, exactly the string the read parses from these bytes (no escapes, valid UTF-8;
        // invalid UTF-8 is refused by the read, so its replacement characters hash nothing it keeps).
        char[]? rented = null;
        Span<char> chars = utf8.Length <= StackIdLength ? stackalloc char[StackIdLength] : (rented = ArrayPool<char>.Shared.Rent(utf8.Length));
        try
        {
            var length = Encoding.UTF8.GetChars(utf8, chars);
            hashes.Add(hash(chars[..length]));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private void CollectAll(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isId = reader.ValueTextEquals(idProperty);
            reader.Read();
            if (isId && reader.TokenType == JsonTokenType.String)
            {
                Add(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }
    }

    private void Add(ref Utf8JsonReader reader)
    {
        // Unescaped, a string never has more UTF-16 units than its JSON has bytes.
        var maxLength = reader.ValueSpan.Length;
        char[]? rented = null;
        Span<char> chars = maxLength <= StackIdLength ? stackalloc char[StackIdLength] : (rented = ArrayPool<char>.Shared.Rent(maxLength));
        try
        {
            var length = reader.CopyString(chars);
            hashes.Add(hash(chars[..length]));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    internal enum Scan
    {
        /// <summary>The first top-level id property has a plain string value.</summary>
        Found,

        /// <summary>The element has no top-level id property, or cannot be one the read accepts.</summary>
        Absent,

        /// <summary>The scan cannot tell: the full walk decides.</summary>
        Unsure,
    }
}
