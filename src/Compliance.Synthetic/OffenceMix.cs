using Compliance.Rules.Records;

namespace Compliance.Synthetic;

/// <summary>
/// The offences each kind of unit owns, with weights. Within each family the proportions follow
/// the 2008/09 shape of recorded crime (theft, criminal damage and violence dominate volume crime;
/// rape is about a third of sexual offences). Sexual offences as a whole are over-represented —
/// three specialist units of six weight among ninety-four to a hundred, against about 1% of real
/// recorded crime — so that samples of a few thousand records hold enough rape records for the
/// unit audits (AUDIT-002 needs ten per unit).
/// </summary>
internal static class OffenceMix
{
    private static readonly Offence Rape16 = new("19C", OffenceFamily.Rape, AllegationType.Rape, VictimKind.Adult, 0.85);
    private static readonly Offence RapeUnder16 = new("19D", OffenceFamily.Rape, AllegationType.Rape, VictimKind.YoungPerson, 0.9);
    private static readonly Offence RapeUnder13 = new("19E", OffenceFamily.Rape, AllegationType.Rape, VictimKind.Child, 0.9);
    private static readonly Offence RapeMale16 = new("19F", OffenceFamily.Rape, AllegationType.Rape, VictimKind.Adult, 0.8);
    private static readonly Offence RapeMaleUnder16 = new("19G", OffenceFamily.Rape, AllegationType.Rape, VictimKind.YoungPerson, 0.9);
    private static readonly Offence RapeMaleUnder13 = new("19H", OffenceFamily.Rape, AllegationType.Rape, VictimKind.Child, 0.9);
    private static readonly Offence SexualAssaultFemale = new("20A", OffenceFamily.OtherSexual, AllegationType.SexualAssault, VictimKind.Adult, 0.6);
    private static readonly Offence SexualAssaultGirlUnder13 = new("20B", OffenceFamily.OtherSexual, AllegationType.SexualAssault, VictimKind.Child, 0.85);
    private static readonly Offence SexualAssaultMale = new("17A", OffenceFamily.OtherSexual, AllegationType.SexualAssault, VictimKind.Adult, 0.6);
    private static readonly Offence ChildSexualActivity = new("22B", OffenceFamily.OtherSexual, AllegationType.OtherSexual, VictimKind.YoungPerson, 0.95);
    private static readonly Offence Grooming = new("88A", OffenceFamily.OtherSexual, AllegationType.OtherSexual, VictimKind.YoungPerson, 0.8);

    private static readonly Offence AssaultWithInjury = new("8N", OffenceFamily.Violence, AllegationType.Violence, VictimKind.Adult, 0.7);
    private static readonly Offence AssaultWithoutInjury = new("105A", OffenceFamily.Violence, AllegationType.Violence, VictimKind.Adult, 0.7);
    private static readonly Offence DomesticAssaultWithInjury = new("8N", OffenceFamily.Violence, AllegationType.Violence, VictimKind.DomesticAbuse, 0.97);
    private static readonly Offence DomesticAssaultWithoutInjury = new("105A", OffenceFamily.Violence, AllegationType.Violence, VictimKind.DomesticAbuse, 0.97);
    private static readonly Offence DangerousDriving = new("4.1", OffenceFamily.Violence, AllegationType.Violence, VictimKind.Adult, 0.9);
    private static readonly Offence AggravatedVehicleTaking = new("37.1", OffenceFamily.Violence, AllegationType.Violence, VictimKind.Adult, 0.5);
    private static readonly Offence PersonalRobbery = new("34B", OffenceFamily.Robbery, AllegationType.Robbery, VictimKind.Adult, 0.3);
    private static readonly Offence BusinessRobbery = new("34A", OffenceFamily.Robbery, AllegationType.Robbery, VictimKind.Business, 0.35);
    private static readonly Offence DwellingBurglary = new("28", OffenceFamily.Burglary, AllegationType.Burglary, VictimKind.Household, 0.15);
    private static readonly Offence OtherBurglary = new("30", OffenceFamily.Burglary, AllegationType.Burglary, VictimKind.Business, 0.12);
    private static readonly Offence TheftFromPerson = new("39", OffenceFamily.Theft, AllegationType.Theft, VictimKind.Adult, 0.15);
    private static readonly Offence TheftFromVehicle = new("45", OffenceFamily.Theft, AllegationType.Theft, VictimKind.Household, 0.08);
    private static readonly Offence Shoplifting = new("46", OffenceFamily.Theft, AllegationType.Theft, VictimKind.Business, 0.75);
    private static readonly Offence OtherTheft = new("49", OffenceFamily.Theft, AllegationType.Theft, VictimKind.Adult, 0.12);
    private static readonly Offence DamageDwelling = new("58A", OffenceFamily.CriminalDamage, AllegationType.CriminalDamage, VictimKind.Household, 0.25);
    private static readonly Offence DamageOtherBuilding = new("58B", OffenceFamily.CriminalDamage, AllegationType.CriminalDamage, VictimKind.Business, 0.15);
    private static readonly Offence DamageVehicle = new("58C", OffenceFamily.CriminalDamage, AllegationType.CriminalDamage, VictimKind.Household, 0.15);
    private static readonly Offence DamageOther = new("58D", OffenceFamily.CriminalDamage, AllegationType.CriminalDamage, VictimKind.Business, 0.15);

    private static readonly Weighted<Offence> ResponseMix = new(
        (Shoplifting, 10), (OtherTheft, 14), (TheftFromVehicle, 8), (TheftFromPerson, 4),
        (DamageDwelling, 6), (DamageOtherBuilding, 4), (DamageVehicle, 9), (DamageOther, 5),
        (DwellingBurglary, 8), (OtherBurglary, 6), (AssaultWithoutInjury, 14), (AssaultWithInjury, 7), (PersonalRobbery, 1));

    private static readonly Weighted<Offence> CidMix = new(
        (AssaultWithInjury, 28), (AssaultWithoutInjury, 8), (DwellingBurglary, 18), (OtherBurglary, 8),
        (PersonalRobbery, 14), (BusinessRobbery, 3), (TheftFromPerson, 6), (OtherTheft, 4),
        (DangerousDriving, 1), (AggravatedVehicleTaking, 1));

    private static readonly Weighted<Offence> CommunitySafetyMix = new(
        (DomesticAssaultWithoutInjury, 48), (DomesticAssaultWithInjury, 40), (DamageDwelling, 12));

    private static readonly Weighted<Offence> RobberyMix = new((PersonalRobbery, 82), (BusinessRobbery, 18));

    private static readonly Weighted<Offence> SexualOffencesMix = new(
        (Rape16, 30), (RapeUnder16, 5), (RapeUnder13, 3), (RapeMale16, 4), (RapeMaleUnder16, 2), (RapeMaleUnder13, 1),
        (SexualAssaultFemale, 30), (SexualAssaultGirlUnder13, 6), (SexualAssaultMale, 6), (ChildSexualActivity, 9), (Grooming, 4));

    /// <summary>The code a sexual assault becomes when the first account discloses rape.</summary>
    public static Offence RapeFor(Offence sexualAssault) => sexualAssault.HomeOfficeCode switch
    {
        "20B" => RapeUnder13,
        "17A" => RapeMale16,
        _ => Rape16,
    };

    public static Weighted<Offence> For(UnitKind kind) => kind switch
    {
        UnitKind.Response => ResponseMix,
        UnitKind.Cid => CidMix,
        UnitKind.CommunitySafety => CommunitySafetyMix,
        UnitKind.Robbery => RobberyMix,
        UnitKind.SexualOffences => SexualOffencesMix,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "this kind of unit owns no records"),
    };
}
