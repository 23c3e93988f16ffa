using System.Globalization;
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
    private readonly int _maxListLength;

    /// <param name="ids">The run's duplicate index; null when repeated ids are not rejected.</param>
    /// <param name="sourceNames">The run's sources by index (to name where a duplicate was first read).</param>
    /// <param name="maxListLength">The most entries a list of a record may have.</param>
    public RecordDecoder(CrimeRecordIdIndex? ids, IReadOnlyList<string> sourceNames, int maxListLength = RecordReaderOptions.DefaultMaxListLength)
    {
        _ids = ids;
        _sourceNames = sourceNames;
        _maxListLength = maxListLength;
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
        catch (RecordContentException error)
        {
            return origin.Reject(RejectionCode.InvalidRecord, error.Message, error.Path, null);
        }
        catch (JsonException error)
        {
            return RecordShape.Check(json) is { } problem
                ? Reject(origin, problem)
                : origin.Reject(RejectionCode.InvalidRecord, ModelErrorReasons.Describe(error, json), error.Path, JsonErrorPosition.OffsetOf(error, json));
        }
        catch (Exception error) when (error is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // Not expected from the serializer (it wraps what it knows in JsonException), but one
            // record's bytes must never end a run: whatever a value does to the parser is that
            // record's rejection. The exception's kind is named; its message may quote the value.
            return RecordShape.Check(json) is { } problem
                ? Reject(origin, problem)
                : origin.Reject(RejectionCode.InvalidRecord, $"the record could not be read ({error.GetType().Name})");
        }

        switch (NullElements.Find(record, _maxListLength))
        {
            case (NullElements.Problem.NullElement, var nullPath, _):
                return origin.Reject(RejectionCode.InvalidRecord, "null is not allowed in a list: remove the element (an empty list is [])", nullPath);
            case (NullElements.Problem.TooLong, var listPath, var length):
                return origin.Reject(
                    RejectionCode.TooLarge,
                    $"the list has {length.ToString(CultureInfo.InvariantCulture)} entries; a record's lists may have at most {_maxListLength.ToString(CultureInfo.InvariantCulture)} each (rules compare lists pairwise, so longer ones would make one record cost as much as a whole audit)",
                    listPath);
        }

        if (!CrimeRecord.IsSupportedSchemaVersion(record.SchemaVersion))
        {
            return Reject(origin, RecordShape.Check(json) ?? new(RejectionCode.UnsupportedSchemaVersion, $"this library reads schema versions {string.Join(" and ", CrimeRecord.SupportedSchemaVersions)}", Offset: null, "$.schemaVersion"));
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
