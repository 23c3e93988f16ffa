using System.Text.Json;
using System.Text.Unicode;
using Compliance.Rules.Records;

namespace Compliance.Rules.Reading;

/// <summary>
/// Turns the bytes of one input record into a <see cref="ReadResult"/>: the strict model (with the
/// shape checks to explain a refusal), then the checks across records (non-empty and unique
/// <c>crimeRecordId</c>).
/// One per run; it holds the run's duplicate index.
/// </summary>
internal sealed class RecordDecoder : IRecordDecoder
{
    private const int MaxQuotedIdLength = 64;

    private readonly CrimeRecordIdIndex? _ids;
    private readonly IReadOnlyList<string> _sourceNames;

    /// <param name="ids">The run's duplicate index; null when repeated ids are not rejected.</param>
    /// <param name="sourceNames">The run's sources by index (to name where a duplicate was first read).</param>
    public RecordDecoder(CrimeRecordIdIndex? ids, IReadOnlyList<string> sourceNames)
    {
        _ids = ids;
        _sourceNames = sourceNames;
    }

    public ReadResult? Decode(ReadOnlySpan<byte> json, in RecordOrigin origin)
    {
        // The fast path parses straight away: a record the strict model accepts is well-formed,
        // complete, one object and shallow enough. The slower shape check runs only to explain a
        // failure (or a version mismatch) in terms the serializer cannot.
        if (!Utf8.IsValid(json))
        {
            return Reject(origin, RecordShape.Check(json) ?? new(RejectionCode.InvalidUtf8, "not valid UTF-8", Offset: null));
        }

        CrimeRecord record;
        try
        {
            record = RecordJson.Parse(json);
        }
        catch (JsonException error)
        {
            return RecordShape.Check(json) is { } problem
                ? Reject(origin, problem)
                : origin.Reject(RejectionCode.InvalidRecord, ModelErrorReasons.Describe(error, json), error.Path, JsonErrorPosition.OffsetOf(error, json));
        }

        if (record.SchemaVersion != CrimeRecord.CurrentSchemaVersion)
        {
            return Reject(origin, RecordShape.Check(json) ?? new(RejectionCode.UnsupportedSchemaVersion, $"this library reads schema version {CrimeRecord.CurrentSchemaVersion}", Offset: null, "$.schemaVersion"));
        }

        if (string.IsNullOrWhiteSpace(record.CrimeRecordId))
        {
            return origin.Reject(RejectionCode.EmptyCrimeRecordId, "crimeRecordId is empty: every record needs the force's crime reference", "$.crimeRecordId");
        }

        if (_ids is not null && !_ids.TryAdd(record.CrimeRecordId, origin.SourceIndex, origin.Line, out var firstSource, out var firstLine))
        {
            return origin.Reject(
                RejectionCode.DuplicateCrimeRecordId,
                $"crimeRecordId \"{Shorten(record.CrimeRecordId)}\" was already read at {_sourceNames[firstSource]} line {firstLine}; the first record with an id is kept",
                "$.crimeRecordId");
        }

        return new ParsedRecord(record, origin.Source, origin.Line);
    }

    private static string Shorten(string id) => id.Length <= MaxQuotedIdLength ? id : string.Concat(id.AsSpan(0, MaxQuotedIdLength), "…");

    private static Rejection Reject(in RecordOrigin origin, ShapeProblem problem) =>
        origin.Reject(problem.Code, problem.Reason, problem.JsonPath, problem.Offset);
}
