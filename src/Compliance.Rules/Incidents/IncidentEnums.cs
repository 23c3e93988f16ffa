using System.Text.Json.Serialization;
using Compliance.Rules.Records;

namespace Compliance.Rules.Incidents;

// As in the record model, every enum is written and read as its UPPER_SNAKE name; integers and
// unknown names are input errors.

/// <summary>A qualifier flagged on an incident log (<c>qualifiers[]</c>).</summary>
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

/// <summary>How a disclosure reached the police (<c>disclosures[].source</c>).</summary>
[JsonConverter(typeof(UpperSnakeEnumConverter<DisclosureSource>))]
public enum DisclosureSource
{
    /// <summary>CALL.</summary>
    Call,
    /// <summary>ATTENDANCE.</summary>
    Attendance,
    /// <summary>STATEMENT.</summary>
    Statement,
    /// <summary>ABE_INTERVIEW (achieving best evidence).</summary>
    AbeInterview,
    /// <summary>REFERRAL.</summary>
    Referral,
}

/// <summary>A decision on an incident not to record a crime (<c>crimeDecision.outcome</c>).</summary>
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
