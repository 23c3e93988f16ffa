namespace Compliance.Rules.Incidents;

/// <summary>The ids of the incident rules; their logic is built in and the pack gives their metadata, severity and parameters.</summary>
public static class IncidentRules
{
    /// <summary>A crime-indicative incident left unanswered, or left open too long: a review candidate.</summary>
    public const string Unanswered = "INCIDENT-001";

    /// <summary>A sexual-offence disclosure not answered within the recording limit.</summary>
    public const string SexualDisclosure = "INCIDENT-002";

    /// <summary>An offence disclosed later, in a statement or ABE interview, not answered within the recording limit.</summary>
    public const string LaterDisclosure = "INCIDENT-003";

    /// <summary>A closed crime-indicative incident without an independent supervisory review in time.</summary>
    public const string Review = "INCIDENT-004";

    /// <summary>The incident rules a pack may declare (scope <c>incident</c>), in catalog order.</summary>
    public static IReadOnlyList<string> All { get; } = [Unanswered, SexualDisclosure, LaterDisclosure, Review];

    /// <summary>The pack parameters the incident rules read (besides the record-rule parameters that judge a decision not to record).</summary>
    public static IReadOnlySet<string> ParameterNames { get; } = new HashSet<string>(
        ["sharedPersonRefs", "crimeIndicativeQualifiers", "crimeIndicativeCodes", "forceCrimeIndicativeCodes", "allegationGroups", "rapeNotRecordedGrounds", "incidentOpenDays", "incidentReviewDays"],
        StringComparer.Ordinal);

    /// <summary>The incident rules with built-in logic; a pack may not declare any other.</summary>
    public static IReadOnlySet<string> KnownRuleIds { get; } = new HashSet<string>(All, StringComparer.Ordinal);
}
