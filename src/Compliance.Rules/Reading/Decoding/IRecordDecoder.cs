namespace Compliance.Rules.Reading;

/// <summary>
/// What a framer hands each input record to: the full <see cref="RecordDecoder"/> of a read, or the
/// <see cref="CrimeRecordIdCollector"/> of a pre-scan. Framers stay the same for both, so line
/// splitting, byte order marks, CRLF, too-long records and <c>.json</c> arrays behave identically.
/// </summary>
internal interface IRecordDecoder
{
    /// <summary>Decodes the bytes of one input record.</summary>
    /// <param name="json">The record, without its line end.</param>
    /// <param name="origin">Where it starts.</param>
    /// <returns>The result; null from a decoder that only collects (a pre-scan has no results).</returns>
    ReadResult? Decode(ReadOnlySpan<byte> json, in RecordOrigin origin);
}
