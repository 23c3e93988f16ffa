using System.Text.Unicode;
using Compliance.Rules.Records;

namespace Compliance.Rules.Reading;

/// <summary>
/// Turns the bytes of one input record into a <see cref="ReadResult"/>: the strict checks every
/// input element goes through (<see cref="StrictDecoder{T}"/>), with the record's model and its id
/// <c>crimeRecordId</c>. One per run; it holds the run's duplicate index.
/// </summary>
/// <remarks>
/// A record is first read by <see cref="DirectRecordParser"/> (straight into the model); whatever
/// it does not accept plainly — every record that will be rejected, and the rare valid one written
/// unusually — is read again by the source-generated serializer, so every rejection keeps the
/// serializer's reason and JSON path. Measured on 200 000 generated records: allocation 7.3 → 1.6 KB
/// a record, the strict read 5.2 → 2.1 times the CPU of a generic JsonDocument parse (docs/benchmarks.md).
/// </remarks>
internal sealed class RecordDecoder : ISharedDecoder
{
    private static readonly StrictDecoder<CrimeRecord>.ElementId RecordId = new(
        "crimeRecordId", "crime reference", record => record.CrimeRecordId, RejectionCode.InvalidRecord, RejectionCode.EmptyCrimeRecordId, RejectionCode.DuplicateCrimeRecordId,
        new StrictDecoder<CrimeRecord>.NestedProperty("incident"u8.ToArray(), "incidentId"u8.ToArray()));

    private readonly StrictDecoder<CrimeRecord> _decoder;
    private readonly int _maxListLength;
    private readonly bool _direct;

    /// <param name="ids">The run's duplicate index; null when repeated ids are not rejected.</param>
    /// <param name="sourceNames">The run's sources by index (to name where a duplicate was first read).</param>
    /// <param name="maxListLength">The most entries a list of a record may have.</param>
    /// <param name="direct">False to read every record with the serializer alone (the decoder before the direct parser; tests compare the two).</param>
    public RecordDecoder(CrimeRecordIdIndex? ids, IReadOnlyList<string> sourceNames, int maxListLength = RecordReaderOptions.DefaultMaxListLength, bool direct = true)
    {
        _maxListLength = maxListLength;
        _direct = direct;
        var parser = direct ? new DirectRecordParser(maxListLength) : null;
        _decoder = new(
            InputModel.CrimeRecords,
            RecordJson.Parse,
            record => record.SchemaVersion,
            RecordId,
            ids,
            sourceNames,
            maxListLength,
            parser is null ? null : json => ParseDirect(parser, json));
    }

    public ReadResult? Decode(ReadOnlySpan<byte> json, in RecordOrigin origin) =>
        (ReadResult?)_decoder.Decode(json, origin, out var record) ?? new ParsedRecord(record!, origin.Source, origin.Line);

    /// <summary>
    /// The direct parser of a thread of its own (it keeps scratch lists): valid UTF-8 parsed
    /// straight into a record with its version rules checked, as <see cref="Decode(ReadOnlySpan{byte}, in RecordOrigin)"/>
    /// does first; null for every element it does not accept plainly, so the in-order decode reads
    /// that one again and words the rejection. Null without the direct parser.
    /// </summary>
    public ElementPreParser? CreatePreParser()
    {
        if (!_direct)
        {
            return null;
        }

        var parser = new DirectRecordParser(_maxListLength);
        return json =>
        {
            try
            {
                return Utf8.IsValid(json) ? ParseDirect(parser, json) : null;
            }
            catch (Exception e) when (e is not (OutOfMemoryException or InsufficientExecutionStackException))
            {
                // The in-order decode meets the same problem and turns it into the record's rejection.
                return null;
            }
        };
    }

    /// <summary>What the direct parser accepts plainly, its version rules checked; null for the rest.</summary>
    private static CrimeRecord? ParseDirect(DirectRecordParser parser, ReadOnlySpan<byte> json) =>
        parser.TryParse(json) is { } record ? RecordVersionRules.Check(record) : null;

    /// <inheritdoc />
    public ReadResult Decode(ReadOnlySpan<byte> json, in RecordOrigin origin, object? preParsed) =>
        preParsed is CrimeRecord parsed
            ? (ReadResult?)_decoder.DecodeParsed(json, origin, parsed, out var record) ?? new ParsedRecord(record!, origin.Source, origin.Line)
            : Decode(json, origin)!;
}
