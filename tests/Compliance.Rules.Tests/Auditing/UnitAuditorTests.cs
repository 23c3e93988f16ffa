using Compliance.Rules.Auditing;
using Compliance.Rules.Auditing.Tallies;
using Compliance.Rules.Engine;
using Compliance.Rules.Packs;
using static Compliance.Rules.Tests.Packs.TestPacks;
using R = Compliance.Rules.Records;
using TestPacks = Compliance.Rules.Tests.Packs.TestPacks;

namespace Compliance.Rules.Tests.Auditing;

public sealed class UnitAuditorTests
{
    private static readonly DateTimeOffset AsOf = new(2010, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly RulePack Pack = Load(TestPacks.Pack(string.Join(",",
        Rule("CANCEL-003", "Record.Cancellation != null && Record.AdditionalVerifiableInformation.Any(a => a.Type == AviType.VictimRetraction)", severity: "Critical"),
        UnitRule("AUDIT-002", "rate {rate} against {baseline} (p = {pValue})", "\"rate\": \"rate\", \"baseline\": \"baseline\", \"pValue\": \"p\""),
        UnitRule("AUDIT-003", "{retractionGroundsShare} of cancellations rest on retraction", "\"retractionGroundsShare\": \"share\""),
        UnitRule("AUDIT-004", "reported {reportedRate}, corrected {correctedRate}", "\"reportedRate\": \"r\", \"correctedRate\": \"c\""))));

    private static string UnitRule(string id, string message, string evidence) => $$"""
        { "id": "{{id}}", "scope": "unit", "title": "{{id}}", "severity": "High", "citation": "c", "description": "d",
          "evidence": { {{evidence}} }, "message": "{{message}}" }
        """;

    [Fact]
    public void A_unit_that_cancels_rapes_on_retractions_stands_out_and_others_do_not()
    {
        var records = new List<R.CrimeRecord>();
        for (var i = 0; i < 40; i++)
        {
            // Unit S cancels 12 of 40 rapes on a retraction; units A and B cancel 1 of 40 each, on CCTV.
            records.Add(Rape($"S-{i}", "UNIT-S", cancelledOn: i < 12 ? R.AviType.VictimRetraction : null));
            records.Add(Rape($"A-{i}", "UNIT-A", cancelledOn: i < 1 ? R.AviType.Cctv : null));
            records.Add(Rape($"B-{i}", "UNIT-B", cancelledOn: i < 1 ? R.AviType.Cctv : null));
        }

        var results = Audit(records);

        Assert.Equal(["UNIT-A", "UNIT-B", "UNIT-S"], results.Select(r => r.UnitId));
        var s = results[2];
        Assert.Contains(s.Findings, f => f.RuleId == "AUDIT-002");
        Assert.Contains(s.Findings, f => f.RuleId == "AUDIT-003");
        var audit002 = s.Findings.First(f => f.RuleId == "AUDIT-002");
        Assert.Equal(0.3, audit002.Evidence["rate"]);
        Assert.Equal(0.025, audit002.Evidence["baseline"]);
        Assert.True((double)audit002.Evidence["pValue"]! < 0.01);
        Assert.StartsWith("rate 0.3 against 0.025 (p = ", audit002.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(results[0].Findings, f => f.RuleId is "AUDIT-002" or "AUDIT-003");
        Assert.DoesNotContain(results[1].Findings, f => f.RuleId is "AUDIT-002" or "AUDIT-003");
        Assert.Equal(12L, s.Metrics["rapeRecordsCancelled"]);
    }

    [Fact]
    public void Small_units_are_reported_as_not_assessed_with_the_reason()
    {
        var results = Audit([Rape("X-1", "TINY", cancelledOn: R.AviType.VictimRetraction), Rape("Y-1", "OTHER", cancelledOn: null)]);

        var tiny = results.Single(r => r.UnitId == "TINY");
        Assert.Empty(tiny.Findings);
        Assert.Contains(tiny.NotAssessed, n => n.RuleId == "AUDIT-002" && n.Reason == "1 rape records; at least 10 are needed");
        Assert.Contains(tiny.NotAssessed, n => n.RuleId == "AUDIT-004");
    }

    [Fact]
    public void Detection_uplift_is_the_difference_between_reported_and_corrected_rates()
    {
        // 30 recorded; 10 cancelled on retraction (flagged); 10 of the remaining 20 detected.
        var records = Enumerable.Range(0, 30).Select(i => Rape($"D-{i}", "UNIT-D",
            cancelledOn: i < 10 ? R.AviType.VictimRetraction : null,
            sanction: i >= 20)).ToList();
        var pack = Load(TestPacks.Pack(string.Join(",",
            Rule("CANCEL-003", "Record.Cancellation != null && Record.AdditionalVerifiableInformation.Any(a => a.Type == AviType.VictimRetraction)", severity: "Critical"),
            UnitRule("AUDIT-004", "reported {reportedRate}, corrected {correctedRate}", "\"reportedRate\": \"r\", \"correctedRate\": \"c\", \"upliftPoints\": \"u\""))));

        var finding = Assert.Single(Audit(records, pack)[0].Findings);

        Assert.Equal("AUDIT-004", finding.RuleId);
        Assert.Equal(0.5, finding.Evidence["reportedRate"]);
        Assert.Equal(0.3333, finding.Evidence["correctedRate"]);
        Assert.Equal(16.67, finding.Evidence["upliftPoints"]);
    }

    [Fact]
    public void A_sanction_is_judged_by_the_outcomes_entry_in_force_when_it_was_assigned()
    {
        // A force policy adds an outcomes entry from 1 June 2009 (London) under which type 1 is no longer a
        // sanction. 30 recorded crimes, none cancelled: 10 get type 1 in March 2009 and one at 23:59:59 London
        // on 31 May (BST, 22:59:59Z): sanctions; one at midnight London on 1 June (23:00Z) and 8 in September:
        // not sanctions under the policy; 10 have no outcome. S = 11 of 30 with the policy, 20 of 30 without.
        var records = new List<R.CrimeRecord>();
        for (var i = 0; i < 30; i++)
        {
            DateTimeOffset? assigned = i switch
            {
                < 10 => new DateTimeOffset(2009, 3, 1, 12, 0, 0, TimeSpan.Zero),
                10 => new DateTimeOffset(2009, 5, 31, 22, 59, 59, TimeSpan.Zero),
                11 => new DateTimeOffset(2009, 5, 31, 23, 0, 0, TimeSpan.Zero),
                < 20 => new DateTimeOffset(2009, 9, 1, 12, 0, 0, TimeSpan.Zero),
                _ => null,
            };
            records.Add(Rape($"T-{i}", "UNIT-T", cancelledOn: null) with
            {
                Outcomes = assigned is { } at ? [new R.Outcome { OutcomeType = 1, AssignedAt = at }] : [],
            });
        }

        var builtIn = RulePack.LoadBuiltIn();
        var policy = RulePolicy.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes("""
            { "kind": "policy", "extends": "compliance-builtin",
              "timelines": { "outcomes": { "add": [ { "id": "FORCE-2009", "from": "2009-06-01", "validOutcomeTypes": [0, 1, 2, 3, 4, 5, 6, 7, 9],
                "sanctionTypes": [2, 3, 4, 6, 7], "victimDecisionTypes": [], "source": "force policy" } ] } } }
            """)), "policy.json");

        var withPolicy = Assert.Single(Audit(records, builtIn.WithPolicy(policy))).Metrics;
        var without = Assert.Single(Audit(records, builtIn)).Metrics;

        Assert.Equal(11L, withPolicy["sanctionDetections"]);
        Assert.Equal(0.3667, withPolicy["reportedDetectionRate"]);
        Assert.Equal(20L, without["sanctionDetections"]);
        Assert.Equal(0.6667, without["reportedDetectionRate"]);
    }

    [Fact]
    public void Accumulators_of_two_halves_merge_into_the_whole()
    {
        var records = Enumerable.Range(0, 90).Select(i => Rape($"M-{i}", $"UNIT-{i % 4}",
            cancelledOn: i % 5 == 0 ? R.AviType.VictimRetraction : i % 7 == 0 ? R.AviType.Cctv : null,
            sanction: i % 3 == 0)).ToList();
        var engine = ComplianceEngine.Create(Pack);

        var whole = new AuditAccumulator(Pack, AsOf);
        var first = new AuditAccumulator(Pack, AsOf);
        var second = new AuditAccumulator(Pack, AsOf);
        for (var i = 0; i < records.Count; i++)
        {
            var evaluation = engine.Evaluate(records[i], AsOf);
            whole.Add(records[i], evaluation);
            (i < 37 ? first : second).Add(records[i], evaluation);
        }

        first.Merge(second);

        Assert.Equal(Describe(UnitAuditor.Run(whole, Pack)), Describe(UnitAuditor.Run(first, Pack)));
    }

    // The loader accepts exactly the ids of Packs.UnitRuleIds; each must have logic in the auditor,
    // or a pack could enable a unit rule that is never assessed. A unit with 100 records, every one
    // of them a cancelled rape, reaches every audit's logic.
    [Fact]
    public void Every_unit_rule_a_pack_may_declare_has_built_in_logic()
    {
        var builtIn = RulePack.LoadBuiltIn();
        Assert.Equal(UnitRuleIds.All.Order(StringComparer.Ordinal), builtIn.Rules.Where(r => r.Scope == RuleScope.Unit).Select(r => r.Id).Order(StringComparer.Ordinal));

        var result = UnitAuditor.Run([new UnitTally("U") { Records = 100, RapeRecords = 100, RapeRecordsCancelled = 100, RapeReports = 100 }], builtIn).Single();

        Assert.DoesNotContain(result.NotAssessed, n => n.Reason.StartsWith("no built-in logic", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pack_may_not_declare_a_unit_rule_without_built_in_logic()
    {
        var error = Assert.Single(Assert.Throws<RulePackException>(() => Load(TestPacks.Pack(UnitRule("AUDIT-007", "m", "")))).Errors);

        Assert.Contains("AUDIT-007", error.Message, StringComparison.Ordinal);
        Assert.Contains("AUDIT-001, AUDIT-002, AUDIT-003, AUDIT-004, AUDIT-005, AUDIT-006", error.Message, StringComparison.Ordinal);
    }

    internal static string Describe(IEnumerable<UnitAuditResult> results) => string.Join("\n", results.Select(r =>
        $"{r.UnitId}: {string.Join(",", r.Metrics.Select(m => $"{m.Key}={m.Value}"))} | {string.Join(",", r.Findings.Select(f => f.Message))} | {string.Join(",", r.NotAssessed.Select(n => n.Reason))}"));

    private static IReadOnlyList<UnitAuditResult> Audit(IReadOnlyList<R.CrimeRecord> records, RulePack? pack = null)
    {
        pack ??= Pack;
        var engine = ComplianceEngine.Create(pack);
        var accumulator = new AuditAccumulator(pack, AsOf);
        foreach (var evaluation in engine.EvaluateMany(records, AsOf).Zip(records))
        {
            accumulator.Add(evaluation.Second, evaluation.First);
        }

        return UnitAuditor.Run(accumulator, pack);
    }

    private static R.CrimeRecord Rape(string id, string unit, R.AviType? cancelledOn, bool sanction = false) => Record(id, unit) with
    {
        RecordingDecision = new R.RecordingDecision { Outcome = R.RecordingOutcome.CrimeRecorded, DecidedAt = AsOf.AddYears(-2) },
        Cancellation = cancelledOn is null ? null : new R.Cancellation { Code = R.CancellationCode.C2, AviRefs = ["AVI-1"] },
        AdditionalVerifiableInformation = cancelledOn is { } type ? [new R.AviItem { AviId = "AVI-1", Type = type, ObtainedAt = AsOf.AddYears(-1) }] : [],
        Outcomes = sanction ? [new R.Outcome { OutcomeType = 1, AssignedAt = AsOf.AddMonths(-6) }] : [],
    };
}
