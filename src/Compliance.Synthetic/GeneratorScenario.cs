namespace Compliance.Synthetic;

/// <summary>Which synthetic force <see cref="SyntheticRecords"/> generates.</summary>
public enum GeneratorScenario
{
    /// <summary>
    /// One force of ten units: three response teams, three CID offices, a community safety unit, a
    /// robbery squad and two specialist sexual-offences units (<c>LB-SAPPHIRE</c>,
    /// <c>LW-SAPPHIRE</c>) that work as the rules of the day ask. Practice is mostly compliant, with
    /// the ordinary lapses of a real force (late or missing notifications, incomplete retraction
    /// records, the odd late recording or unverified cancellation) and lawful variety the rules must
    /// not mistake for a breach: optional fields left out, transfers and duplicates found after a
    /// victim withdrew support, and a CID office (<c>LB-CID</c>) that records everything at once and
    /// cancels more crimes on verified evidence.
    /// </summary>
    Baseline,

    /// <summary>
    /// <see cref="Baseline"/> plus the specialist sexual-offences unit <c>SW-SAPPHIRE</c>
    /// (Southwark) practising what the IPCC found there in 2008–09 (<see cref="UnitPractice.Sapphire"/>,
    /// over the whole period unless <see cref="GeneratorOptions.Practice"/> says otherwise):
    /// detailed questioning by non-specialist detectives before the victim meets a trained officer,
    /// retraction statements sought by the police, C2 cancellations resting on those retractions
    /// and authorised inside the unit. Its rape cancellation rate (over a third against about a
    /// tenth elsewhere before 2014, a twentieth after) and its reported detection rate stand out.
    /// </summary>
    Sapphire,
}
