using System.Globalization;
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
/// <see cref="WriteJsonLines(GeneratorOptions, Stream, Stream?)"/>, the same bytes, on every machine
/// and runtime: the generator uses its own seeded xoshiro256** stream (never <see cref="Random"/>,
/// the clock, GUIDs or hash codes) and formats everything with the invariant culture. Each record
/// draws from a stream derived from the seed and its index, so records are independent of each other.
/// </para>
/// <para>
/// <b>Streaming.</b> Records are composed one at a time as the sequence is enumerated; nothing is
/// kept between records except the small force roster, so ten million records need no more memory
/// than ten.
/// </para>
/// <para>
/// <b>Faithful to its period.</b> Reports arrive in order over the period (<see cref="GeneratorOptions.From"/>
/// to <see cref="GeneratorOptions.To"/>, 1 July 2008 – 30 June 2009 by default), spread uniformly,
/// and every decision is written as the rules in force on its own day allowed: the recording limit
/// of the day (72 hours, 24 from April 2015); no N100 before April 2015 (whether it existed is not
/// known), where an unrecorded rape report is a crime-related incident; detections before April
/// 2013 (a crime is detected or stays undetected with no outcome), outcome types 14–20 from April
/// 2014, 21 from 2016, 22 from April 2019; right-to-review notices from April 2015; cancellation
/// codes C1–C4 only; cancellations authorised by role (registrar, decision maker) only before April
/// 2015 and by accreditation after; no registrar accreditation before April 2015.
/// </para>
/// <para>
/// <b>What is generated.</b> Every record parses with <see cref="RecordJson.Parse(string)"/>,
/// lists in <c>officers[]</c> every officer it references, and has exactly one victim when its
/// offence is in a serious group. Sexual offences are over-represented (about 13% of baseline
/// records against about 1% of real recorded crime) so that a sample of a few thousand records holds
/// enough rape records for the unit audits. The practising unit, when there is one, receives
/// <see cref="GeneratorOptions.RapeReportsPerMonth"/> rape reports a month on average.
/// </para>
/// <para>
/// <b>Incident logs.</b> <see cref="WriteJsonLines(GeneratorOptions, Stream, Stream?, Stream?)"/> also
/// writes the force's incident logs with a truth layer kept out of them: the log of every record,
/// the reports each unit never recorded (a share <see cref="GeneratorOptions.NonRecording"/> of its
/// offences; <see cref="GeneratorOptions.UnderRecording"/> of the sexual offences of
/// <see cref="GeneratorOptions.UnderRecordingUnit"/>) and contacts without an offence. Codes,
/// qualifiers and disclosures are a noisy function of the true offences (<c>IncidentContent</c>);
/// codes follow the scheme of their day (<c>IncidentCodes</c>); no incident carries an N100
/// decision before N100 was known to exist.
/// </para>
/// <para>
/// <b>The bundled samples.</b> <c>samples/sapphire-2009.jsonl</c> and <c>samples/sapphire-2025.jsonl</c>
/// are written by the commands in <c>samples/README.md</c>.
/// </para>
/// </remarks>
public static class SyntheticRecords
{
    /// <summary>The most records a day, on average over the period, with which incident logs can be generated (record incident ids repeat beyond it).</summary>
    public const int MaxIncidentRecordsPerDay = 9_000;

    /// <summary>The practising unit (Southwark's specialist sexual-offences unit).</summary>
    public const string SapphireUnitId = ForceModel.SapphireUnitId;

    /// <summary>First instant at which a report can be received with the default period (2008-07-01T00:00Z).</summary>
    public static DateTimeOffset PeriodStart => GenerationPeriod.Midnight(GeneratorOptions.DefaultFrom);

    /// <summary>Instant before which every report is received with the default period (2009-07-01T00:00Z).</summary>
    public static DateTimeOffset PeriodEnd => GenerationPeriod.Midnight(GeneratorOptions.DefaultTo.AddDays(1));

    /// <summary>Generates the records lazily, one per enumeration step.</summary>
    /// <param name="options">How many records, the seed, the scenario, the period and the practice.</param>
    /// <returns>The records, in order of report time.</returns>
    /// <exception cref="ArgumentException">The options are inconsistent (<see cref="Validate(GeneratorOptions)"/> says how).</exception>
    public static IEnumerable<CrimeRecord> Generate(GeneratorOptions options)
    {
        Check(options);
        return Enumerate(options).Select(c => c.Record);
    }

    /// <summary>Generates the records and writes them as JSON Lines (UTF-8, one compact record per line, <c>\n</c> endings).</summary>
    /// <param name="options">How many records, the seed, the scenario, the period and the practice.</param>
    /// <param name="output">Where to write; not closed.</param>
    /// <returns>How many records were written.</returns>
    public static long WriteJsonLines(GeneratorOptions options, Stream output) => WriteJsonLines(options, output, truth: null);

    /// <summary>
    /// Generates the records, writes them as JSON Lines and, when <paramref name="truth"/> is given,
    /// writes there (and only there) what the records do not say: the practice, its window, which
    /// records it covered and its true onset. The records are the same bytes with or without it.
    /// </summary>
    /// <param name="options">How many records, the seed, the scenario, the period and the practice.</param>
    /// <param name="output">Where to write the records; not closed.</param>
    /// <param name="truth">Where to write the truth (one JSON object), or null; not closed.</param>
    /// <returns>How many records were written.</returns>
    public static long WriteJsonLines(GeneratorOptions options, Stream output, Stream? truth) => WriteJsonLines(options, output, truth, incidents: null).Records;

    /// <summary>
    /// Generates the records and, when <paramref name="incidents"/> is given, the incident logs of
    /// the same force (schema <c>incident-1.0</c>, JSON Lines) beside them: the log each record was
    /// made from, linked both ways (the log lists the record, the record names the log), the reports
    /// the units received and never recorded, and contacts without an offence. When
    /// <paramref name="truth"/> is given it also holds, for every log, its true offences and what
    /// became of each (recorded, recorded late, unrecorded, lawfully not recorded); nothing of that
    /// is in the logs. The records are the same bytes with or without incident logs or truth.
    /// </summary>
    /// <param name="options">How many records, the seed, the scenario, the period, the practice and the non-recording shares.</param>
    /// <param name="output">Where to write the records; not closed.</param>
    /// <param name="truth">Where to write the truth (one JSON object), or null; not closed.</param>
    /// <param name="incidents">Where to write the incident logs, or null; not closed.</param>
    /// <returns>How many records and incident logs were written.</returns>
    public static GeneratedCounts WriteJsonLines(GeneratorOptions options, Stream output, Stream? truth, Stream? incidents)
    {
        Check(options, incidents is not null);
        ArgumentNullException.ThrowIfNull(output);
        var period = GenerationPeriod.Of(options.PeriodFrom, options.PeriodTo);
        var force = ForceModel.Create(options.Seed, options, period);
        using var known = truth is null ? null : new GenerationTruth(options, truth, force.UnderRecordingUnitId, incidents is not null);
        using var writer = new JsonLinesRecordWriter(output);
        using var incidentWriter = incidents is null ? null : new JsonLinesIncidentWriter(incidents);
        var composer = incidents is null ? null : new IncidentComposer(options.Seed, force, options);
        foreach (var composed in Enumerate(options, force, period))
        {
            writer.Write(composed.Record);
            known?.Add(composed);
            if (composer is null)
            {
                continue;
            }

            foreach (var incident in composer.Compose(composed))
            {
                incidentWriter!.Write(incident.Incident);
                known?.Add(incident);
            }
        }

        writer.Flush();
        incidentWriter?.Flush();
        if (truth is not null)
        {
            known!.End(truth);
            truth.Flush();
        }

        return new GeneratedCounts(writer.Count, incidentWriter?.Count ?? 0);
    }

    /// <summary>What is wrong with the options, in words fit for a command line; null when nothing is.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The problem, or null.</returns>
    public static string? Validate(GeneratorOptions options) => Validate(options, incidents: false);

    /// <summary>What is wrong with the options for generating records and, when <paramref name="incidents"/> is true, incident logs; null when nothing is.</summary>
    /// <param name="options">The options.</param>
    /// <param name="incidents">Whether incident logs are generated too.</param>
    /// <returns>The problem, or null.</returns>
    public static string? Validate(GeneratorOptions options, bool incidents)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (ValidateIncidents(options, incidents) is { } incidentProblem)
        {
            return incidentProblem;
        }

        if (options.Records < 0)
        {
            return $"--records must be zero or more, not {options.Records}.";
        }

        if (!Enum.IsDefined(options.Scenario))
        {
            return $"unknown scenario {options.Scenario}.";
        }

        if (options.PeriodTo < options.PeriodFrom)
        {
            return $"--to {Day(options.PeriodTo)} is before --from {Day(options.PeriodFrom)}.";
        }

        if (options.Practice is { } practice && !Enum.IsDefined(practice))
        {
            return $"unknown practice {practice}.";
        }

        if (options.EffectivePractice is null)
        {
            return options.PracticeFrom is not null || options.PracticeTo is not null
                ? "--practice-from and --practice-to need --practice (or --scenario sapphire)."
                : null;
        }

        var from = options.PracticeFrom ?? options.PeriodFrom;
        var to = options.PracticeTo ?? options.PeriodTo;
        if (to < from)
        {
            return $"--practice-to {Day(to)} is before --practice-from {Day(from)}.";
        }

        if (to < options.PeriodFrom || from > options.PeriodTo)
        {
            return $"the practice ({Day(from)} to {Day(to)}) lies outside the period ({Day(options.PeriodFrom)} to {Day(options.PeriodTo)}).";
        }

        if (options.RapeReportsPerMonth is not { } perMonth)
        {
            return null;
        }

        if (!(perMonth > 0) || double.IsInfinity(perMonth))
        {
            return $"--rape-reports-per-month must be more than zero, not {perMonth.ToString(CultureInfo.InvariantCulture)}.";
        }

        var share = ForceModel.PractisingShare(options);
        if (share > ForceModel.MaxPractisingShare)
        {
            var needed = (long)Math.Ceiling(options.Records * share / ForceModel.MaxPractisingShare);
            return $"--records {options.Records} is too few for {perMonth.ToString(CultureInfo.InvariantCulture)} rape reports a month in {SapphireUnitId} "
                + $"from {Day(options.PeriodFrom)} to {Day(options.PeriodTo)}: the unit would own more than half of the records (give at least {needed}, or fewer rape reports a month).";
        }

        return null;
    }

    private static string? ValidateIncidents(GeneratorOptions options, bool incidents)
    {
        if (!(options.NonRecording >= 0 && options.NonRecording <= GeneratorOptions.MaxNonRecording))
        {
            return $"--non-recording must be from 0 to {Share(GeneratorOptions.MaxNonRecording)}, not {Share(options.NonRecording)}.";
        }

        if (!(options.UnderRecording >= 0 && options.UnderRecording <= GeneratorOptions.MaxNonRecording))
        {
            return $"--under-recording must be from 0 to {Share(GeneratorOptions.MaxNonRecording)}, not {Share(options.UnderRecording)}.";
        }

        if (options.UnderRecordingUnit is { } unitId && options.Records >= 0 && options.PeriodTo >= options.PeriodFrom)
        {
            var force = ForceModel.Create(options.Seed, options, GenerationPeriod.Of(options.PeriodFrom, options.PeriodTo));
            if (!force.Units.Any(u => u.UnitId == unitId))
            {
                return $"--under-recording-unit {unitId} is not a unit of the force (one of {string.Join(", ", force.Units.Select(u => u.UnitId).Order(StringComparer.Ordinal))}).";
            }
        }

        // A record's incident id holds its day and a number that repeats every 9 000 records.
        var days = options.PeriodTo.DayNumber - options.PeriodFrom.DayNumber + 1;
        if (incidents && options.PeriodTo >= options.PeriodFrom && options.Records > (long)days * MaxIncidentRecordsPerDay)
        {
            return $"--incidents needs at most {MaxIncidentRecordsPerDay} records a day on average (incident ids repeat beyond that); give at most {(long)days * MaxIncidentRecordsPerDay} records or a longer period.";
        }

        return null;
    }

    private static string Share(double share) => share.ToString(CultureInfo.InvariantCulture);

    private static void Check(GeneratorOptions options, bool incidents = false)
    {
        if (Validate(options, incidents) is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }
    }

    private static IEnumerable<ComposedRecord> Enumerate(GeneratorOptions options)
    {
        var period = GenerationPeriod.Of(options.PeriodFrom, options.PeriodTo);
        return Enumerate(options, ForceModel.Create(options.Seed, options, period), period);
    }

    private static IEnumerable<ComposedRecord> Enumerate(GeneratorOptions options, ForceModel force, GenerationPeriod period)
    {
        var planner = new RecordPlanner(options.Seed, options.Records, force, period);
        var composer = new RecordComposer(options.Seed, force, planner);
        for (long index = 0; index < options.Records; index++)
        {
            yield return composer.Compose(index);
        }
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
