using System.Text;
using System.Text.Json.Nodes;
using Compliance.Synthetic;

namespace Compliance.Cli.Tests.Fixtures;

/// <summary>
/// A year of generated records (2009, one unit practising Sapphire-like from June) cut into twelve
/// monthly exports as a force would send them: each month's export holds the records reported that
/// month, plus a corrected copy of some records of the two months before (the owning unit put right),
/// so that the copy read last decides which unit a record counts for.
/// </summary>
internal static class MonthlyExports
{
    public static readonly DateTimeOffset AsOf = new(2010, 1, 15, 0, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<IReadOnlyList<IReadOnlyList<string>>> Months = new(Build);

    /// <summary>Export lines of month 1…12 (index 0…11).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Lines => Months.Value;

    /// <summary>The id of a record line.</summary>
    public static string IdOf(string line) => JsonNode.Parse(line)!["crimeRecordId"]!.GetValue<string>();

    private static IReadOnlyList<IReadOnlyList<string>> Build()
    {
        var options = new GeneratorOptions
        {
            Records = 2400,
            Seed = 13,
            From = new DateOnly(2009, 1, 1),
            To = new DateOnly(2009, 12, 31),
            Practice = UnitPractice.Sapphire,
            PracticeFrom = new DateOnly(2009, 6, 1),
        };
        using var stream = new MemoryStream();
        SyntheticRecords.WriteJsonLines(options, stream);
        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var months = Enumerable.Range(0, 12).Select(_ => new List<string>()).ToArray();
        var units = lines.Select(l => JsonNode.Parse(l)!["owningUnit"]!.ToJsonString()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < lines.Length; i++)
        {
            var record = JsonNode.Parse(lines[i])!;
            var month = DateTimeOffset.Parse(record["incident"]!["reportReceivedAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).Month - 1;
            months[month].Add(lines[i]);

            // Every 40th record is corrected one or two months later: it moves to another unit.
            if (i % 40 == 7 && month < 11)
            {
                var other = units[(Array.IndexOf(units, record["owningUnit"]!.ToJsonString()) + 1 + (i % 3)) % units.Length];
                record["owningUnit"] = JsonNode.Parse(other);
                months[Math.Min(11, month + 1 + (i % 2))].Add(record.ToJsonString());
            }
        }

        return months;
    }
}
