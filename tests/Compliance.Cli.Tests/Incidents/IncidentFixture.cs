using Compliance.Rules.Records;

namespace Compliance.Cli.Tests.Incidents;

/// <summary>
/// Crime records and incident logs of one force, written by hand for the built-in pack (the incident
/// rules read its parameters and the counting rules of 2008: a 72-hour recording limit), audited as
/// of 2010-01-01. What each incident rule says of each incident, worked out from the rules:
/// <list type="bullet">
/// <item>INC-1 (UNIT-S, line 1): a rape disclosed on a call at 2008-11-04T22:41Z, answered by CR-1
/// (a rape recorded 10 h 19 min later, linked both ways), closed, and reviewed by another officer
/// the next day: no finding.</item>
/// <item>INC-2 (UNIT-W, line 2): the Walworth pattern — a rape disclosed on a call at 2008-11-01T20:00Z,
/// closed at 2008-11-03T10:00Z as a crime-related incident because the victim "consented", never
/// reviewed: INCIDENT-001 (Medium), INCIDENT-002 (Critical: RAPE group, 72 h passed) and
/// INCIDENT-004 (Medium).</item>
/// <item>Line 3: INC-2 again: rejected, <c>DuplicateIncidentId</c>.</item>
/// <item>Line 4: INC-BAD with a timestamp without offset: rejected, <c>InvalidIncident</c> at <c>$.receivedAt</c>.</item>
/// <item>INC-3 (UNIT-T, line 5): a theft disclosed on a call, listing CR-MISSING (no such record in the
/// input: one unresolved link), closed and reviewed: nothing answers it, INCIDENT-001 (Medium).</item>
/// </list>
/// So: incidents read 5 = evaluated 3 + rejected 2; incident findings Critical 1, High 0, Medium 3,
/// Low 0; AUDIT-007 not assessed for each incident unit (1 closed crime-indicative incident; 20 needed).
/// The records: CR-1…CR-4 (rapes of UNIT-S recorded within the limit) and one broken line (line 3).
/// </summary>
internal static class IncidentFixture
{
    public const string AsOf = "2010-01-01T00:00:00Z";

    public const string Inc1 = """{"schemaVersion":"incident-1.0","incidentId":"INC-1","receivedAt":"2008-11-04T22:41:00Z","channel":"EMERGENCY_CALL","owningUnit":{"unitId":"UNIT-S","unitType":"SAPPHIRE"},"disclosures":[{"disclosedAt":"2008-11-04T22:41:00Z","source":"CALL","allegationType":"RAPE"}],"closedAt":"2008-11-05T12:00:00Z","closedByOfficerRef":"OFF-C","supervisorReviewedAt":"2008-11-06T09:00:00Z","supervisorReviewedByOfficerRef":"OFF-S","linkedCrimeRecordIds":["CR-1"]}""";

    public const string Inc2 = """{"schemaVersion":"incident-1.0","incidentId":"INC-2","receivedAt":"2008-11-01T20:00:00Z","owningUnit":{"unitId":"UNIT-W","unitType":"RESPONSE"},"qualifiers":["SEXUAL"],"disclosures":[{"disclosedAt":"2008-11-01T20:00:00Z","source":"CALL","allegationType":"RAPE"}],"closedAt":"2008-11-03T10:00:00Z","closedByOfficerRef":"OFF-DS","crimeDecision":{"outcome":"CRIME_RELATED_INCIDENT","reasonCodes":[],"rationaleText":"victim consented","credibleEvidenceToContrary":[],"disclosureIndexes":[]},"linkedCrimeRecordIds":[]}""";

    public const string Inc2Duplicate = """{"schemaVersion":"incident-1.0","incidentId":"INC-2","receivedAt":"2008-11-01T20:00:00Z"}""";

    public const string IncBad = """{"schemaVersion":"incident-1.0","incidentId":"INC-BAD","receivedAt":"2008-11-01T20:00:00"}""";

    public const string Inc3 = """{"schemaVersion":"incident-1.0","incidentId":"INC-3","receivedAt":"2008-11-10T10:00:00Z","owningUnit":{"unitId":"UNIT-T","unitType":"RESPONSE"},"disclosures":[{"disclosedAt":"2008-11-10T10:00:00Z","source":"CALL","allegationType":"THEFT"}],"closedAt":"2008-11-11T10:00:00Z","closedByOfficerRef":"OFF-C","supervisorReviewedAt":"2008-11-12T10:00:00Z","supervisorReviewedByOfficerRef":"OFF-S","linkedCrimeRecordIds":["CR-MISSING"]}""";

    public static string Incidents() => string.Join("\n", Inc1, Inc2, Inc2Duplicate, IncBad, Inc3) + "\n";

    public static string Records()
    {
        var lines = new[] { "CR-1", "CR-2", "CR-3", "CR-4" }.Select(id => RecordJson.Serialize(Rape(id, id == "CR-1" ? "INC-1" : null))).ToList();
        lines.Insert(2, "{\"schemaVersion\": \"1.0\", \"crimeRecordId\": \"BAD-1\"}");
        return string.Join("\n", lines) + "\n";
    }

    /// <summary>A rape reported at 2008-11-04T22:41Z and recorded at 2008-11-05T09:00Z (within the 72-hour limit of 2008).</summary>
    public static CrimeRecord Rape(string id, string? incidentId) => new()
    {
        SchemaVersion = "1.0",
        CrimeRecordId = id,
        OwningUnit = new OwningUnit { UnitId = "UNIT-S", UnitType = "SAPPHIRE" },
        Incident = new Incident { IncidentId = incidentId, ReportReceivedAt = new DateTimeOffset(2008, 11, 4, 22, 41, 0, TimeSpan.Zero), AllegationType = AllegationType.Rape },
        RecordingDecision = new RecordingDecision { Outcome = RecordingOutcome.CrimeRecorded, DecidedAt = new DateTimeOffset(2008, 11, 5, 9, 0, 0, TimeSpan.Zero) },
        Victims = [new Victim { PersonRef = "P-1", EnhancedRightsEligible = false }],
    };
}
