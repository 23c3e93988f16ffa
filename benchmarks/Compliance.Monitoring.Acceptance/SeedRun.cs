using System.Text.Json;
using Compliance.Benchmarks.Pipeline;
using Compliance.Synthetic;

namespace Compliance.Monitoring.Acceptance;

/// <summary>
/// One seed of one practice, end to end: the generator writes a force's records (and, apart, its
/// truth), <c>compliance audit</c> reads them like any export, and the alerts of its JSON report are
/// set against the truth.
/// </summary>
public static class SeedRun
{
    /// <summary>The practices run: three practices from <see cref="PracticeFrom"/>, and a force without one.</summary>
    public static readonly string[] Practices = ["sapphire", "displacement", "record-all", "none"];

    /// <summary>First day of the generated period.</summary>
    public static readonly DateOnly From = new(2008, 1, 1);

    /// <summary>Last day of the generated period.</summary>
    public static readonly DateOnly To = new(2009, 12, 31);

    /// <summary>First day of the practice (reports received from then).</summary>
    public static readonly DateOnly PracticeFrom = new(2009, 1, 1);

    /// <summary>The audit's as-of instant: the day after the period.</summary>
    public static readonly DateTimeOffset AsOf = new(2010, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Rape reports a month the practising unit receives (the contract's "about 15").</summary>
    public const double RapeReportsPerMonth = 15;

    /// <summary>Generates, audits and reads back one seed; the files are deleted afterwards.</summary>
    /// <param name="practice">One of <see cref="Practices"/>.</param>
    /// <param name="seed">The generator's seed.</param>
    /// <param name="records">Records of the force over the period.</param>
    /// <param name="work">A folder for the records and the report.</param>
    /// <returns>The outcome.</returns>
    public static SeedOutcome Run(string practice, int seed, int records, string work)
    {
        var options = new GeneratorOptions
        {
            Records = records,
            Seed = seed,
            From = From,
            To = To,
            Practice = practice switch
            {
                "sapphire" => UnitPractice.Sapphire,
                "displacement" => UnitPractice.Displacement,
                "record-all" => UnitPractice.RecordAll,
                _ => null,
            },
            PracticeFrom = practice == "none" ? null : PracticeFrom,
            RapeReportsPerMonth = practice == "none" ? null : RapeReportsPerMonth,
        };
        var recordsPath = Path.Combine(work, $"{practice}-{seed}.jsonl");
        var reportPath = Path.Combine(work, $"{practice}-{seed}.json");
        using var truth = new MemoryStream();
        try
        {
            using (var file = File.Create(recordsPath))
            {
                SyntheticRecords.WriteJsonLines(options, file, truth);
            }

            CliAudit.Run(recordsPath, AsOf, "json", reportPath);
            using var report = JsonDocument.Parse(File.ReadAllBytes(reportPath));
            var alerts = report.RootElement.GetProperty("alerts").EnumerateArray().Select(SeedOutcome.ReadAlert).ToArray();
            var units = report.RootElement.GetProperty("series").EnumerateArray().Select(s => s.GetProperty("unitId").GetString()).Distinct(StringComparer.Ordinal).Count();
            var (unitId, onset) = ReadTruth(truth.ToArray());
            return new SeedOutcome(practice, seed, unitId, onset, units, alerts);
        }
        finally
        {
            File.Delete(recordsPath);
            File.Delete(reportPath);
        }
    }

    /// <summary>The practising unit and the true onset: the earliest event date of a practising rape report.</summary>
    private static (string? UnitId, DateTimeOffset? Onset) ReadTruth(byte[] truth)
    {
        using var document = JsonDocument.Parse(truth);
        var root = document.RootElement;
        var unitId = root.TryGetProperty("unitId", out var unit) ? unit.GetString() : null;
        DateTimeOffset? onset = null;
        foreach (var record in root.GetProperty("practisingRecords").EnumerateArray())
        {
            if (record.GetProperty("rapeReport").GetBoolean() && record.GetProperty("eventAt").GetString() is { } text)
            {
                var at = SeedOutcome.Parse(text);
                onset = onset is null || at < onset ? at : onset;
            }
        }

        return (unitId, onset);
    }
}
