using Compliance.Rules.Records;

namespace Compliance.Synthetic;

/// <summary>
/// Realistic synthetic crime records for one force (code <c>MPS</c>), for demonstrations, tests and
/// load measurements. No record describes a real case: ids are generated (<c>CR-2008-SW-000123</c>,
/// <c>OFF-1234</c>, <c>P-1</c>), people appear only as references, and free text is limited to
/// short neutral phrases.
/// </summary>
/// <remarks>
/// <para>
/// <b>Deterministic.</b> The same <see cref="GeneratorOptions"/> give the same records and, through
/// <see cref="WriteJsonLines"/>, the same bytes, on every machine and runtime: the generator uses its
/// own seeded xoshiro256** stream (never <see cref="Random"/>, the clock, GUIDs or hash codes) and
/// formats everything with the invariant culture. Each record draws from a stream derived from the
/// seed and its index, so records are independent of each other.
/// </para>
/// <para>
/// <b>Streaming.</b> Records are composed one at a time as the sequence is enumerated; nothing is
/// kept between records except the small force roster, so ten million records need no more memory
/// than ten.
/// </para>
/// <para>
/// <b>What is generated.</b> Reports arrive in order over one year, 1 July 2008 to 30 June 2009
/// (HOCR-2008: 72-hour recording limit, cancellation codes C1–C4, outcome types 0–21), spread over
/// the units of <see cref="GeneratorScenario"/> in fixed shares. Every record parses with
/// <see cref="RecordJson.Parse(string)"/>, lists in <c>officers[]</c> every officer it references,
/// and has exactly one victim when its offence is in a serious group. Sexual offences are
/// over-represented (about 13% of baseline records, 18% with the Sapphire unit, against about 1% of
/// real recorded crime) so that a sample of a few thousand records holds enough rape records for
/// the unit audits.
/// </para>
/// <para>
/// <b>The bundled sample.</b> <c>samples/sapphire-2009.jsonl</c> is
/// <c>compliance generate --records 3000 --seed 2009 --scenario sapphire --output samples/sapphire-2009.jsonl</c>.
/// </para>
/// </remarks>
public static class SyntheticRecords
{
    /// <summary>The unit the Sapphire scenario adds.</summary>
    public const string SapphireUnitId = ForceModel.SapphireUnitId;

    /// <summary>First instant at which a generated report can be received (2008-07-01T00:00Z).</summary>
    public static DateTimeOffset PeriodStart => RecordPlanner.PeriodStart;

    /// <summary>Instant before which every generated report is received (2009-07-01T00:00Z).</summary>
    public static DateTimeOffset PeriodEnd => RecordPlanner.PeriodEnd;

    /// <summary>Generates the records lazily, one per enumeration step.</summary>
    /// <param name="options">How many records, the seed and the scenario.</param>
    /// <returns>The records, in order of report time.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="GeneratorOptions.Records"/> is negative.</exception>
    public static IEnumerable<CrimeRecord> Generate(GeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Records, nameof(options));
        if (!Enum.IsDefined(options.Scenario))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Scenario, "unknown scenario");
        }

        return Enumerate(options);
    }

    /// <summary>Generates the records and writes them as JSON Lines (UTF-8, one compact record per line, <c>\n</c> endings).</summary>
    /// <param name="options">How many records, the seed and the scenario.</param>
    /// <param name="output">Where to write; not closed.</param>
    /// <returns>How many records were written.</returns>
    public static long WriteJsonLines(GeneratorOptions options, Stream output)
    {
        var records = Generate(options);
        using var writer = new JsonLinesRecordWriter(output);
        foreach (var record in records)
        {
            writer.Write(record);
        }

        writer.Flush();
        return writer.Count;
    }

    private static IEnumerable<CrimeRecord> Enumerate(GeneratorOptions options)
    {
        var force = ForceModel.Create(options.Seed, options.Scenario);
        var planner = new RecordPlanner(options.Seed, options.Records, force);
        var composer = new RecordComposer(options.Seed, force, planner);
        for (long index = 0; index < options.Records; index++)
        {
            yield return composer.Compose(index);
        }
    }
}
