using Compliance.Rules.Auditing.Monitoring;

namespace Compliance.Monitoring.Study;

/// <summary>A detector set-up the pre-study compares: the library's settings with some changed.</summary>
/// <param name="Name">What it is.</param>
/// <param name="Configure">Changes the settings of a run.</param>
public sealed record StudyVariant(string Name, Func<MonitorSettings, MonitorSettings> Configure)
{
    /// <summary>The library's defaults (what the built-in pack gives).</summary>
    public static StudyVariant Defaults { get; } = new("library defaults", s => s);

    /// <summary>The contract read literally: onset after the last zero, thresholds as if the baseline were exact.</summary>
    public static StudyVariant Literal { get; } = new("literal: last zero, exact-baseline thresholds", s => s with { Onset = OnsetRule.LastZero, AllowForBaselineError = false });

    /// <summary>The candidates, the literal reading first.</summary>
    public static IReadOnlyList<StudyVariant> Candidates { get; } =
    [
        Literal,
        new("onset: after S last at or below h/2", s => s with { Onset = OnsetRule.HalfThreshold, AllowForBaselineError = false }),
        new("onset: change-point MLE", s => s with { Onset = OnsetRule.ChangePoint, AllowForBaselineError = false }),
        new("change-point MLE + monitorArlYears 35", s => s with { Onset = OnsetRule.ChangePoint, AllowForBaselineError = false, ArlYears = 35 }),
        new("change-point MLE + thresholds allow for baseline error", s => s with { Onset = OnsetRule.ChangePoint, AllowForBaselineError = true }),
    ];
}
