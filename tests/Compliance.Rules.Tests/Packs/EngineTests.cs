using Compliance.Rules.Engine;
using Compliance.Rules.Records;
using static Compliance.Rules.Tests.Packs.TestPacks;

namespace Compliance.Rules.Tests.Packs;

public sealed class EngineTests
{
    private static readonly DateTimeOffset AsOf = new(2010, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly IComplianceEngine Engine = ComplianceEngine.Create(Load(Pack(string.Join(",",
        Rule("C-001", "!Record.AdditionalVerifiableInformation.Any(a => a.Type == AviType.Cctv)",
            appliesWhen: "Record.Cancellation != null && Record.Cancellation.Code == CancellationCode.C2",
            evidence: "\"code\": \"Record.Cancellation.Code\", \"aviRefs\": \"Record.Cancellation.AviRefs\", \"requestedAt\": \"Record.Cancellation.RequestedAt\"",
            message: "{code} cancellation rests on {aviRefs} (requested {requestedAt})",
            escalations: "{ \"when\": \"Record.Incident.AllegationType == AllegationType.Rape\", \"severity\": \"Critical\" }"),
        Rule("C-002", "Record.Victims.Count > 1", severity: "Medium", evidence: "\"victims\": \"Record.Victims.Select(v => v.PersonRef)\""),
        Rule("C-003", "Record.RecordingDecision.DecidedAt == null", severity: "Low")))));

    private static readonly CrimeRecord Cancelled = Record() with
    {
        RecordingDecision = new RecordingDecision { DecidedAt = new DateTimeOffset(2008, 11, 5, 0, 0, 0, TimeSpan.Zero) },
        Cancellation = new Cancellation { Code = CancellationCode.C2, AviRefs = ["AVI-1"], RequestedAt = new DateTimeOffset(2008, 11, 12, 14, 0, 0, TimeSpan.Zero) },
        AdditionalVerifiableInformation = [new AviItem { AviId = "AVI-1", Type = AviType.VictimRetraction, ObtainedAt = new DateTimeOffset(2008, 11, 12, 11, 0, 0, TimeSpan.Zero) }],
    };

    [Fact]
    public void A_rule_fires_with_escalated_severity_evidence_and_message()
    {
        var evaluation = Engine.Evaluate(Cancelled, AsOf);

        Assert.Equal("CR-1", evaluation.CrimeRecordId);
        Assert.Equal("UNIT-A", evaluation.UnitId);
        var finding = Assert.Single(evaluation.Findings);
        Assert.Equal(("C-001", Severity.Critical), (finding.RuleId, finding.Severity));
        Assert.Equal("C2 cancellation rests on AVI-1 (requested 2008-11-12T14:00:00Z)", finding.Message);
        Assert.Equal(["code", "aviRefs", "requestedAt"], finding.Evidence.Keys);
        Assert.Equal("C2", finding.Evidence["code"]);
        Assert.Equal(new object[] { "AVI-1" }, (object?[])finding.Evidence["aviRefs"]!);
        Assert.Equal("test citation", finding.Citation);
        Assert.Empty(evaluation.Errors);
    }

    [Fact]
    public void Without_the_escalating_fact_the_base_severity_stays()
    {
        var notRape = Cancelled with { Incident = Cancelled.Incident with { AllegationType = AllegationType.Theft } };
        Assert.Equal(Severity.High, Assert.Single(Engine.Evaluate(notRape, AsOf).Findings).Severity);
    }

    [Fact]
    public void Explain_lists_every_rule_as_fired_passed_or_not_applicable()
    {
        var explanation = Engine.Explain(Cancelled with { Cancellation = null }, AsOf);

        Assert.Equal(
            [("C-001", RuleStatus.NotApplicable), ("C-002", RuleStatus.Passed), ("C-003", RuleStatus.Passed)],
            explanation.Rules.Select(r => (r.RuleId, r.Status)));
        Assert.Equal("HOCR-2002", explanation.Edition);
        Assert.Equal(RuleStatus.Fired, Engine.Explain(Cancelled, AsOf).Rules[0].Status);
    }

    [Fact]
    public void A_rule_that_throws_on_one_record_is_reported_and_the_rest_still_run()
    {
        var noDecision = Record("CR-2") with
        {
            Victims = [new Victim { PersonRef = "P-1", EnhancedRightsEligible = false }, new Victim { PersonRef = "P-2", EnhancedRightsEligible = false }],
        };

        var evaluations = Engine.EvaluateMany([noDecision, Cancelled], AsOf).ToArray();

        var error = Assert.Single(evaluations[0].Errors);
        Assert.Equal("C-003", error.RuleId);
        Assert.Contains("NullReferenceException", error.Message, StringComparison.Ordinal);
        Assert.Equal(["C-002"], evaluations[0].Findings.Select(f => f.RuleId));
        Assert.Equal(["C-001"], evaluations[1].Findings.Select(f => f.RuleId));
        Assert.Equal(RuleStatus.Error, Engine.Explain(noDecision, AsOf).Rules[2].Status);
    }

    [Fact]
    public void Batches_and_single_evaluations_agree_and_keep_input_order()
    {
        var records = Enumerable.Range(0, 257).Select(i => (i % 3) switch
        {
            0 => Cancelled with { CrimeRecordId = $"CR-{i}" },
            1 => Record($"CR-{i}") with { RecordingDecision = new RecordingDecision() },
            _ => Cancelled with { CrimeRecordId = $"CR-{i}", Incident = Cancelled.Incident with { AllegationType = AllegationType.Burglary } },
        }).ToArray();

        var single = records.Select(r => Engine.Evaluate(r, AsOf)).ToArray();
        foreach (var batchSize in new[] { 1, 7, 64, 1000 })
        {
            var batched = Engine.EvaluateMany(records, AsOf, batchSize).ToArray();
            Assert.Equal(records.Select(r => r.CrimeRecordId), batched.Select(b => b.CrimeRecordId));
            Assert.Equal(Flatten(single), Flatten(batched));
        }
    }

    [Fact]
    public void Evaluation_is_thread_safe()
    {
        var records = Enumerable.Range(0, 200).Select(i => Cancelled with { CrimeRecordId = $"CR-{i}" }).ToArray();
        var expected = Flatten(records.Select(r => Engine.Evaluate(r, AsOf)));

        var parallel = records.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(r => Engine.Evaluate(r, AsOf)).ToArray();

        Assert.Equal(expected, Flatten(parallel));
    }

    [Fact]
    public void A_proposed_cancellation_is_checked_before_it_is_saved()
    {
        var current = Cancelled with { Cancellation = null };

        var check = Engine.CheckProposal(current, Cancelled, AsOf);

        Assert.Equal(["C-001"], check.Introduced.Select(f => f.RuleId));
        Assert.False(check.IsAcceptable(Severity.High));
        Assert.True(Engine.CheckProposal(current, current, AsOf).IsAcceptable());
    }

    private static string[] Flatten(IEnumerable<RecordEvaluation> evaluations) =>
        evaluations.SelectMany(e => e.Findings.Select(f => $"{e.CrimeRecordId}|{f.RuleId}|{f.Severity}|{f.Message}")).ToArray();
}
