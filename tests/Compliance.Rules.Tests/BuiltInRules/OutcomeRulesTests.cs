using Compliance.Rules.Engine;
using Compliance.Rules.Records;
using static Compliance.Rules.Tests.BuiltInRules.BuiltIn;
using static Compliance.Rules.Tests.BuiltInRules.TestRecords;

namespace Compliance.Rules.Tests.BuiltInRules;

public sealed class OutcomeRulesTests
{
    private static CrimeRecord WithOutcomes(CrimeRecord record, params Outcome[] outcomes) => record with { Outcomes = outcomes };

    private static Outcome VictimDecision(int type, string? evidenceRef) => Outcome(type) with { VictimDecisionEvidenceRef = evidenceRef };

    [Theory]
    [InlineData("OUTCOME-001")]
    [InlineData("OUTCOME-002")]
    [InlineData("OUTCOME-003")]
    [InlineData("OUTCOME-004")]
    public void Outcome_rules_are_not_applicable_without_outcomes(string ruleId) => NotApplicable(Clean, ruleId);

    // OUTCOME-001

    [Fact]
    public void Outcome001_fires_on_a_type_the_edition_does_not_have()
    {
        // Outcome 22 assigned in May 2016, under the vocabulary of January 2016 (0-21).
        var finding = Fires(WithOutcomes(Theft, Outcome(22)), "OUTCOME-001");

        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Equal(new object?[] { 22 }, finding.Evidence["invalidTypes"]);
        Assert.Equal(new object?[] { "OUTCOMES-2016" }, finding.Evidence["outcomeEditions"]);
        Fires(WithOutcomes(Theft, Outcome(-1)), "OUTCOME-001");
    }

    [Fact]
    public void Outcome001_judges_type_22_by_its_own_London_date_not_by_the_records_edition()
    {
        // 1 April 2019 begins at 2019-03-31T23:00:00Z (BST); the record's rulesEdition does not move the outcome vocabulary.
        Passes(WithOutcomes(Theft, Outcome(22, "2019-03-31T23:00:00Z")), "OUTCOME-001");
        Fires(WithOutcomes(Theft, Outcome(22, "2019-03-31T22:59:59Z")), "OUTCOME-001");
        Fires(WithOutcomes(Theft with { RulesEdition = "HOCR-2019" }, Outcome(22)), "OUTCOME-001");
    }

    [Fact]
    public void Outcome001_fires_on_an_outcome_of_a_cancelled_record_but_not_on_outcome_0()
    {
        var cancelled = Theft with { Cancellation = Cancellation(CancellationCode.C4) };

        Assert.Equal(true, Fires(WithOutcomes(cancelled, Outcome(18)), "OUTCOME-001").Evidence["cancelled"]);
        Passes(WithOutcomes(cancelled, Outcome(0)), "OUTCOME-001");
    }

    [Fact]
    public void Outcome001_fires_on_two_outcomes_other_than_0_and_passes_one_after_0()
    {
        Assert.Equal(new object?[] { 18, 14 }, Fires(WithOutcomes(Theft, Outcome(18), Outcome(14)), "OUTCOME-001").Evidence["outcomeTypes"]);
        Passes(WithOutcomes(Theft, Outcome(0), Outcome(18)), "OUTCOME-001");
    }

    // OUTCOME-002

    [Fact]
    public void Outcome002_fires_on_outcome_16_without_evidence_or_with_a_reference_to_nothing()
    {
        var finding = Fires(WithOutcomes(Clean, VictimDecision(16, null)), "OUTCOME-002");

        Assert.Equal(Severity.High, finding.Severity);
        Assert.Equal(new object?[] { 16 }, finding.Evidence["outcomeTypes"]);
        Assert.Equal(new object?[] { "S-404" }, Fires(WithOutcomes(Clean, VictimDecision(14, "S-404")), "OUTCOME-002").Evidence["evidenceRefs"]);
    }

    [Fact]
    public void Outcome002_passes_when_the_reference_names_a_statement_or_a_contact()
    {
        Passes(WithOutcomes(Clean, VictimDecision(16, "S-2")), "OUTCOME-002");
        Passes(WithOutcomes(Clean, VictimDecision(14, "C-1")), "OUTCOME-002");
    }

    [Fact]
    public void Outcome002_is_not_applicable_to_other_outcomes() =>
        NotApplicable(WithOutcomes(Clean, VictimDecision(15, null)), "OUTCOME-002");

    // OUTCOME-003

    [Fact]
    public void Outcome003_fires_on_a_sanction_without_an_identified_suspect()
    {
        Assert.Equal(Severity.Medium, Fires(WithOutcomes(Theft, Outcome(1)) with { Suspects = [] }, "OUTCOME-003").Severity);
        Fires(WithOutcomes(Theft, Outcome(6)) with { Suspects = [new Suspect { PersonRef = "P-2", Identified = false }] }, "OUTCOME-003");
    }

    [Fact]
    public void Outcome003_passes_with_an_identified_suspect() => Passes(WithOutcomes(Theft, Outcome(4)), "OUTCOME-003");

    [Fact]
    public void Outcome003_is_not_applicable_to_non_sanction_outcomes() =>
        NotApplicable(WithOutcomes(Theft, Outcome(8), Outcome(18)) with { Suspects = [] }, "OUTCOME-003");

    // OUTCOME-004

    [Theory]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(22)]
    public void Outcome004_fires_on_outcomes_not_open_to_a_rape(int type) =>
        Assert.Equal(Severity.Critical, Fires(WithOutcomes(Clean, Outcome(type)), "OUTCOME-004").Severity);

    [Fact]
    public void Outcome004_fires_on_a_caution_without_a_CPS_decision_and_passes_with_one()
    {
        Fires(WithOutcomes(Clean, Outcome(3)), "OUTCOME-004");
        Passes(WithOutcomes(Clean, Outcome(2) with { CpsDecisionRef = "CPS-1" }), "OUTCOME-004");
        Passes(WithOutcomes(Clean, Outcome(1)), "OUTCOME-004");
    }

    [Fact]
    public void Outcome004_is_not_applicable_when_the_current_classification_is_not_rape()
    {
        var downgraded = Clean with { ClassificationHistory = [.. Clean.ClassificationHistory, Change(2, "19C", "20A", ChangeType.ReclassifyDown)] };

        NotApplicable(WithOutcomes(downgraded, Outcome(8)), "OUTCOME-004");
        NotApplicable(WithOutcomes(Clean with { ClassificationHistory = [] }, Outcome(8)), "OUTCOME-004");
    }
}
