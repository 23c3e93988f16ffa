using System.Text;
using Compliance.Rules.Packs;
using Compliance.Rules.Records;
using Compliance.Rules.Timelines;

namespace Compliance.Synthetic.Tests;

/// <summary>
/// Every generated record of every scenario and period, checked against the rule pack's built-in
/// timelines (the generator keeps a small table of its own, so this is a comparison of two
/// independent statements of the same history): each decision uses only what the timeline entry
/// in force at its governing instant holds, and nothing an entry introduces is used before that
/// entry's date.
/// </summary>
public sealed class TimelineConformanceTests
{
    private static readonly TimelineSet Timelines = RulePack.LoadBuiltIn().Timelines;

    private static readonly HashSet<string> SeriousNumbers = ["19", "17", "20", "22", "88", "8", "105", "4.1", "37.1", "34"];

    /// <summary>When each thing the timelines introduce came into being (the earliest entry that introduces it).</summary>
    private static readonly Dictionary<string, DateOnly> Introduced = IntroducedDates();

    public static TheoryData<string, string, string?> Runs() => PeriodFaithfulnessTests.Runs();

    [Theory]
    [MemberData(nameof(Runs))]
    public void Every_record_agrees_with_the_built_in_timelines(string from, string to, string? practice)
    {
        var options = PeriodFaithfulnessTests.Options(from, to, practice);
        var problems = new List<string>();
        var uses = 0;
        foreach (var record in SyntheticRecords.Generate(options))
        {
            foreach (var (item, at) in Uses(record))
            {
                uses++;
                if (Introduced.TryGetValue(item, out var since) && London(at) < since)
                {
                    problems.Add($"{record.CrimeRecordId}: {item} used on {London(at)}, introduced {since}");
                }
            }

            problems.AddRange(Check(record));
        }

        Assert.True(uses > 1_000, $"only {uses} uses checked");
        Assert.Empty(problems.Take(20));
    }

    /// <summary>
    /// What a record uses, with the instant it is used at. A crime-reference notice is left out: the
    /// Victims' Code entitlement to one came later, but telling a victim the crime reference was
    /// always lawful, so a notice before the entitlement is faithful data.
    /// </summary>
    private static IEnumerable<(string Item, DateTimeOffset At)> Uses(CrimeRecord record)
    {
        foreach (var outcome in record.Outcomes.Where(o => o.OutcomeType != 0))
        {
            yield return ("outcomeType:" + outcome.OutcomeType.ToString(System.Globalization.CultureInfo.InvariantCulture), outcome.AssignedAt);
        }

        if (record.RecordingDecision?.Outcome is { } recording)
        {
            yield return ("recordingOutcome:" + Snake(recording.ToString()), record.Incident.ReportReceivedAt);
        }

        if (record.Cancellation is { Code: { } code } c)
        {
            yield return ("cancellationCode:" + code, c.RequestedAt ?? c.AuthorisedAt ?? record.Incident.ReportReceivedAt);
        }

        foreach (var notice in record.Notifications.Where(n => n.SentAt is not null && n.Type != NotificationType.CrimeReference))
        {
            yield return ("notificationType:" + Snake(notice.Type.ToString()), notice.SentAt!.Value);
        }

        foreach (var officer in record.Officers)
        {
            foreach (var accreditation in officer.Accreditations)
            {
                yield return ("accreditation:" + accreditation.Type.ToString().ToUpperInvariant(), new DateTimeOffset(accreditation.ValidFrom.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
            }
        }
    }

    private static IEnumerable<string> Check(CrimeRecord record)
    {
        var id = record.CrimeRecordId;
        foreach (var outcome in record.Outcomes)
        {
            if (Timelines.Outcomes.At(outcome.AssignedAt) is not { } entry || !entry.ValidOutcomeTypes.Contains(outcome.OutcomeType))
            {
                yield return $"{id}: outcome {outcome.OutcomeType} not valid in the outcomes entry at {outcome.AssignedAt:O}";
            }
        }

        if (record.RecordingDecision?.Outcome == RecordingOutcome.N100 && Timelines.CountingRules.At(record.Incident.ReportReceivedAt)?.HasN100 != true)
        {
            yield return $"{id}: N100 where the counting rules at the report do not have it";
        }

        foreach (var notice in record.Notifications.Where(n => n.Type == NotificationType.VrrInformation))
        {
            if (Timelines.RightToReview.At(notice.SentAt!.Value) is not { Available: true })
            {
                yield return $"{id}: right-to-review information sent {notice.SentAt:O}, before the right";
            }
        }

        if (record.Cancellation is { } c)
        {
            var governing = c.RequestedAt ?? c.AuthorisedAt ?? record.Incident.ReportReceivedAt;
            if (Timelines.CountingRules.At(governing) is not { } rules || c.Code is not { } code || !rules.CancellationCodes.Contains(code))
            {
                yield return $"{id}: cancellation code {c.Code} not in the counting rules at {governing:O}";
            }

            var authoriser = record.Officers.FirstOrDefault(o => o.OfficerRef == c.AuthorisedByOfficerRef);
            var at = c.AuthorisedAt;
            var authority = at is null ? null : Timelines.CountingRules.At(at.Value) is { } inForce ? (IsSerious(record) ? inForce.SeriousGroupAuthority : inForce.OtherGroupAuthority) : null;
            if (authoriser is null || authority is null || !HasAuthority(authoriser, at!.Value, authority))
            {
                yield return $"{id}: cancellation authorised by {c.AuthorisedByOfficerRef} ({authoriser?.Role}) without the authority in force at {at:O}";
            }
        }
    }

    private static bool HasAuthority(Officer officer, DateTimeOffset at, CancellationAuthority authority)
    {
        var day = London(at);
        return (officer.Role is { } role && authority.Roles.Contains(role))
            || officer.Accreditations.Any(a => authority.Accreditations.Contains(a.Type) && a.ValidFrom <= day && (a.ValidTo is null || day <= a.ValidTo));
    }

    private static Dictionary<string, DateOnly> IntroducedDates()
    {
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        IEnumerable<ITimelineEntry> entries = [.. Timelines.CountingRules.Entries, .. Timelines.Outcomes.Entries, .. Timelines.VictimsCode.Entries, .. Timelines.RightToReview.Entries];
        foreach (var entry in entries)
        {
            foreach (var item in entry.Introduces)
            {
                dates[item] = dates.TryGetValue(item, out var known) && known < entry.From ? known : entry.From;
            }
        }

        return dates;
    }

    private static bool IsSerious(CrimeRecord record) =>
        record.ClassificationHistory.Count > 0 && SeriousNumbers.Contains(new string(record.ClassificationHistory[^1].HomeOfficeCode.TakeWhile(ch => char.IsAsciiDigit(ch) || ch == '.').ToArray()));

    private static string Snake(string pascal)
    {
        var text = new StringBuilder();
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]) && !char.IsUpper(pascal[i - 1]))
            {
                text.Append('_');
            }

            text.Append(char.ToUpperInvariant(pascal[i]));
        }

        return text.ToString();
    }

    private static DateOnly London(DateTimeOffset at) => Rules.Calendar.WorkingDayCalendar.LondonDate(at);
}
