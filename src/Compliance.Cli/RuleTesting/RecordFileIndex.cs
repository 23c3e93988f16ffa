using Compliance.Rules.Reading;
using Compliance.Rules.Records;

namespace Compliance.Cli.RuleTesting;

/// <summary>The records of one file tests refer to, by id (the first record with an id wins, as the reader's duplicate rule does).</summary>
internal sealed record RecordFileIndex(IReadOnlyDictionary<string, CrimeRecord> Records, IReadOnlyList<Rejection> Rejections)
{
    public static RecordFileIndex Read(string path)
    {
        var records = new Dictionary<string, CrimeRecord>(StringComparer.Ordinal);
        var rejections = new List<Rejection>();
        using var source = RecordSource.Open(path);
        foreach (var result in new RecordReader().Read(source))
        {
            switch (result)
            {
                case ParsedRecord parsed:
                    records.TryAdd(parsed.Record.CrimeRecordId, parsed.Record);
                    break;
                case Rejection rejection:
                    rejections.Add(rejection);
                    break;
            }
        }

        return new RecordFileIndex(records, rejections);
    }
}
