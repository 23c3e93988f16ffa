using Compliance.Rules.Engine;
using Compliance.Rules.Incidents;
using Compliance.Rules.Packs;
using Compliance.Rules.Records;
using Compliance.Rules.Tests.BuiltInRules;

namespace Compliance.Rules.Tests.Incidents;

/// <summary>
/// Incident logs built by hand for the incident rules, and the evaluators that judge them. The
/// default incident is a 2016 call disclosing a rape (HOCR-2015: 24-hour limit, N100 exists),
/// linked to <see cref="TestRecords.Clean"/> (a rape recorded 10 hours after the call), closed the
/// next day and reviewed by a supervisor: no incident rule fires on it.
/// </summary>
internal static class TestIncidents
{
    public const string Closer = "OFF-CALL";
    public const string Reviewer = "OFF-SUP";

    public static readonly DateTimeOffset Received = TestRecords.Reported;
    public static readonly DateTimeOffset Closed = TestRecords.At("2016-03-02T12:00:00Z");

    /// <summary>The 24-hour limit of HOCR-2015 from the call.</summary>
    public static readonly DateTimeOffset Deadline2016 = TestRecords.At("2016-03-02T10:00:00Z");

    public static IncidentEvaluator BuiltIn { get; } = new(Rules.Tests.BuiltInRules.BuiltIn.Engine);

    /// <summary>Victims compared across records and incidents (INCIDENT-003 applies).</summary>
    public static IncidentEvaluator SharedRefs { get; } = With("\"sharedPersonRefs\": true");

    public static IncidentLog Clean { get; } = new()
    {
        SchemaVersion = IncidentLog.CurrentSchemaVersion,
        IncidentId = "INC-1",
        ReceivedAt = Received,
        Channel = ReportChannel.EmergencyCall,
        OwningUnit = new IncidentUnit { UnitId = "U-RESPONSE", UnitType = "RESPONSE" },
        CodeScheme = "NSIR-2011",
        OpeningCode = "CONCERN_FOR_SAFETY",
        Disclosures = [Disclose(Received, DisclosureSource.Call, AllegationType.Rape)],
        ClosedAt = Closed,
        ClosedByOfficerRef = Closer,
        SupervisorReviewedAt = TestRecords.At("2016-03-03T09:00:00Z"),
        SupervisorReviewedByOfficerRef = Reviewer,
        LinkedCrimeRecordIds = [TestRecords.Clean.CrimeRecordId],
    };

    public static Disclosure Disclose(DateTimeOffset at, DisclosureSource source, AllegationType type, string? victim = "P-1") =>
        new() { DisclosedAt = at, Source = source, AllegationType = type, VictimPersonRef = victim };

    public static IncidentEvaluator With(string parameters) =>
        new(ComplianceEngine.Create(RulePack.LoadBuiltIn(), RulePolicy.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(
            "{ \"kind\": \"policy\", \"extends\": \"compliance-builtin\", \"parameters\": { " + parameters + " } }")), "policy.json")));

    public static IncidentEvaluation Evaluate(IncidentLog incident, IEnumerable<CrimeRecord> records, DateTimeOffset? asOf = null, IncidentEvaluator? evaluator = null) =>
        (evaluator ?? BuiltIn).EvaluateIncident(incident, records, asOf ?? TestRecords.AsOf);

    public static Finding Fires(IncidentEvaluation evaluation, string ruleId)
    {
        Assert.Empty(evaluation.Errors);
        var finding = Assert.Single(evaluation.Findings, f => f.RuleId == ruleId);
        Assert.DoesNotContain('{', finding.Message);
        Assert.Equal(RuleStatus.Fired, Status(evaluation, ruleId));
        return finding;
    }

    public static void DoesNotFire(IncidentEvaluation evaluation, string ruleId, RuleStatus expected = RuleStatus.Passed)
    {
        Assert.Empty(evaluation.Errors);
        Assert.DoesNotContain(evaluation.Findings, f => f.RuleId == ruleId);
        Assert.Equal(expected, Status(evaluation, ruleId));
    }

    public static RuleStatus Status(IncidentEvaluation evaluation, string ruleId) => Assert.Single(evaluation.Rules, r => r.RuleId == ruleId).Status;
}
