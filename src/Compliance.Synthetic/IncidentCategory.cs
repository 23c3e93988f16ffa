namespace Compliance.Synthetic;

/// <summary>
/// The incident categories the generator writes, whatever the code scheme of the day names them
/// (<see cref="IncidentCodes"/>): a crime, and the non-crime categories of the national incident
/// list in which crimes are found hidden or which carry no crime at all.
/// </summary>
internal enum IncidentCategory
{
    Crime,
    ConcernForSafety,
    DomesticIncident,
    SuspiciousCircumstances,
    AsbPersonal,
    AsbNuisance,
    LostProperty,
    RoadRelated,
    AbandonedCall,
    CivilDispute,
}
