using System.Text;
using Compliance.Cli.Auditing;
using Compliance.Cli.Reports;
using Compliance.Rules.Auditing;
using Compliance.Rules.Engine;
using Compliance.Rules.Packs;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;

namespace Compliance.Cli.Tests.Fixtures;

/// <summary>
/// A small pack and a small force, written here so the report tests do not depend on the built-in
/// catalog: unit UNIT-S cancels 8 of its 20 rapes on a retraction, units UNIT-A and UNIT-B one of 20
/// each on CCTV; some records have two victims (a Medium finding), some no recording decision (a
/// rule error), and one has free text.
/// </summary>
internal static class AuditFixture
{
    public static readonly DateTimeOffset AsOf = new(2010, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public const string PackJson = """
        {
          "kind": "rulePack", "id": "test-pack", "version": "0.0.1",
          "offenceGroups": { "RAPE": ["19"] },
          "parameters": { },
          "rules": [
            { "id": "CANCEL-003", "title": "Retraction as grounds for cancellation", "severity": "Critical", "citation": "HOCR C2", "description": "d",
              "appliesWhen": "Record.Cancellation != null",
              "condition": "Record.AdditionalVerifiableInformation.Any(a => a.Type == AviType.VictimRetraction)",
              "evidence": { "cancellationCode": "Record.Cancellation.Code", "aviRefs": "Record.Cancellation.AviRefs", "requestedAt": "Record.Cancellation.RequestedAt" },
              "message": "{cancellationCode} cancellation rests on a retraction ({aviRefs})" },
            { "id": "NCRS-005", "title": "One crime per victim", "severity": "Medium", "citation": "HOCR A", "description": "d",
              "condition": "Record.Victims.Count > 1",
              "evidence": { "victims": "Record.Victims.Select(v => v.PersonRef)", "count": "Record.Victims.Count" },
              "message": "{count} victims on one record" },
            { "id": "NCRS-001", "title": "Recording decision", "severity": "Low", "citation": "NCRS", "description": "d",
              "condition": "Record.RecordingDecision.DecidedAt == null",
              "evidence": { }, "message": "no decision time" },
            { "id": "AUDIT-002", "scope": "unit", "title": "Rape cancellation rate", "severity": "High", "citation": "HMIC", "description": "d",
              "evidence": { "rate": "rate", "baseline": "baseline", "pValue": "p" }, "message": "rape cancellation rate {rate} against a baseline of {baseline} (p = {pValue})" },
            { "id": "AUDIT-003", "scope": "unit", "title": "Retraction as grounds", "severity": "Critical", "citation": "IPCC", "description": "d",
              "evidence": { "retractionGroundsShare": "s" }, "message": "{retractionGroundsShare} of cancellations rest on a retraction" },
            { "id": "AUDIT-004", "scope": "unit", "title": "Detection uplift", "severity": "High", "citation": "HMIC", "description": "d",
              "evidence": { "reportedRate": "r", "correctedRate": "c", "upliftPoints": "u" }, "message": "reported {reportedRate}, corrected {correctedRate}" }
          ]
        }
        """;

    public static readonly RulePack Pack = RulePack.Load(new MemoryStream(Encoding.UTF8.GetBytes(PackJson)), "test-pack.json");

    public static IEnumerable<CrimeRecord> Records()
    {
        for (var i = 0; i < 20; i++)
        {
            yield return Rape($"S-{i:00}", "UNIT-S", i < 8 ? AviType.VictimRetraction : null, sanction: i >= 12, victims: i % 7 == 0 ? 2 : 1);
            yield return Rape($"A-{i:00}", "UNIT-A", i < 1 ? AviType.Cctv : null, sanction: i % 3 == 0, victims: 1);
            yield return Rape($"B-{i:00}", "UNIT-B", i < 1 ? AviType.Cctv : null, sanction: i % 3 == 1, victims: i == 5 ? 3 : 1, decided: i != 9);
        }
    }

    /// <summary>The records as JSON Lines, with two broken lines among them (lines 4 and 9) and a blank line.</summary>
    public static string Jsonl()
    {
        var lines = Records().Select(RecordJson.Serialize).ToList();
        lines.Insert(3, "{\"schemaVersion\": \"1.0\", \"crimeRecordId\": \"BAD-1\"");
        lines.Insert(8, "{\"schemaVersion\": \"1.0\", \"crimeRecordId\": \"BAD-2\", \"incident\": {\"reportReceivedAt\": \"2008-11-04T22:41:00\"}}");
        lines.Insert(10, string.Empty);
        return string.Join("\n", lines) + "\n";
    }

    /// <summary>Runs the pipeline over the records straight into a writer (no reader, no command).</summary>
    public static AuditSummary Run(Func<ReportContext, IReportWriter> createWriter, bool includeText = false, IEnumerable<ReadResult>? input = null)
    {
        using var audit = new ComplianceAudit(ComplianceEngine.Create(Pack), AsOf);
        var context = ReportContext.Of(audit, ["force.jsonl"], includeText);
        using var writer = createWriter(context);
        var result = AuditPipeline.Run(audit, input ?? Input(), writer, batchSize: 7);
        writer.Complete(result);
        return result;
    }

    /// <summary>The records as pipeline input, with two rejections among them.</summary>
    public static IEnumerable<ReadResult> Input()
    {
        var line = 0L;
        foreach (var record in Records())
        {
            line++;
            if (line == 4)
            {
                yield return new Rejection(RejectionCode.Truncated, "the record ends before it is complete", "force.jsonl", line);
                line++;
            }

            yield return new ParsedRecord(record, "force.jsonl", line);
        }

        yield return new Rejection(RejectionCode.InvalidRecord, "'2008' is not a timestamp, \"quoted\", with a comma", "force.jsonl", line + 1, "$.incident.reportReceivedAt");
    }

    private static CrimeRecord Rape(string id, string unit, AviType? cancelledOn, bool sanction, int victims, bool decided = true) => new()
    {
        SchemaVersion = "1.0",
        CrimeRecordId = id,
        OwningUnit = new OwningUnit { UnitId = unit },
        Incident = new Incident { ReportReceivedAt = new DateTimeOffset(2008, 11, 4, 22, 41, 0, TimeSpan.Zero), AllegationType = AllegationType.Rape },
        RecordingDecision = decided
            ? new RecordingDecision { Outcome = RecordingOutcome.CrimeRecorded, DecidedAt = new DateTimeOffset(2008, 11, 5, 9, 0, 0, TimeSpan.Zero) }
            : null,
        Cancellation = cancelledOn is null ? null : new Cancellation
        {
            Code = CancellationCode.C2,
            AviRefs = ["AVI-1"],
            RequestedAt = new DateTimeOffset(2008, 12, 1, 10, 0, 0, TimeSpan.Zero),
            RationaleText = id == "S-00" ? "Victim retracted, \"no further action\"" : null,
        },
        AdditionalVerifiableInformation = cancelledOn is { } type ? [new AviItem { AviId = "AVI-1", Type = type, ObtainedAt = new DateTimeOffset(2008, 11, 30, 10, 0, 0, TimeSpan.Zero) }] : [],
        Victims = Enumerable.Range(1, victims).Select(v => new Victim { PersonRef = $"P-{v}", EnhancedRightsEligible = false }).ToArray(),
        Outcomes = sanction && cancelledOn is null ? [new Outcome { OutcomeType = 1, AssignedAt = new DateTimeOffset(2009, 3, 1, 0, 0, 0, TimeSpan.Zero) }] : [],
    };
}
