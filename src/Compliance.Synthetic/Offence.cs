using Compliance.Rules.Records;

namespace Compliance.Synthetic;

/// <summary>Offence families the generator composes differently (they match the rules' offence groups, with volume crime split).</summary>
internal enum OffenceFamily
{
    Rape,
    OtherSexual,
    Violence,
    Robbery,
    Burglary,
    Theft,
    CriminalDamage,
}

/// <summary>Who the victim of an offence is, which decides age, vulnerability and enhanced rights.</summary>
internal enum VictimKind
{
    Adult,
    Child,
    YoungPerson,
    Household,
    Business,
    DomesticAbuse,
}

/// <summary>A Home Office offence code with what the generator needs to know about it.</summary>
/// <param name="HomeOfficeCode">Home Office code, e.g. <c>19C</c>.</param>
/// <param name="Family">Family, for the composition of the record.</param>
/// <param name="Allegation">What a victim would report.</param>
/// <param name="Victim">Who the victim is.</param>
/// <param name="SuspectIdentified">Share of reports with an identified suspect.</param>
internal sealed record Offence(string HomeOfficeCode, OffenceFamily Family, AllegationType Allegation, VictimKind Victim, double SuspectIdentified)
{
    public bool IsSexual => Family is OffenceFamily.Rape or OffenceFamily.OtherSexual;

    /// <summary>In a serious group (rape, other sexual, violence, robbery): one victim per record, DDM or registrar for cancellations.</summary>
    public bool IsSerious => Family is OffenceFamily.Rape or OffenceFamily.OtherSexual or OffenceFamily.Violence or OffenceFamily.Robbery;
}
