namespace Compliance.Rules.Reading;

/// <summary>How a pre-scan sorts the hashes of ids: in runs of <paramref name="RunLength"/> hashes, spilled to <paramref name="Directory"/> beyond one run.</summary>
/// <param name="RunLength">Hashes held in memory at once (8 bytes each).</param>
/// <param name="Directory">Where runs are spilled; the system's temporary folder when null.</param>
internal sealed record PrescanSettings(int RunLength, string? Directory)
{
    /// <summary>Runs of a million hashes (8 MB) in the system's temporary folder.</summary>
    public static PrescanSettings Default { get; } = new(1 << 20, null);

    public string SpillDirectory => Directory ?? Path.GetTempPath();

    /// <summary>How ids are hashed (the index of the read must use the same); tests make collisions with a weak one.</summary>
    public CrimeRecordIdIndex.IdHash IdHash { get; init; } = CrimeRecordIdIndex.Hash;

    /// <summary>UTF-16 code units of remembered id text the duplicate index keeps in memory (8 MB) before it spills the rest to a file in <see cref="SpillDirectory"/>.</summary>
    public long IdTextBudget { get; init; } = 4L * 1024 * 1024;
}
