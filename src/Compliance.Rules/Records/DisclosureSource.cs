using System.Text.Json.Serialization;

namespace Compliance.Rules.Records;

/// <summary>How a disclosure reached the police (<c>disclosures[].source</c>).</summary>
/// <remarks>
/// Part of the incident-log model (<c>Compliance.Rules.Incidents</c>), kept here with the record
/// model's enums: rule-pack parameters may be typed by the input models' enums, and packs come
/// before the incident model. Written and read as its UPPER_SNAKE name, as every enum of the record
/// model; integers and unknown names are input errors.
/// </remarks>
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
