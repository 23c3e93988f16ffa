using System.Text.Json.Serialization;

namespace Compliance.Rules.Records;

/// <summary>A qualifier flagged on an incident log (<c>qualifiers[]</c>).</summary>
/// <remarks>
/// Part of the incident-log model (<c>Compliance.Rules.Incidents</c>), kept here with the record
/// model's enums: rule-pack parameters may be typed by the input models' enums, and packs come
/// before the incident model. Written and read as its UPPER_SNAKE name, as every enum of the record
/// model; integers and unknown names are input errors.
/// </remarks>
[JsonConverter(typeof(UpperSnakeEnumConverter<IncidentQualifier>))]
public enum IncidentQualifier
{
    /// <summary>DOMESTIC_ABUSE.</summary>
    DomesticAbuse,
    /// <summary>SEXUAL.</summary>
    Sexual,
    /// <summary>CHILD_CONCERN.</summary>
    ChildConcern,
    /// <summary>VULNERABLE_ADULT.</summary>
    VulnerableAdult,
    /// <summary>HATE.</summary>
    Hate,
    /// <summary>MENTAL_HEALTH.</summary>
    MentalHealth,
    /// <summary>ASB (anti-social behaviour).</summary>
    Asb,
}
