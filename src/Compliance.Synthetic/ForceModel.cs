using Compliance.Rules.Records;

namespace Compliance.Synthetic;

/// <summary>
/// The synthetic force: its owning units with their share of records, and the support units
/// (response teams for first response, crime management units with DDMs, the registrar's office)
/// whose officers appear on other units' records. Built once per run from the seed and the
/// period; a practice adds <c>SW-SAPPHIRE</c> last, so every other officer is the same in every
/// scenario.
/// </summary>
internal sealed class ForceModel
{
    public const string ForceCode = "MPS";
    public const string ForceName = "Metropolitan Police Service";
    public const string SapphireUnitId = "SW-SAPPHIRE";

    private const ulong RosterStream = 0x52_4F_53_54_45_52; // "ROSTER"

    private static readonly (string Name, string Code)[] Areas = [("Southwark", "SW"), ("Lambeth", "LB"), ("Lewisham", "LW")];

    private readonly Dictionary<string, ForceUnit> _responseByArea = [];
    private readonly Dictionary<string, ForceUnit> _crimeManagementByArea = [];
    private readonly Dictionary<PracticeProfile, PracticeProfile> _adjusted = new(ReferenceEqualityComparer.Instance);
    private readonly bool _onTime;
    private readonly bool _noNonRecording;

    private ForceModel(long seed, GeneratorOptions options, GenerationPeriod period)
    {
        var roster = new RosterBuilder(SyntheticRandom.For(seed, RosterStream, 0), period);
        var owning = new List<(ForceUnit, int)>();

        // Weights in thousandths, so that the practising unit's share can be set finely below.
        foreach (var (area, code) in Areas)
        {
            var response = Response(roster, area, code);
            _responseByArea[area] = response;
            owning.Add((response, code == "LW" ? 12_000 : 14_000));
            owning.Add((Cid(roster, area, code), code == "LW" ? 8_000 : 9_000));
            _crimeManagementByArea[area] = CrimeManagement(roster, area, code, period);
        }

        owning.Add((CommunitySafety(roster, "Southwark", "SW"), 8_000));
        owning.Add((RobberySquad(roster, "Lambeth", "LB"), 8_000));
        owning.Add((SexualOffences(roster, "Lambeth", "LB", PracticeProfile.Compliant, specialists: 8, detectives: 3), 6_000));
        owning.Add((SexualOffences(roster, "Lewisham", "LW", PracticeProfile.Compliant, specialists: 8, detectives: 3), 6_000));
        Registrar = CrimeRegistrar(roster);

        if (options.EffectivePractice is { } practice)
        {
            // Short of trained officers and staffed with detectives new to sexual-offence work;
            // compliant outside its practice window.
            var from = GenerationPeriod.Midnight(options.PracticeFrom ?? options.PeriodFrom);
            var to = GenerationPeriod.Midnight((options.PracticeTo ?? options.PeriodTo).AddDays(1));
            var unit = SexualOffences(roster, "Southwark", "SW", PracticeProfile.Compliant, specialists: 3, detectives: 7, PracticeProfile.Of(practice), (from, to));
            var others = owning.Sum(o => o.Item2);
            owning.Add((unit, PractisingWeight(options, others)));
        }

        OwningUnits = new Weighted<ForceUnit>([.. owning]);
        Units = [.. owning.Select(o => o.Item1)];
        _onTime = options.OnTime;
        _noNonRecording = options.NonRecording == 0;
        UnderRecordingUnitId = options.UnderRecording == 0 ? null
            : options.UnderRecordingUnit ?? (options.EffectivePractice is null ? null : SapphireUnitId);
    }

    /// <summary>The units that own records, in the order they were built.</summary>
    public IReadOnlyList<ForceUnit> Units { get; }

    /// <summary>The unit that leaves sexual offences unrecorded at the high share, if any (incident logs only).</summary>
    public string? UnderRecordingUnitId { get; }

    /// <summary>
    /// A unit's practice as the options allow it: with <see cref="GeneratorOptions.OnTime"/> no
    /// recording is late, and with no non-recording no decision not to record rests on a
    /// placeholder. The random draws stay the same, so everything else about the records does too.
    /// </summary>
    public PracticeProfile Adjust(PracticeProfile practice)
    {
        if (!_onTime && !_noNonRecording)
        {
            return practice;
        }

        if (!_adjusted.TryGetValue(practice, out var adjusted))
        {
            adjusted = practice with
            {
                LateRecording = _onTime ? 0 : practice.LateRecording,
                PlaceholderRationale = _noNonRecording ? 0 : practice.PlaceholderRationale,
            };
            _adjusted[practice] = adjusted;
        }

        return adjusted;
    }

    /// <summary>
    /// The records the practising unit would own for the rape reports a month it is given, as a
    /// share of all records; thrown out when the other units would be left with too few.
    /// </summary>
    public static double PractisingShare(GeneratorOptions options)
    {
        var period = GenerationPeriod.Of(options.PeriodFrom, options.PeriodTo);
        var rapeShare = OffenceMix.For(UnitKind.SexualOffences).Share(o => o.Family == OffenceFamily.Rape);
        var unitRecords = (options.RapeReportsPerMonth ?? GeneratorOptions.DefaultRapeReportsPerMonth) * period.Months / rapeShare;
        return options.Records == 0 ? 0 : unitRecords / options.Records;
    }

    /// <summary>The rape reports a month the practising unit receives on average: as asked, or fewer when the records are too few.</summary>
    public static double RapeReportsPerMonth(GeneratorOptions options)
    {
        var asked = options.RapeReportsPerMonth ?? GeneratorOptions.DefaultRapeReportsPerMonth;
        var share = PractisingShare(options);
        return share > MaxPractisingShare ? asked * MaxPractisingShare / share : asked;
    }

    /// <summary>The largest share of the records the practising unit may take.</summary>
    public const double MaxPractisingShare = 0.5;

    private static int PractisingWeight(GeneratorOptions options, int others)
    {
        var share = Math.Clamp(PractisingShare(options), 0.0005, MaxPractisingShare);
        return (int)Math.Round(others * share / (1 - share), MidpointRounding.AwayFromZero);
    }

    /// <summary>Units that own records, weighted by their share of the force's records.</summary>
    public Weighted<ForceUnit> OwningUnits { get; }

    /// <summary>The force crime registrar's office (FCR and deputies).</summary>
    public ForceUnit Registrar { get; }

    public static ForceModel Create(long seed, GeneratorOptions options, GenerationPeriod period) => new(seed, options, period);

    public ForceUnit ResponseFor(string area) => _responseByArea[area];

    public ForceUnit CrimeManagementFor(string area) => _crimeManagementByArea[area];

    private static ForceUnit Response(RosterBuilder roster, string area, string code)
    {
        var id = code + "-RESPONSE";
        return new ForceUnit
        {
            UnitId = id, UnitType = "RESPONSE", Area = area, AreaCode = code, Kind = UnitKind.Response,
            Practice = PracticeProfile.Compliant,
            Constables = roster.Officers(24, "PC", id),
            Supervisors = roster.Officers(4, "PS", id),
            Heads = roster.Officers(1, "INSP", id),
        };
    }

    private static ForceUnit Cid(RosterBuilder roster, string area, string code)
    {
        var id = code + "-CID";
        return new ForceUnit
        {
            UnitId = id, UnitType = "CID", Area = area, AreaCode = code, Kind = UnitKind.Cid,
            // Lambeth CID records everything at once and cancels more on verified evidence: a
            // lawful difference that no rule or unit audit may mistake for a breach.
            Practice = code == "LB" ? PracticeProfile.RecordAllVolumeCrime : PracticeProfile.Compliant,
            Constables = roster.Officers(14, "DC", id, AccreditationType.Pip2),
            Supervisors = roster.Officers(3, "DS", id, AccreditationType.Pip2),
            Heads = roster.Officers(1, "DI", id, AccreditationType.Pip2),
        };
    }

    private static ForceUnit CommunitySafety(RosterBuilder roster, string area, string code)
    {
        var id = code + "-CSU";
        return new ForceUnit
        {
            UnitId = id, UnitType = "COMMUNITY_SAFETY", Area = area, AreaCode = code, Kind = UnitKind.CommunitySafety,
            Practice = PracticeProfile.Compliant,
            Constables = roster.Officers(9, "DC", id, AccreditationType.Pip1),
            Supervisors = roster.Officers(2, "DS", id, AccreditationType.Pip2),
            Heads = roster.Officers(1, "DI", id, AccreditationType.Pip2),
        };
    }

    private static ForceUnit RobberySquad(RosterBuilder roster, string area, string code)
    {
        var id = code + "-ROBBERY";
        return new ForceUnit
        {
            UnitId = id, UnitType = "SPECIALIST_ROBBERY", Area = area, AreaCode = code, Kind = UnitKind.Robbery,
            Practice = PracticeProfile.Compliant,
            Constables = roster.Officers(10, "DC", id, AccreditationType.Pip2),
            Supervisors = roster.Officers(2, "DS", id, AccreditationType.Pip2),
            Heads = roster.Officers(1, "DI", id, AccreditationType.Pip2),
        };
    }

    private static ForceUnit SexualOffences(
        RosterBuilder roster,
        string area,
        string code,
        PracticeProfile practice,
        int specialists,
        int detectives,
        PracticeProfile? practising = null,
        (DateTimeOffset Start, DateTimeOffset End) window = default)
    {
        var id = code + "-SAPPHIRE";
        return new ForceUnit
        {
            UnitId = id, UnitType = "SPECIALIST_SEXUAL_OFFENCES", Area = area, AreaCode = code, Kind = UnitKind.SexualOffences,
            Practice = practice,
            Practising = practising,
            PracticeWindow = window,
            Specialists = roster.Officers(specialists, "DC", id, AccreditationType.Sto, AccreditationType.Pip2),
            Constables = roster.Officers(detectives, "DC", id, AccreditationType.Pip2),
            Supervisors = roster.Officers(2, "DS", id, AccreditationType.Pip2),
            // The DI is a designated decision maker: what is wrong in Sapphire is not the
            // authority but the independence of who authorises (CANCEL-006).
            Heads = roster.Officers(1, "DI", id, AccreditationType.Pip2, AccreditationType.Ddm),
        };
    }

    private static ForceUnit CrimeManagement(RosterBuilder roster, string area, string code, GenerationPeriod period)
    {
        var id = code + "-CMU";
        var heads = roster.Officers(3, "INSP", id, AccreditationType.Ddm);
        if (RulesInForce.RoleAuthorisesCancellation(period.Start))
        {
            // Until April 2015 a designated decision maker could cancel by role alone: in a period
            // that starts before then, one of the area's decision makers holds no accreditation
            // (and authorises only while the role is enough).
            heads[2] = roster.Officer("INSP", id);
        }

        return new ForceUnit
        {
            UnitId = id, UnitType = "CRIME_MANAGEMENT", Area = area, AreaCode = code, Kind = UnitKind.CrimeManagement,
            Practice = PracticeProfile.Compliant,
            Heads = heads,
        };
    }

    private static ForceUnit CrimeRegistrar(RosterBuilder roster)
    {
        const string id = "MPS-FCR";
        var heads = new List<RosterOfficer> { roster.Officer("STAFF", id, AccreditationType.Fcr) };
        heads.AddRange(roster.Officers(3, "STAFF", id, AccreditationType.Dfcr));
        return new ForceUnit
        {
            UnitId = id, UnitType = "FORCE_CRIME_REGISTRAR", Area = "Force", AreaCode = "HQ", Kind = UnitKind.CrimeRegistrar,
            Practice = PracticeProfile.Compliant,
            Heads = heads,
        };
    }
}
