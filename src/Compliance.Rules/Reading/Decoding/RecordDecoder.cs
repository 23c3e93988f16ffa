using Compliance.Rules.Records;

namespace Compliance.Rules.Reading;

/// <summary>
/// Turns the bytes of one input record into a <see cref="ReadResult"/>: the strict checks every
/// input element goes through (<see cref="StrictDecoder{T}"/>), with the record's model and its id
/// <c>crimeRecordId</c>. One per run; it holds the run's duplicate index.
/// </summary>
internal sealed class RecordDecoder : IRecordDecoder
{
    private static readonly StrictDecoder<CrimeRecord>.ElementId RecordId = new(
        "crimeRecordId", "crime reference", record => record.CrimeRecordId, RejectionCode.InvalidRecord, RejectionCode.EmptyCrimeRecordId, RejectionCode.DuplicateCrimeRecordId);

    private readonly StrictDecoder<CrimeRecord> _decoder;

    /// <param name="ids">The run's duplicate index; null when repeated ids are not rejected.</param>
    /// <param name="sourceNames">The run's sources by index (to name where a duplicate was first read).</param>
    /// <param name="maxListLength">The most entries a list of a record may have.</param>
    public RecordDecoder(CrimeRecordIdIndex? ids, IReadOnlyList<string> sourceNames, int maxListLength = RecordReaderOptions.DefaultMaxListLength) =>
        _decoder = new(InputModel.CrimeRecords, RecordJson.Parse, record => record.SchemaVersion, RecordId, ids, sourceNames, maxListLength);

    public ReadResult? Decode(ReadOnlySpan<byte> json, in RecordOrigin origin) =>
        (ReadResult?)_decoder.Decode(json, origin, out var record) ?? new ParsedRecord(record!, origin.Source, origin.Line);
}
