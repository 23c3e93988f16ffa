using Compliance.Rules.Records;

namespace Compliance.Cli.Tests.Fixtures;

/// <summary>
/// A small pack written for the rule-author commands (explain, rules test): a rule with two named
/// requirements, one without any, one that throws on a record with no recording decision, a
/// disabled one, and a unit rule (which those commands leave out).
/// </summary>
internal static class AuthorFixture
{
    public const string PackJson = """
        {
          "kind": "rulePack", "id": "author-pack", "version": "2.1.0",
          "offenceGroups": { "RAPE": ["19"] },
          "parameters": { "maxVictims": { "type": "int", "default": 1, "minimum": 1, "maximum": 100, "description": "victims one record may hold" } },
          "rules": [
            { "id": "R-CANCEL", "title": "C2 without AVI", "severity": "High", "citation": "HOCR C2", "description": "A C2 cancellation needs AVI.",
              "timelines": ["countingRules"], "governingInstant": "Record.Incident.ReportReceivedAt",
              "requires": [ { "name": "cancelled", "when": "Record.Cancellation != null" }, { "name": "codeC2", "when": "Record.Cancellation.Code == CancellationCode.C2" } ],
              "condition": "Record.Cancellation.AviRefs.Count == 0",
              "escalations": [ { "when": "Record.Incident.AllegationType == AllegationType.Rape", "severity": "Critical" } ],
              "evidence": { "code": "Record.Cancellation.Code" }, "message": "{code} cancellation without AVI" },
            { "id": "R-VICTIMS", "title": "One crime per victim", "severity": "Medium", "citation": "HOCR A", "description": "d",
              "timelines": ["countingRules"], "governingInstant": "Record.Incident.ReportReceivedAt",
              "condition": "Record.Victims.Count > maxVictims",
              "evidence": { "count": "Record.Victims.Count" }, "message": "{count} victims on one record" },
            { "id": "R-DECIDED", "title": "Decision time", "severity": "Low", "citation": "NCRS", "description": "d",
              "condition": "Record.RecordingDecision.DecidedAt == null", "message": "no decision time" },
            { "id": "R-OFF", "title": "Switched off", "severity": "Low", "citation": "none", "description": "d",
              "condition": "true", "message": "always", "enabled": false },
            { "id": "AUDIT-002", "scope": "unit", "title": "Rape cancellation rate", "severity": "High", "citation": "HMIC", "description": "d",
              "evidence": { "rate": "rate" }, "message": "rate {rate}" }
          ]
        }
        """;

    public static readonly DateTimeOffset Reported = new(2008, 11, 4, 22, 41, 0, TimeSpan.Zero);

    /// <summary>A rape report with a recording decision and the given cancellation and victims.</summary>
    public static CrimeRecord Record(string id, CancellationCode? cancelled = null, int victims = 1, bool decided = true, DateTimeOffset? reported = null) => new()
    {
        SchemaVersion = "1.0",
        CrimeRecordId = id,
        OwningUnit = new OwningUnit { UnitId = "UNIT-A" },
        Incident = new Incident { ReportReceivedAt = reported ?? Reported, AllegationType = AllegationType.Rape },
        RecordingDecision = decided ? new RecordingDecision { Outcome = RecordingOutcome.CrimeRecorded, DecidedAt = Reported.AddHours(10) } : null,
        Cancellation = cancelled is { } code ? new Cancellation { Code = code, RequestedAt = Reported.AddDays(20) } : null,
        Victims = Enumerable.Range(1, victims).Select(v => new Victim { PersonRef = $"P-{v}", EnhancedRightsEligible = false }).ToArray(),
    };

    public static string Jsonl(params CrimeRecord[] records) => string.Join("\n", records.Select(RecordJson.Serialize)) + "\n";
}
