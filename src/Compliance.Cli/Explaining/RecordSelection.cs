using Compliance.Rules.Reading;
using Compliance.Rules.Records;

namespace Compliance.Cli.Explaining;

/// <summary>
/// The records a command picked out of one input file: every record (up to a limit), or the one
/// with a given <c>crimeRecordId</c>; with the input's rejected records, so none goes unmentioned.
/// </summary>
/// <param name="Records">The records, in input order.</param>
/// <param name="Rejections">Input records that could not be read (up to where reading stopped).</param>
/// <param name="MoreThanLimit">Whether the file holds more records than the limit (only the first ones were kept).</param>
internal sealed record RecordSelection(IReadOnlyList<CrimeRecord> Records, IReadOnlyList<Rejection> Rejections, bool MoreThanLimit)
{
    /// <summary>Reads <paramref name="path"/>: the first record whose id is <paramref name="id"/>, or, without an id, up to <paramref name="limit"/> records.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="ArgumentException">The extension is not one the reader knows.</exception>
    public static RecordSelection Read(string path, string? id, int limit)
    {
        var records = new List<CrimeRecord>();
        var rejections = new List<Rejection>();
        var reader = new RecordReader();
        using var source = RecordSource.Open(path);
        foreach (var result in reader.Read(source))
        {
            switch (result)
            {
                case ParsedRecord parsed when id is null:
                    if (records.Count == limit)
                    {
                        return new RecordSelection(records, rejections, MoreThanLimit: true);
                    }

                    records.Add(parsed.Record);
                    break;
                case ParsedRecord parsed when string.Equals(parsed.Record.CrimeRecordId, id, StringComparison.Ordinal):
                    // The first record with the id, as a reader of the file would find it.
                    return new RecordSelection([parsed.Record], rejections, MoreThanLimit: false);
                case Rejection rejection:
                    rejections.Add(rejection);
                    break;
            }
        }

        return new RecordSelection(records, rejections, MoreThanLimit: false);
    }
}
