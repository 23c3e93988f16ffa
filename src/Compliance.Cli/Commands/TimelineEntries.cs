using System.Globalization;
using Compliance.Rules.Timelines;

namespace Compliance.Cli.Commands;

/// <summary>
/// The entries of one timeline of a pack (after its policy) as named values, with the field names a
/// pack or a policy writes them with, for <c>rules show --timelines</c>.
/// </summary>
internal static class TimelineEntries
{
    public static IEnumerable<IReadOnlyList<KeyValuePair<string, object?>>> Of(TimelineSet timelines, string name) => name switch
    {
        TimelineSet.CountingRulesName => timelines.CountingRules.Entries.Select(e => Fields(e,
            ("aliases", e.Aliases),
            ("recordingLimitHours", e.RecordingLimitHours),
            ("cancellationCodes", e.CancellationCodes),
            ("hasN100", e.HasN100 is { } known ? known : "unknown"),
            ("seriousGroups.accreditations", e.SeriousGroupAuthority.Accreditations),
            ("seriousGroups.roles", e.SeriousGroupAuthority.Roles),
            ("otherGroups.accreditations", e.OtherGroupAuthority.Accreditations),
            ("otherGroups.roles", e.OtherGroupAuthority.Roles))),
        TimelineSet.OutcomesName => timelines.Outcomes.Entries.Select(e => Fields(e,
            ("validOutcomeTypes", e.ValidOutcomeTypes),
            ("sanctionTypes", e.SanctionTypes),
            ("victimDecisionTypes", e.VictimDecisionTypes))),
        TimelineSet.VictimsCodeName => timelines.VictimsCode.Entries.Select(e => Fields(e,
            ("crimeReferenceWorkingDays", e.CrimeReferenceWorkingDays),
            ("decisionNoticeWorkingDays", e.DecisionNoticeWorkingDays),
            ("enhancedDecisionNoticeWorkingDays", e.EnhancedDecisionNoticeWorkingDays),
            ("coversUnrecordedReports", e.CoversUnrecordedReports))),
        TimelineSet.RightToReviewName => timelines.RightToReview.Entries.Select(e => Fields(e,
            ("available", e.Available),
            ("outcomes", e.Outcomes))),
        _ => [],
    };

    private static IReadOnlyList<KeyValuePair<string, object?>> Fields(ITimelineEntry entry, params (string Name, object? Value)[] values) =>
    [
        new("id", entry.Id),
        new("from", entry.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        .. values.Select(v => new KeyValuePair<string, object?>(v.Name, v.Value)),
        new("source", entry.Source),
    ];
}
