using System.Text.Json.Serialization;

namespace Compliance.Rules.Records;

/// <summary>A decision on an incident not to record a crime (<c>crimeDecision.outcome</c>).</summary>
/// <remarks>
/// Part of the incident-log model (<c>Compliance.Rules.Incidents</c>), kept here with the record
/// model's enums: rule-pack parameters may be typed by the input models' enums, and packs come
/// before the incident model. Written and read as its UPPER_SNAKE name, as every enum of the record
/// model; integers and unknown names are input errors.
/// </remarks>
[JsonConverter(typeof(UpperSnakeEnumConverter<IncidentDecisionOutcome>))]
public enum IncidentDecisionOutcome
{
    /// <summary>N100: a rape report not (yet) recorded as a crime.</summary>
    N100,
    /// <summary>CRIME_RELATED_INCIDENT.</summary>
    CrimeRelatedIncident,
    /// <summary>NOT_RECORDED.</summary>
    NotRecorded,
    /// <summary>TRANSFERRED (to another force).</summary>
    Transferred,
}
