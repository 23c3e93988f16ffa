using Compliance.Rules.Records;

namespace Compliance.Synthetic;

/// <summary>
/// The synthetic force: its owning units with their share of records, and the support units
/// (response teams for first response, crime management units with DDMs, the registrar's office)
/// whose officers appear on other units' records. Built once per run from the seed; the
/// Sapphire scenario adds <c>SW-SAPPHIRE</c> last, so every other officer is the same in both
/// scenarios.
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

    private ForceModel(long seed, GeneratorScenario scenario)
    {
        var roster = new RosterBuilder(SyntheticRandom.For(seed, RosterStream, 0));
        var owning = new List<(ForceUnit, int)>();

        foreach (var (area, code) in Areas)
        {
            var response = Response(roster, area, code);
            _responseByArea[area] = response;
            owning.Add((response, code == "LW" ? 12 : 14));
            owning.Add((Cid(roster, area, code), code == "LW" ? 8 : 9));
            _crimeManagementByArea[area] = CrimeManagement(roster, area, code);
        }

        owning.Add((CommunitySafety(roster, "Southwark", "SW"), 8));
        owning.Add((RobberySquad(roster, "Lambeth", "LB"), 8));
        owning.Add((SexualOffences(roster, "Lambeth", "LB", PracticeProfile.Compliant, specialists: 8, detectives: 3), 6));
        owning.Add((SexualOffences(roster, "Lewisham", "LW", PracticeProfile.Compliant, specialists: 8, detectives: 3), 6));
        Registrar = CrimeRegistrar(roster);

        if (scenario == GeneratorScenario.Sapphire)
        {
            // Short of trained officers and staffed with detectives new to sexual-offence work.
            owning.Add((SexualOffences(roster, "Southwark", "SW", PracticeProfile.Sapphire, specialists: 3, detectives: 7), 6));
        }

        OwningUnits = new Weighted<ForceUnit>([.. owning]);
    }

    /// <summary>Units that own records, weighted by their share of the force's records.</summary>
    public Weighted<ForceUnit> OwningUnits { get; }

    /// <summary>The force crime registrar's office (FCR and deputies).</summary>
    public ForceUnit Registrar { get; }

    public static ForceModel Create(long seed, GeneratorScenario scenario) => new(seed, scenario);

    public ForceUnit ResponseFor(string area) => _responseByArea[area];

    public ForceUnit CrimeManagementFor(string area) => _crimeManagementByArea[area];

    private static ForceUnit Response(RosterBuilder roster, string area, string code)
    {
        var id = code + "-RESPONSE";
        return new ForceUnit
        {
            UnitId = id,
            UnitType = "RESPONSE",
            Area = area,
            AreaCode = code,
            Kind = UnitKind.Response,
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
            UnitId = id,
            UnitType = "CID",
            Area = area,
            AreaCode = code,
            Kind = UnitKind.Cid,
            Practice = PracticeProfile.Compliant,
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
            UnitId = id,
            UnitType = "COMMUNITY_SAFETY",
            Area = area,
            AreaCode = code,
            Kind = UnitKind.CommunitySafety,
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
            UnitId = id,
            UnitType = "SPECIALIST_ROBBERY",
            Area = area,
            AreaCode = code,
            Kind = UnitKind.Robbery,
            Practice = PracticeProfile.Compliant,
            Constables = roster.Officers(10, "DC", id, AccreditationType.Pip2),
            Supervisors = roster.Officers(2, "DS", id, AccreditationType.Pip2),
            Heads = roster.Officers(1, "DI", id, AccreditationType.Pip2),
        };
    }

    private static ForceUnit SexualOffences(RosterBuilder roster, string area, string code, PracticeProfile practice, int specialists, int detectives)
    {
        var id = code + "-SAPPHIRE";
        return new ForceUnit
        {
            UnitId = id,
            UnitType = "SPECIALIST_SEXUAL_OFFENCES",
            Area = area,
            AreaCode = code,
            Kind = UnitKind.SexualOffences,
            Practice = practice,
            Specialists = roster.Officers(specialists, "DC", id, AccreditationType.Sto, AccreditationType.Pip2),
            Constables = roster.Officers(detectives, "DC", id, AccreditationType.Pip2),
            Supervisors = roster.Officers(2, "DS", id, AccreditationType.Pip2),
            // The DI is a designated decision maker: what is wrong in Sapphire is not the
            // authority but the independence of who authorises (CANCEL-006).
            Heads = roster.Officers(1, "DI", id, AccreditationType.Pip2, AccreditationType.Ddm),
        };
    }

    private static ForceUnit CrimeManagement(RosterBuilder roster, string area, string code)
    {
        var id = code + "-CMU";
        return new ForceUnit
        {
            UnitId = id,
            UnitType = "CRIME_MANAGEMENT",
            Area = area,
            AreaCode = code,
            Kind = UnitKind.CrimeManagement,
            Practice = PracticeProfile.Compliant,
            Heads = roster.Officers(3, "INSP", id, AccreditationType.Ddm),
        };
    }

    private static ForceUnit CrimeRegistrar(RosterBuilder roster)
    {
        const string id = "MPS-FCR";
        var heads = new List<RosterOfficer> { roster.Officer("STAFF", id, AccreditationType.Fcr) };
        heads.AddRange(roster.Officers(3, "STAFF", id, AccreditationType.Dfcr));
        return new ForceUnit
        {
            UnitId = id,
            UnitType = "FORCE_CRIME_REGISTRAR",
            Area = "Force",
            AreaCode = "HQ",
            Kind = UnitKind.CrimeRegistrar,
            Practice = PracticeProfile.Compliant,
            Heads = heads,
        };
    }
}
