namespace Compliance.Synthetic;

/// <summary>What the practising unit (<c>SW-SAPPHIRE</c>) does with the reports it receives while its practice runs.</summary>
public enum UnitPractice
{
    /// <summary>
    /// The 2008–09 Southwark practice: victims questioned in detail by detectives without
    /// sexual-offence training before they meet a trained officer, retraction statements sought by
    /// the police, and crimes cancelled on those retractions with the unit's own inspector
    /// authorising.
    /// </summary>
    Sapphire,

    /// <summary>
    /// The same loss moved earlier: reports are no longer cancelled but left unrecorded (a
    /// crime-related incident, or N100 where the rules of the day have it) in the same share of
    /// rape reports as the Sapphire practice cancels.
    /// </summary>
    Displacement,

    /// <summary>
    /// A lawful difference: every report is recorded at once, nothing is left unrecorded, and more
    /// crimes are later cancelled — transfers (C1), duplicates (C3) and C2 on verified additional
    /// information only.
    /// </summary>
    RecordAll,
}
