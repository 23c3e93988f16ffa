using System.Buffers;
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

    private void Collect(ReadOnlySpan<byte> json)
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
}
