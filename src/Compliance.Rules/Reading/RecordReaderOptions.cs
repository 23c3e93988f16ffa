namespace Compliance.Rules.Reading;

/// <summary>Limits and checks applied while reading records.</summary>
public sealed record RecordReaderOptions
{
    /// <summary>The default <see cref="MaxRecordBytes"/>: 16 MiB.</summary>
    public const int DefaultMaxRecordBytes = 16 * 1024 * 1024;

    /// <summary>The largest <see cref="MaxRecordBytes"/> accepted (leaves head-room below the largest .NET array).</summary>
    public const int LargestMaxRecordBytes = 1024 * 1024 * 1024;

    /// <summary>The default <see cref="MaxListLength"/>: 1 000 entries per list.</summary>
    public const int DefaultMaxListLength = 1000;

    private readonly int _maxRecordBytes = DefaultMaxRecordBytes;
    private readonly int _maxListLength = DefaultMaxListLength;

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
    /// The most entries any one list of a record may have (statements, contacts, classification
    /// history, …); a record with a longer list is rejected (<see cref="RejectionCode.TooLarge"/>,
    /// with the list's JSON path). Some rules compare two lists of a record entry by entry, so
    /// this bounds what one record can cost: at most about a million comparisons per rule.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1 or above 1 000 000.</exception>
    public int MaxListLength
    {
        get => _maxListLength;
        init => _maxListLength = value is >= 1 and <= 1_000_000
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxListLength must be between 1 and 1000000.");
    }

    /// <summary>
    /// Whether a record whose <c>crimeRecordId</c> was already read in the same run (by the same
    /// <see cref="RecordReader"/>, across all its sources) is rejected. On by default; see
    /// <see cref="RecordReader.PrepareDuplicateDetection"/> to keep its memory flat over files.
    /// </summary>
    public bool DetectDuplicateIds { get; init; } = true;

    /// <summary>The defaults: 16 MiB per record, 1 000 entries per list, duplicate detection on.</summary>
    public static RecordReaderOptions Default { get; } = new();
}
