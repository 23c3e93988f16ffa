namespace Compliance.Rules.Reading;

/// <summary>Limits and checks applied while reading records.</summary>
public sealed record RecordReaderOptions
{
    /// <summary>The default <see cref="MaxRecordBytes"/>: 16 MiB.</summary>
    public const int DefaultMaxRecordBytes = 16 * 1024 * 1024;

    /// <summary>The largest <see cref="MaxRecordBytes"/> accepted (leaves head-room below the largest .NET array).</summary>
    public const int LargestMaxRecordBytes = 1024 * 1024 * 1024;

    private readonly int _maxRecordBytes = DefaultMaxRecordBytes;

    /// <summary>
    /// The largest record accepted, in bytes of UTF-8 (a line of JSON Lines without its line end,
    /// or one element of a <c>.json</c> array). A longer record is rejected and skipped without
    /// the rest of it being held in memory, so this is also the most memory one record can take.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1 or above <see cref="LargestMaxRecordBytes"/>.</exception>
    public int MaxRecordBytes
    {
        get => _maxRecordBytes;
        init => _maxRecordBytes = value is >= 1 and <= LargestMaxRecordBytes
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"MaxRecordBytes must be between 1 and {LargestMaxRecordBytes}.");
    }

    /// <summary>
    /// Whether a record whose <c>crimeRecordId</c> was already read in the same run (by the same
    /// <see cref="RecordReader"/>, across all its sources) is rejected. On by default; see
    /// <see cref="RecordReader.PrepareDuplicateDetection"/> to keep its memory flat over files.
    /// </summary>
    public bool DetectDuplicateIds { get; init; } = true;

    /// <summary>The defaults: 16 MiB per record, duplicate detection on.</summary>
    public static RecordReaderOptions Default { get; } = new();
}
