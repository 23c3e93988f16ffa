namespace Compliance.Synthetic;

/// <summary>Which synthetic force <see cref="SyntheticRecords"/> generates.</summary>
public enum GeneratorScenario
{
    /// <summary>
    /// One force of ten units over a year (July 2008 – June 2009): three response teams, three CID
    /// offices, a community safety unit, a robbery squad and two specialist sexual-offences units
    /// (<c>LB-SAPPHIRE</c>, <c>LW-SAPPHIRE</c>) that work as the rules ask. Practice is mostly
    /// compliant, with the ordinary lapses of a real force: late or missing notifications,
    /// incomplete retraction records, the odd late recording or unverified cancellation.
    /// </summary>
    Baseline,

    /// <summary>
    /// <see cref="Baseline"/> plus the specialist sexual-offences unit <c>SW-SAPPHIRE</c>
    /// (Southwark) practising what the IPCC found there in 2008–09: detailed questioning by
    /// non-specialist detectives before the victim meets a trained officer, retraction statements
    /// sought by the police, C2 cancellations resting on those retractions and authorised inside
    /// the unit. Its rape cancellation rate (about a third against about a tenth elsewhere) and its
    /// reported detection rate stand out.
    /// </summary>
    Sapphire,
}
