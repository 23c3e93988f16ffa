using System.Text;
using System.Text.Json;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;
using Compliance.Synthetic;

namespace Compliance.Rules.Tests.Reading;

/// <summary>
/// The duplicate index keeps hashes, locations and the ids' text outside the object graph (in
/// memory, then in a temporary file). Whatever the hash and wherever the text is, its answers are
/// those of the definition: an id is a duplicate exactly when the same string was added before,
/// and then it names where that first one was read.
/// </summary>
public sealed class DuplicateIndexDifferentialTests : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "compliance-index-tests-" + Path.GetRandomFileName())).FullName;

    public static TheoryData<string, long> Settings => new()
    {
        { "real", 4L * 1024 * 1024 },
        { "real", 0 },
        { "length", 4L * 1024 * 1024 },
        { "length", 0 },
        { "length", 300 },
        { "constant", 4L * 1024 * 1024 },
        { "constant", 0 },
        { "low bits", 0 },
    };

    [Theory]
    [MemberData(nameof(Settings))]
    public void Answers_are_those_of_first_occurrence_by_string(string hashName, long textBudget)
    {
        var random = new Random(hashName.Length * 1000 + (int)Math.Min(textBudget, 999));
        var index = new CrimeRecordIdIndex(() => new PrescanSettings(16, _folder) { IdHash = HashNamed(hashName), IdTextBudget = textBudget });
        var first = new Dictionary<string, (int Source, long Line)>(StringComparer.Ordinal);
        var ids = Ids(random, count: hashName == "constant" ? 3_000 : 40_000);
        var duplicates = 0;

        for (var at = 0; at < ids.Count; at++)
        {
            var (source, line) = (at % 3, (at / 3) + 1L);
            var isNew = index.TryAdd(ids[at], source, line, out var firstSource, out var firstLine);

            if (first.TryGetValue(ids[at], out var expected))
            {
                duplicates++;
                Assert.False(isNew, $"{ids[at]} at {at} was read before");
                Assert.Equal(expected, (firstSource, firstLine));
            }
            else
            {
                Assert.True(isNew, $"{ids[at]} at {at} is new");
                first[ids[at]] = (source, line);
            }
        }

        Assert.InRange(duplicates, ids.Count / 10, ids.Count);
        Assert.Equal(first.Count, index.Count);
        Assert.Equal(textBudget < 1000, index.SpilledTexts);
    }

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 0)]
    [InlineData(false, 4L * 1024 * 1024)]
    public void A_read_of_generated_records_with_planted_duplicates_rejects_exactly_the_repeats(bool prescan, long textBudget)
    {
        // 2 000 generated records; every 7th line repeats an earlier record's id, and ids are
        // hashed by their length, so nearly every id shares its hash with others.
        var records = SyntheticRecords.Generate(new GeneratorOptions { Records = 2000, Seed = 11, Scenario = GeneratorScenario.Sapphire }).ToArray();
        var lines = new List<string>();
        var expected = new List<string>();
        for (var at = 0; at < records.Length; at++)
        {
            var record = records[at];
            if (at % 7 == 6)
            {
                // The original is never itself a planted copy, so its line is where the id was first read.
                var original = (at * 31) % at;
                original -= original % 7 == 6 ? 1 : 0;
                record = record with { CrimeRecordId = records[original].CrimeRecordId };
                expected.Add($"{at + 1}: crimeRecordId \"{records[original].CrimeRecordId}\" was already read at input line {original + 1}; the first record with an id is kept");
                records[at] = record;
            }

            lines.Add(JsonSerializer.Serialize(record, RecordJson.TypeInfo));
        }

        var bytes = Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");
        var reader = new RecordReader { Prescan = new PrescanSettings(64, _folder) { IdHash = HashNamed("length"), IdTextBudget = textBudget } };
        using var source = RecordSource.FromStream(new MemoryStream(bytes), "input", RecordInputFormat.JsonLines);
        if (prescan)
        {
            Assert.True(reader.PrepareDuplicateDetection([source]));
        }

        var rejections = reader.Read(source).OfType<Rejection>().ToList();

        Assert.All(rejections, r => Assert.Equal((RejectionCode.DuplicateCrimeRecordId, "$.crimeRecordId"), (r.Code, r.JsonPath)));
        Assert.Equal(expected, rejections.Select(r => $"{r.Line}: {r.Reason}"));
        Assert.Equal(records.Length - expected.Count, reader.Statistics.Parsed);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static CrimeRecordIdIndex.IdHash HashNamed(string name) => name switch
    {
        "real" => CrimeRecordIdIndex.Hash,
        "length" => static text => (ulong)text.Length,
        "constant" => static _ => 42,
        "low bits" => static text => CrimeRecordIdIndex.Hash(text) & 0xFF,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    /// <summary>Ids of the shapes exports use, of several lengths, about a third of them repeats of earlier ones.</summary>
    private static List<string> Ids(Random random, int count)
    {
        var ids = new List<string>(count);
        for (var n = 0; n < count; n++)
        {
            ids.Add(n > 0 && random.Next(3) == 0
                ? ids[random.Next(ids.Count)]
                : random.Next(4) switch
                {
                    0 => $"CR-2008-SW-{random.Next(1_000_000):D6}",
                    1 => $"cr-{random.Next(100_000)}",
                    2 => new string('X', random.Next(1, 200)) + n,
                    _ => $"MPS/{random.Next(10_000)}/{random.Next(100)}-é",
                });
        }

        return ids;
    }
}
