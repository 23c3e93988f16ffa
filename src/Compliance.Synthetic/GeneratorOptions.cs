namespace Compliance.Synthetic;

/// <summary>What <see cref="SyntheticRecords.Generate"/> produces. Same options, same records, byte for byte.</summary>
public sealed record GeneratorOptions
{
    /// <summary>The first day of the default period (1 July 2008, when the IPCC's Sapphire period began).</summary>
    public static readonly DateOnly DefaultFrom = new(2008, 7, 1);

    /// <summary>The last day of the default period (30 June 2009).</summary>
    public static readonly DateOnly DefaultTo = new(2009, 6, 30);

    /// <summary>How many records to generate (zero or more), spread uniformly over the period.</summary>
    public required int Records { get; init; }

    /// <summary>Seed of the generator; any value, negative included.</summary>
    public required long Seed { get; init; }

    /// <summary>Which force to generate; <see cref="GeneratorScenario.Baseline"/> by default.</summary>
    public GeneratorScenario Scenario { get; init; } = GeneratorScenario.Baseline;

    /// <summary>First day on which reports are received (UTC midnight); <see cref="DefaultFrom"/> when absent.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day on which reports are received (inclusive); <see cref="DefaultTo"/> when absent.</summary>
    public DateOnly? To { get; init; }

    /// <summary>
    /// What the practising unit <c>SW-SAPPHIRE</c> does with the reports it receives between
    /// <see cref="PracticeFrom"/> and <see cref="PracticeTo"/>; outside that range it works as the
    /// rules ask. Giving a practice adds the unit to the force whatever the scenario. Absent: the
    /// <see cref="GeneratorScenario.Sapphire"/> scenario practises <see cref="UnitPractice.Sapphire"/>
    /// over the whole period, and the baseline scenario has no practising unit.
    /// </summary>
    public UnitPractice? Practice { get; init; }

    /// <summary>First day of the practice (reports received from then); the start of the period when absent.</summary>
    public DateOnly? PracticeFrom { get; init; }

    /// <summary>Last day of the practice (inclusive); the end of the period when absent.</summary>
    public DateOnly? PracticeTo { get; init; }

    /// <summary>The rape reports a month the practising unit receives when <see cref="RapeReportsPerMonth"/> is not given.</summary>
    public const double DefaultRapeReportsPerMonth = 15;

    /// <summary>
    /// Rape reports a month received by the practising unit (more than zero). When absent,
    /// <see cref="DefaultRapeReportsPerMonth"/>, or fewer when the records are too few for that
    /// (the unit never owns more than half of them); when given, too few records is an error.
    /// </summary>
    public double? RapeReportsPerMonth { get; init; }

    /// <summary>
    /// The share of true offences a unit leaves unrecorded when <see cref="NonRecording"/> is not
    /// given: one in twenty, well under the one in five HMIC estimated for England and Wales in 2014
    /// (Crime-recording: making the victim count, November 2014).
    /// </summary>
    public const double DefaultNonRecording = 0.05;

    /// <summary>
    /// The share of true sexual offences the under-recording unit leaves unrecorded when
    /// <see cref="UnderRecording"/> is not given: one in two, twice the one in four HMIC estimated
    /// for sexual offences nationally in 2014.
    /// </summary>
    public const double DefaultUnderRecording = 0.5;

    /// <summary>The largest non-recording share the generator accepts (a unit records at least one report in ten).</summary>
    public const double MaxNonRecording = 0.9;

    /// <summary>
    /// Incident logs only: the share of true offences every unit leaves unrecorded (no crime record
    /// and no lawful decision not to record), and of its crime-indicative incidents without an
    /// offence that it closes without recording a decision. Zero also removes the placeholder
    /// rationales the records' own decisions not to record sometimes carry. From 0 to
    /// <see cref="MaxNonRecording"/>; <see cref="DefaultNonRecording"/> by default.
    /// </summary>
    public double NonRecording { get; init; } = DefaultNonRecording;

    /// <summary>
    /// Incident logs only: the unit that leaves sexual offences unrecorded at the
    /// <see cref="UnderRecording"/> share. When absent, <c>SW-SAPPHIRE</c> where the force has it
    /// (a practice, or the Sapphire scenario), else no unit. It must be a unit that owns records.
    /// </summary>
    public string? UnderRecordingUnit { get; init; }

    /// <summary>
    /// Incident logs only: the share of true sexual offences the under-recording unit leaves
    /// unrecorded (its other offences follow <see cref="NonRecording"/>). Zero: no unit
    /// under-records. From 0 to <see cref="MaxNonRecording"/>; <see cref="DefaultUnderRecording"/> by default.
    /// </summary>
    public double UnderRecording { get; init; } = DefaultUnderRecording;

    /// <summary>
    /// Every recording decision within the recording limit of its day: the records' occasional
    /// late recordings are not generated (records and incident logs both).
    /// </summary>
    public bool OnTime { get; init; }

    /// <summary>The first day of the period.</summary>
    public DateOnly PeriodFrom => From ?? DefaultFrom;

    /// <summary>The last day of the period.</summary>
    public DateOnly PeriodTo => To ?? DefaultTo;

    /// <summary>The practice in effect: <see cref="Practice"/>, or Sapphire for the Sapphire scenario, or none.</summary>
    public UnitPractice? EffectivePractice => Practice ?? (Scenario == GeneratorScenario.Sapphire ? UnitPractice.Sapphire : null);
}
