namespace Compliance.Rules.Reading;

/// <summary>Where one input record starts.</summary>
/// <param name="SourceIndex">The run's number for the source (for the duplicate index).</param>
/// <param name="Source">The source's name.</param>
/// <param name="Line">The 1-based line on which the record starts.</param>
/// <param name="Offset">The 0-based byte offset of the record's first byte in the source.</param>
internal readonly record struct RecordOrigin(int SourceIndex, string Source, long Line, long Offset)
{
    public Rejection Reject(RejectionCode code, string reason, string? jsonPath = null, long? offsetInRecord = null) =>
        new(code, reason, Source, Line, jsonPath, offsetInRecord is { } relative ? Offset + relative : null);
}
