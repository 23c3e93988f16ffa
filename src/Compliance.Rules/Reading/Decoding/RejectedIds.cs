using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Compliance.Rules.Reading;

/// <summary>
/// Reads the ids a rejected element still gives away — its own id, and for a crime record the
/// incident it names — so that the join of incidents and records can tell a link to a rejected
/// record from a link to no record at all. Run only for rejected elements (a few in a run), so it
/// favours tolerance over speed: whatever of the element can be read up to its first error is used.
/// </summary>
internal static class RejectedIds
{
    /// <summary>
    /// The string value of the first top-level <paramref name="property"/>, found as the pre-scan of
    /// duplicate ids finds it (<see cref="CrimeRecordIdCollector.FirstTopLevelId"/>), with a walk of
    /// the element when the scan cannot tell (escapes); null when there is none, it is not a
    /// non-empty string, or the element breaks off before it.
    /// </summary>
    public static string? TopLevel(ReadOnlySpan<byte> json, ReadOnlySpan<byte> property)
    {
        switch (CrimeRecordIdCollector.FirstTopLevelId(json, property, out var raw))
        {
            case CrimeRecordIdCollector.Scan.Found:
                return Utf8.IsValid(raw) ? Usable(Encoding.UTF8.GetString(raw)) : null;
            case CrimeRecordIdCollector.Scan.Absent:
                return null;
            default:
                return Walk(json, property, []);
        }
    }

    /// <summary>The string value of <c>$.parent.property</c> (the first of each); null as for <see cref="TopLevel"/>.</summary>
    public static string? Nested(ReadOnlySpan<byte> json, ReadOnlySpan<byte> parent, ReadOnlySpan<byte> property) => Walk(json, parent, property);

    /// <summary>Walks the top-level object to <paramref name="first"/> (and inside it to <paramref name="second"/>, when given).</summary>
    private static string? Walk(ReadOnlySpan<byte> json, ReadOnlySpan<byte> first, ReadOnlySpan<byte> second)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject || !Find(ref reader, first))
            {
                return null;
            }

            if (second.IsEmpty)
            {
                return reader.TokenType == JsonTokenType.String ? Usable(reader.GetString()) : null;
            }

            return reader.TokenType == JsonTokenType.StartObject && Find(ref reader, second) && reader.TokenType == JsonTokenType.String
                ? Usable(reader.GetString())
                : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Malformed before the property, or a string that is not valid UTF-8: no id to tell.
            return null;
        }
    }

    /// <summary>Moves the reader, at the start of an object, to the value of its first property named <paramref name="name"/>.</summary>
    private static bool Find(ref Utf8JsonReader reader, ReadOnlySpan<byte> name)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var found = reader.ValueTextEquals(name);
            if (!reader.Read())
            {
                return false;
            }

            if (found)
            {
                return true;
            }

            reader.Skip();
        }

        return false;
    }

    private static string? Usable(string? id) => string.IsNullOrWhiteSpace(id) ? null : id;
}
