using Compliance.Monitoring.Acceptance;

namespace Compliance.Benchmarks.Tests;

/// <summary>
/// A few seeds of the end-to-end acceptance (generator → <c>compliance audit</c> → alerts against the
/// truth), on seeds below 10 000 that the documented 200-seed run does not use. The detector-alone
/// study cannot see what the generated forces' small peer groups do to the thresholds (a threshold
/// allowing for the baseline's error passed it and missed the delay bound here on every seed), so this
/// keeps the implementation itself within the bounds in CI.
/// </summary>
public sealed class MonitoringAcceptanceTests : IDisposable
{
    private const double PeriodYears = 2;

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("monitoring-acceptance-test-");

    public void Dispose() => _work.Delete(recursive: true);

    private SeedOutcome[] Run(string practice, params int[] seeds) => [.. seeds.Select(seed => SeedRun.Run(practice, seed, 6000, _work.FullName))];

    [Fact]
    public void Displacement_is_alerted_by_rape_attrition_within_the_delay_bounds_end_to_end()
    {
        var summary = AcceptanceSummary.Of("displacement", Run("displacement", 1, 2, 3), PeriodYears);

        Assert.Equal(3, summary.SeedsWithAttritionAlert);
        Assert.True(summary.MedianAttritionDelayWeeks <= 10, summary.ToString());
        Assert.True(summary.P90AttritionDelayWeeks <= 20, summary.ToString());
        Assert.True(summary.OnsetWithin45Days >= 2 / 3.0, summary.ToString());
    }

    [Fact]
    public void A_unit_that_records_everything_raises_no_rape_attrition_alert_end_to_end()
    {
        var summary = AcceptanceSummary.Of("record-all", Run("record-all", 1, 2), PeriodYears);

        Assert.Equal(0, summary.AttritionAlertsOnUnit);

        // Not vacuous: the detectors do see the unit change (its lawful cancellations rise).
        Assert.NotEqual(0, summary.Detected);
    }
}
