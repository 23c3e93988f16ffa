namespace Compliance.Rules.Packs;

/// <summary>The incident-rule ids a pack may declare (scope <c>incident</c>): their logic is built in, so no other id can run.</summary>
public static class IncidentRuleIds
{
    /// <summary>The ids, in catalog order.</summary>
    public static IReadOnlyList<string> All { get; } = ["INCIDENT-001", "INCIDENT-002", "INCIDENT-003", "INCIDENT-004"];

    /// <summary>The ids as a set.</summary>
    public static IReadOnlySet<string> Known { get; } = new HashSet<string>(All, StringComparer.Ordinal);

    /// <summary>The pack parameters the incident rules read: their own, and the record-rule parameters that judge a decision not to record (as NCRS-002 and NCRS-003 do).</summary>
    public static IReadOnlySet<string> ParameterNames { get; } = new HashSet<string>(
        ["sharedPersonRefs", "crimeIndicativeQualifiers", "crimeIndicativeCodes", "forceCrimeIndicativeCodes", "allegationGroups", "rapeNotRecordedGrounds", "incidentOpenDays", "incidentReviewDays",
         "verifiableAviTypes", "prohibitedReasons", "ncrsNotRecordedOutcomes", "placeholderTexts"],
        StringComparer.Ordinal);
}
