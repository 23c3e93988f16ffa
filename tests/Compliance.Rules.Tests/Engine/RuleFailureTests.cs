using Compliance.Rules.Engine;
using Compliance.Rules.Records;
using static Compliance.Rules.Tests.Packs.TestPacks;

namespace Compliance.Rules.Tests.Engine;

/// <summary>
/// A pack that validates never ends an evaluation: a condition, escalation or evidence expression
/// that throws on a record becomes that record's error for that rule (rule id, part, exception
/// kind, no value), the other rules and records are evaluated as usual, and nothing is dropped.
/// </summary>
public sealed class RuleFailureTests
{
    private static readonly DateTimeOffset AsOf = new(2010, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly IComplianceEngine Engine = ComplianceEngine.Create(Load(Pack(string.Join(",",
        Rule("F-001", "Record.Victims.Count >= 0", evidence: "\"perVictim\": \"100 / Record.Victims.Count\""),
        Rule("F-002", "Record.Victims.Count >= 0", escalations: "{ \"when\": \"Record.Cancellation.Code == CancellationCode.C2\", \"severity\": \"Critical\" }"),
        Rule("F-003", "Record.RecordingDecision.DecidedAt == null", severity: "Low"),
        Rule("F-004", "Record.Victims.Count == 0", severity: "Medium")))));

    private static readonly CrimeRecord Bare = Record("CR-BARE");

    private static readonly CrimeRecord Full = Record("CR-FULL") with
    {
        Victims = [new Victim { PersonRef = "P-1", EnhancedRightsEligible = false }],
        RecordingDecision = new RecordingDecision(),
        Cancellation = new Cancellation { Code = CancellationCode.C2 },
    };

    [Fact]
    public void Each_failing_part_is_the_records_error_with_the_rule_the_part_and_the_kind()
    {
        var evaluation = Engine.Evaluate(Bare, AsOf);

        Assert.Equal(
            [
                ("F-001", "DivideByZeroException in evidence 'perVictim'", "DivideByZeroException"),
                ("F-002", "NullReferenceException in escalation 1", "NullReferenceException"),
                ("F-003", "NullReferenceException in the condition", "NullReferenceException"),
            ],
            evaluation.Errors.Select(e => (e.RuleId, e.Message, e.ExceptionKind)));
        Assert.Equal(["F-004"], evaluation.Findings.Select(f => f.RuleId));
    }

    [Fact]
    public void The_record_beside_a_failing_one_is_evaluated_in_full()
    {
        var evaluations = Engine.EvaluateMany([Bare, Full, Bare with { CrimeRecordId = "CR-BARE-2" }], AsOf, batchSize: 3).ToArray();

        Assert.Equal(["CR-BARE", "CR-FULL", "CR-BARE-2"], evaluations.Select(e => e.CrimeRecordId));
        Assert.Empty(evaluations[1].Errors);
        Assert.Equal([("F-001", Severity.High), ("F-002", Severity.Critical), ("F-003", Severity.Low)], evaluations[1].Findings.Select(f => (f.RuleId, f.Severity)));
        Assert.Equal(100, evaluations[1].Findings[0].Evidence["perVictim"]);
        Assert.Equal(3, evaluations[2].Errors.Count);
    }

    [Fact]
    public void Explain_says_error_for_the_same_rules()
    {
        var explanation = Engine.Explain(Bare, AsOf);

        Assert.Equal(
            [("F-001", RuleStatus.Error), ("F-002", RuleStatus.Error), ("F-003", RuleStatus.Error), ("F-004", RuleStatus.Fired)],
            explanation.Rules.Select(r => (r.RuleId, r.Status)));
    }

    [Fact]
    public void The_per_rule_statuses_of_an_evaluation_say_error_where_a_finding_could_not_be_built()
    {
        // F-001 and F-002 held their condition but their evidence or escalation threw: no finding, so not "fired".
        var evaluation = Engine.Evaluate(Bare, AsOf);

        Assert.Equal(
            [("F-001", RuleStatus.Error), ("F-002", RuleStatus.Error), ("F-003", RuleStatus.Error), ("F-004", RuleStatus.Fired)],
            evaluation.Rules.Select(r => (r.RuleId, r.Status)));
    }

    [Fact]
    public void A_record_made_in_code_with_nulls_in_its_lists_does_not_end_the_batch()
    {
        // Made in code, a record can hold what the reader refuses: nulls inside lists.
        var broken = Full with
        {
            CrimeRecordId = "CR-NULLS",
            Officers = [null!],
            Statements = [null!],
            Outcomes = [null!],
            ClassificationHistory = [null!],
            Victims = [null!],
        };

        var evaluations = Engine.EvaluateMany([Full, broken, Full with { CrimeRecordId = "CR-AFTER" }], AsOf).ToArray();

        Assert.Equal(["CR-FULL", "CR-NULLS", "CR-AFTER"], evaluations.Select(e => e.CrimeRecordId));
        Assert.Equal(3, evaluations[0].Findings.Count);
        Assert.Equal(3, evaluations[2].Findings.Count);
        // F-001 divides by the victim count (1, a null element); F-002's escalation reads the cancellation (present).
        Assert.Equal(["F-001", "F-002", "F-003"], evaluations[1].Findings.Select(f => f.RuleId).Concat(evaluations[1].Errors.Select(e => e.RuleId)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("1899-12-31T23:59:59Z", false)]
    [InlineData("1900-01-01T00:00:00Z", true)]
    [InlineData("2199-12-31T23:59:59Z", true)]
    [InlineData("2200-01-01T00:00:00Z", false)]
    public void The_as_of_instant_must_be_within_the_record_range(string asOf, bool accepted)
    {
        var instant = DateTimeOffset.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture);

        if (accepted)
        {
            Assert.Equal("CR-FULL", Engine.Evaluate(Full, instant).CrimeRecordId);
        }
        else
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => Engine.Evaluate(Full, instant));
            Assert.Throws<ArgumentOutOfRangeException>(() => Engine.EvaluateMany([Full], instant));
        }
    }
}
