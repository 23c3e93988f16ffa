namespace Compliance.Rules.Reading;

/// <summary>The framer of each input format, for the read and the pre-scan alike.</summary>
internal static class RecordFramers
{
    public static IRecordFramer For(RecordInputFormat format, IRecordDecoder decoder, ReadStatistics statistics, int sourceIndex, string sourceName, int maxRecordBytes) =>
        format == RecordInputFormat.Json
            ? new JsonDocumentFramer(decoder, sourceIndex, sourceName, maxRecordBytes)
            : new JsonLinesFramer(decoder, statistics, sourceIndex, sourceName, maxRecordBytes);
}
