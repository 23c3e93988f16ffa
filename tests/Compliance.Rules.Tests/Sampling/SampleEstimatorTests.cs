using Compliance.Rules.Sampling;
using static Compliance.Rules.Tests.Sampling.Samples;

namespace Compliance.Rules.Tests.Sampling;

public sealed class SampleEstimatorTests
{
    [Fact]
    public void The_final_verdict_counts_over_a_later_one()
    {
        var report = SampleEstimator.Estimate(TwoStrata(true), [Verdict("record:A-1", false, "R1", day: 10, final: true), Verdict("record:A-1", true, "R2", day: 12)]);

        Assert.Equal(1, report.Strata[0].Incorrect);
    }

    [Fact]
    public void Without_a_final_verdict_the_latest_counts()
    {
        var report = SampleEstimator.Estimate(TwoStrata(true), [Verdict("record:A-1", false, "R1", day: 12), Verdict("record:A-1", true, "R2", day: 10)]);

        Assert.Equal(1, report.Strata[0].Incorrect);
        Assert.Equal(1, report.Strata[0].Reviewed);
        Assert.Equal(4, report.NotYetReviewed);
    }

    [Fact]
    public void Two_final_verdicts_on_one_item_are_an_error()
    {
        var e = Assert.Throws<SamplingException>(() => SampleEstimator.Estimate(TwoStrata(true), [Verdict("record:A-1", false, final: true), Verdict("record:A-1", true, "R2", final: true)]));

        Assert.Contains(e.Problems, p => p.Path == "final");
    }

    [Fact]
    public void A_verdict_for_an_item_not_drawn_or_another_plan_is_an_error()
    {
        var e = Assert.Throws<SamplingException>(() => SampleEstimator.Estimate(TwoStrata(true), [Verdict("record:Z-9", true), Verdict("record:A-1", true) with { PlanId = "Q" }]));

        Assert.Contains(e.Problems, p => p.Path == "itemKey" && p.Message.Contains("record:Z-9", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Path == "planId");
    }

    [Fact]
    public void The_combined_rate_is_null_until_every_stratum_has_a_review()
    {
        var report = SampleEstimator.Estimate(TwoStrata(true), [Verdict("record:A-1", false)]);

        Assert.Null(report.Combined[0].Estimate.Estimate);
        Assert.Equal(EstimateCodes.StratumNotReviewed, report.Combined[0].Estimate.Reason);
    }

    [Fact]
    public void Rules_are_scored_against_their_own_verdict_field()
    {
        // A-1 wrong and victim not informed, A-2 right, B-1 wrong, B-2 right (victim informed on all but A-1).
        var report = SampleEstimator.Estimate(TwoStrata(true),
        [
            Verdict("record:A-1", true, victimInformed: false),
            Verdict("record:A-2", false, victimInformed: true),
            Verdict("record:A-3", true, victimInformed: true),
            Verdict("record:B-1", false, victimInformed: true),
            Verdict("record:B-2", true, victimInformed: true),
        ]);
        var rules = report.Rules.ToDictionary(r => r.RuleId);

        // CANCEL-002 (decisionCorrect) fired on A-1 (right), A-2 (wrong), B-1 (wrong): 2 of 3 confirmed; both wrong items found.
        Assert.Equal((3L, 2L), (rules["CANCEL-002"].Fired, rules["CANCEL-002"].FiredConfirmed));
        Assert.Equal(2.0 / 3, rules["CANCEL-002"].PrecisionInSample!.Estimate!.Value, 12);
        Assert.Equal(1, rules["CANCEL-002"].RecallInSample!.Estimate!.Value, 12);

        // CANCEL-008 (victimInformed) fired on A-1, whose victim was not informed — confirmed, though the decision was right.
        Assert.Equal(RuleJudgement.VictimInformed, rules["CANCEL-008"].JudgedBy);
        Assert.Equal((1L, 1L), (rules["CANCEL-008"].Fired, rules["CANCEL-008"].FiredConfirmed));

        // Weighted precision of CANCEL-002: stratum a (N 40): fired 2, confirmed 1; stratum b (N 400): fired 1 of 2, confirmed 1.
        // R̂ = (40·1/3 + 400·1/2)/(40·2/3 + 400·1/2) = 213.33/226.67 = 0.941176.
        Assert.Equal(0.941176, rules["CANCEL-002"].Precision!.Estimate!.Value, 6);
    }

    [Fact]
    public void Rule_precision_uses_blind_verdicts_only()
    {
        var report = SampleEstimator.Estimate(TwoStrata(true),
        [
            Verdict("record:A-1", false, blind: false),
            Verdict("record:A-2", false, blind: false),
            Verdict("record:B-1", true),
        ]);
        var rule = report.Rules.Single(r => r.RuleId == "CANCEL-002");

        Assert.Equal((1L, 0L), (rule.Fired, rule.FiredConfirmed));
    }

    [Fact]
    public void A_sample_that_showed_findings_scores_no_rule()
    {
        var report = SampleEstimator.Estimate(TwoStrata(false), [Verdict("record:A-1", false), Verdict("record:B-1", false)]);

        Assert.All(report.Rules, r => Assert.Equal(0, r.Fired));
        Assert.False(report.Blind);
    }

    [Fact]
    public void Agreement_uses_each_reviewers_earliest_non_final_verdict()
    {
        var report = SampleEstimator.Estimate(TwoStrata(true),
        [
            Verdict("record:A-1", true, "R1", day: 10),
            Verdict("record:A-1", false, "R1", day: 11),
            Verdict("record:A-1", true, "R2", day: 10),
            Verdict("record:A-1", false, "FCR", day: 20, final: true),
        ]);

        Assert.Equal(1, report.Agreement!.Items);
        Assert.Equal(2, report.Agreement.Reviewers);
        Assert.Equal(1, report.Agreement.ObservedAgreement);
    }

    [Fact]
    public void Remedy_counts_incorrect_items_with_an_action_other_than_none()
    {
        var report = SampleEstimator.Estimate(TwoStrata(true),
        [
            Verdict("record:A-1", false, remedy: "REINSTATED"),
            Verdict("record:A-2", false, remedy: "NONE"),
            Verdict("record:B-1", false),
            Verdict("record:B-2", true),
        ]);

        Assert.Equal(new RemedyCount(3, 1), report.Remedy);
    }

    [Fact]
    public void Unrecorded_crimes_per_year_follow_from_the_recording_rate()
    {
        // A census of 200 incidents with one crime each, 179 recorded: R̂ = 0.895;
        // U = 805 500·(1/0.895 − 1) = 805 500·21/179 = 94 500.
        var verdicts = Enumerable.Range(1, 200).Select(i => new Verdict(
            "I", $"incident:I-{i}", "R1", new DateTimeOffset(2026, 1, 10, 9, 0, 0, TimeSpan.Zero), i <= 179, i <= 179 ? [] : ["NOT_RECORDED"], null, 1, i <= 179 ? 1 : 0, i <= 179 ? 1 : 0, false, null, null, null, "v.jsonl", i));

        var recording = SampleEstimator.Estimate(Samples.Incidents(), verdicts, annualRecorded: 805_500).Recording!;

        Assert.Equal(0.895, recording.Rate.Estimate!.Value, 12);
        Assert.Equal(94_500, recording.UnrecordedPerYear!.Value, 6);
    }
}
