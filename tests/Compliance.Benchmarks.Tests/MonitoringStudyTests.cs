using Compliance.Monitoring.Study;

namespace Compliance.Benchmarks.Tests;

/// <summary>
/// A small version of the monitoring pre-study (20 seeds, not the 200 of the documented run, and seeds
/// below 10 000, which the documented run does not use): the detectors must still find a practice as
/// fast as the acceptance bounds ask.
/// </summary>
public sealed class MonitoringStudyTests
{
    [Fact]
    public void A_Sapphire_like_practice_is_alerted_within_the_delay_bounds()
    {
        var scenario = new StudyScenario("sapphire", StudyScenario.Sapphire, Peers: 4, Months: 30, OnsetMonth: 18);

        var summary = StudySummary.Of([.. Enumerable.Range(1, 20).AsParallel().Select(seed => DetectorStudy.Run(scenario, seed))]);

        Assert.Equal(20, summary.Detected);
        Assert.True(summary.MedianDelayWeeks <= 10, summary.ToString());
        Assert.True(summary.P90DelayWeeks <= 20, summary.ToString());
        Assert.True(summary.OnsetWithin45Days >= 0.7, summary.ToString());
    }

    // The onset estimate is what moved the pre-study's onset figure from 52% to the bound: the same
    // alarms with the last-zero rule stay below it on these seeds, so this test fails if the
    // change-point estimate is lost.
    [Fact]
    public void The_change_point_onset_beats_the_last_zero_onset()
    {
        var scenario = new StudyScenario("sapphire", StudyScenario.Sapphire, Peers: 4, Months: 30, OnsetMonth: 18);

        var changePoint = StudySummary.Of([.. Enumerable.Range(1, 20).AsParallel().Select(seed => DetectorStudy.Run(scenario, seed))]);
        var lastZero = StudySummary.Of([.. Enumerable.Range(1, 20).AsParallel().Select(seed => DetectorStudy.Run(scenario, seed, StudyVariant.Literal))]);

        Assert.Equal(changePoint.MedianDelayWeeks, lastZero.MedianDelayWeeks);
        Assert.True(changePoint.OnsetWithin45Days > lastZero.OnsetWithin45Days, $"{changePoint} | {lastZero}");
        Assert.True(changePoint.MedianOnsetErrorDays < lastZero.MedianOnsetErrorDays, $"{changePoint} | {lastZero}");
    }

    [Fact]
    public void Displacement_is_alerted_by_rape_attrition_within_the_delay_bounds()
    {
        var scenario = new StudyScenario("displacement", StudyScenario.Displacement, Peers: 4, Months: 30, OnsetMonth: 18);

        var summary = StudySummary.Of([.. Enumerable.Range(1, 20).AsParallel().Select(seed => DetectorStudy.Run(scenario, seed))]);

        Assert.True(summary.MedianAttritionDelayWeeks <= 10, summary.ToString());
        Assert.True(summary.P90AttritionDelayWeeks <= 20, summary.ToString());
        Assert.True(summary.OnsetWithin45Days >= 0.7, summary.ToString());
    }

    // Without a practice every alert is false: over 20 seeds of 4 years and 5 units (400 unit-years) the
    // rate must stay within twice the bound of one per unit per five unit-years (the documented run of
    // 200 seeds gives the figure itself; with thresholds that take the baseline as exact it is above
    // the bound, see docs/early-warning.md).
    [Fact]
    public void Baseline_only_data_raises_few_false_alerts()
    {
        var scenario = new StudyScenario("baseline", StudyScenario.Sapphire, Peers: 4, Months: 48, OnsetMonth: null);

        var summary = StudySummary.Of([.. Enumerable.Range(1, 20).AsParallel().Select(seed => DetectorStudy.Run(scenario, seed))]);

        Assert.True(summary.FalseAlertsPerFiveUnitYears <= 2, summary.ToString());
    }
}
