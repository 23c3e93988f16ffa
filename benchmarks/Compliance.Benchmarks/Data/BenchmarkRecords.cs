using Compliance.Rules.Records;
using Compliance.Synthetic;

namespace Compliance.Benchmarks.Data;

/// <summary>
/// The records every suite measures: the library's synthetic generator (Sapphire scenario, so that
/// the sexual-offence and cancellation rules have work to do), fixed seed, kept in memory so that
/// generation is never measured.
/// </summary>
public static class BenchmarkRecords
{
    /// <summary>The seed of every benchmark data set.</summary>
    public const long Seed = 2009;

    /// <summary>
    /// The as-of instant for generated records: six months after the last generated report, so
    /// "not by the deadline" rules can fire while nothing is in the future.
    /// </summary>
    public static DateTimeOffset AsOf => SyntheticRecords.PeriodEnd.AddMonths(6);

    /// <summary>Generates <paramref name="count"/> records.</summary>
    /// <param name="count">How many.</param>
    /// <param name="scenario">The scenario (default Sapphire).</param>
    /// <returns>The records, in an array.</returns>
    public static CrimeRecord[] Generate(int count, GeneratorScenario scenario = GeneratorScenario.Sapphire) =>
        [.. SyntheticRecords.Generate(new GeneratorOptions { Records = count, Seed = Seed, Scenario = scenario })];

    /// <summary>Writes <paramref name="count"/> generated records as JSON Lines to a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="count">How many.</param>
    public static void WriteJsonLines(string path, int count)
    {
        using var file = File.Create(path);
        SyntheticRecords.WriteJsonLines(new GeneratorOptions { Records = count, Seed = Seed, Scenario = GeneratorScenario.Sapphire }, file);
    }
}
