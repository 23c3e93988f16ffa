using Compliance.Rules.Calendar;
using Compliance.Rules.Records;

namespace Compliance.Synthetic.Tests;

/// <summary>
/// Every generated record of every scenario, practice and period uses only what the recording
/// rules allowed on the day of each decision. The dates and sets below are typed in from the
/// published changes (counting rules of April 2015 and April 2019, the outcomes framework of April
/// 2013 and April 2014, outcome 21 in 2016 and 22 in April 2019, the police right to review in April
/// 2015), not taken from the generator, so a generator that drifts from them fails here.
/// </summary>
public sealed class PeriodFaithfulnessTests
{
    private static readonly DateOnly April2013 = new(2013, 4, 1);
    private static readonly DateOnly April2014 = new(2014, 4, 1);
    private static readonly DateOnly April2015 = new(2015, 4, 1);
    private static readonly DateOnly January2016 = new(2016, 1, 1);
    private static readonly DateOnly April2019 = new(2019, 4, 1);

    private static readonly HashSet<string> SeriousNumbers = ["19", "17", "20", "22", "88", "8", "105", "4.1", "37.1", "34"];

    public static TheoryData<string, string, string?> Runs()
    {
        var data = new TheoryData<string, string, string?>();
        (string From, string To)[] periods =
        [
            ("2008-04-01", "2009-12-31"), ("2012-10-01", "2013-09-30"), ("2014-01-01", "2015-12-31"),
            ("2015-10-01", "2016-06-30"), ("2018-10-01", "2019-09-30"), ("2025-01-01", "2025-12-31"),
        ];
        foreach (var (from, to) in periods)
        {
            foreach (var practice in new string?[] { null, "sapphire", "displacement", "record-all" })
            {
                data.Add(from, to, practice);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void Every_record_uses_only_what_the_rules_of_its_dates_allowed(string from, string to, string? practice)
    {
        var options = Options(from, to, practice);
        var problems = new List<string>();
        var seen = new Seen();
        foreach (var record in SyntheticRecords.Generate(options))
        {
            problems.AddRange(Check(record, seen));
        }

        Assert.Empty(problems.Take(20));

        // Not vacuous: every run closes crimes with outcomes, cancels some, leaves some rape
        // reports unrecorded, and authorises cancellations.
        Assert.True(seen.Outcomes > 50, $"only {seen.Outcomes} outcomes");
        Assert.True(seen.Cancellations > 20, $"only {seen.Cancellations} cancellations");
        Assert.True(seen.UnrecordedRapeReports > 5, $"only {seen.UnrecordedRapeReports} unrecorded rape reports");
    }

    [Fact]
    public void A_2008_09_force_closes_crimes_as_detected_or_undetected_and_leaves_unrecorded_rape_reports_as_incidents()
    {
        var records = SyntheticRecords.Generate(Options("2008-04-01", "2009-12-31", "sapphire")).ToList();
        var recorded = records.Where(r => r.RecordingDecision?.Outcome == RecordingOutcome.CrimeRecorded && r.Cancellation is null).ToList();
        var outcomeTypes = recorded.SelectMany(r => r.Outcomes).Select(o => o.OutcomeType).ToHashSet();
        var unrecordedRape = records.Where(r => IsRapeAllegation(r) && r.RecordingDecision?.Outcome is not (RecordingOutcome.CrimeRecorded or null)).ToList();

        Assert.Subset(new HashSet<int> { 1, 2, 3, 4, 5, 6, 7, 9 }, outcomeTypes);
        Assert.Contains(1, outcomeTypes);
        Assert.True(recorded.Count(r => r.Outcomes.Count == 0) > 100, "undetected crimes carry no outcome");
        Assert.NotEmpty(unrecordedRape);
        Assert.All(unrecordedRape, r => Assert.Contains(r.RecordingDecision!.Outcome, new RecordingOutcome?[] { RecordingOutcome.CrimeRelatedIncident, RecordingOutcome.Transferred }));
        Assert.DoesNotContain(records, r => r.Notifications.Any(n => n.Type == NotificationType.VrrInformation));
    }

    [Fact]
    public void A_2025_force_uses_todays_vocabulary()
    {
        var records = SyntheticRecords.Generate(Options("2025-01-01", "2025-12-31", "sapphire")).ToList();
        var outcomeTypes = records.SelectMany(r => r.Outcomes).Select(o => o.OutcomeType).ToHashSet();

        Assert.Superset(new HashSet<int> { 1, 14, 15, 16, 18, 21, 22 }, outcomeTypes);
        Assert.Contains(records, r => r.RecordingDecision?.Outcome == RecordingOutcome.N100);
        Assert.Contains(records, r => r.Notifications.Any(n => n.Type == NotificationType.VrrInformation));
        Assert.DoesNotContain(records, r => IsRapeAllegation(r) && r.RecordingDecision?.Outcome == RecordingOutcome.CrimeRelatedIncident);
    }

    [Fact]
    public void Before_April_2015_a_cancellation_may_rest_on_the_authorisers_role_and_after_it_never_does()
    {
        var before = SyntheticRecords.Generate(Options("2008-04-01", "2009-12-31", null)).ToList();
        var after = SyntheticRecords.Generate(Options("2025-01-01", "2025-12-31", null)).ToList();

        Assert.Contains(before, r => r.Cancellation is { } c && Authoriser(r) is { } a && IsSerious(r) && !HoldsAny(a, c.AuthorisedAt!.Value, AccreditationType.Fcr, AccreditationType.Dfcr, AccreditationType.Ddm));
        Assert.All(after.Where(r => r.Cancellation is not null && IsSerious(r)), r =>
            Assert.True(HoldsAny(Authoriser(r)!, r.Cancellation!.AuthorisedAt!.Value, AccreditationType.Fcr, AccreditationType.Dfcr, AccreditationType.Ddm), r.CrimeRecordId));
    }

    internal static GeneratorOptions Options(string from, string to, string? practice) => new()
    {
        Records = 2_500,
        Seed = 11,
        Scenario = GeneratorScenario.Baseline,
        From = DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
        To = DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture),
        Practice = practice switch
        {
            "sapphire" => UnitPractice.Sapphire,
            "displacement" => UnitPractice.Displacement,
            "record-all" => UnitPractice.RecordAll,
            _ => null,
        },
        RapeReportsPerMonth = 8,
    };

    private static IEnumerable<string> Check(CrimeRecord record, Seen seen)
    {
        var id = record.CrimeRecordId;
        var reported = London(record.Incident.ReportReceivedAt);

        foreach (var outcome in record.Outcomes)
        {
            seen.Outcomes++;
            var day = London(outcome.AssignedAt);
            if (!OutcomeExisted(outcome.OutcomeType, day))
            {
                yield return $"{id}: outcome {outcome.OutcomeType} assigned {day} did not exist then";
            }
        }

        var recording = record.RecordingDecision?.Outcome;
        if ((recording == RecordingOutcome.N100 || record.ClassificationHistory.Any(e => e.HomeOfficeCode == "N100")) && reported < April2015)
        {
            yield return $"{id}: N100 on a report of {reported}, before it is known to exist";
        }

        if (IsRapeAllegation(record) && recording is not (RecordingOutcome.CrimeRecorded or null))
        {
            seen.UnrecordedRapeReports++;
            if (reported < April2015 && recording is not (RecordingOutcome.CrimeRelatedIncident or RecordingOutcome.Transferred))
            {
                yield return $"{id}: an unrecorded rape report of {reported} ends as {recording}, not a crime-related incident";
            }
        }

        foreach (var notice in record.Notifications.Where(n => n.Type == NotificationType.VrrInformation))
        {
            if (notice.SentAt is not { } sent || London(sent) < April2015)
            {
                yield return $"{id}: right-to-review information sent {notice.SentAt} before the right existed";
            }

            if (!record.Outcomes.Any(o => London(o.AssignedAt) >= April2015))
            {
                yield return $"{id}: right-to-review information for an outcome assigned before the right existed";
            }
        }

        if (record.Cancellation is { } cancellation)
        {
            seen.Cancellations++;
            var governing = cancellation.RequestedAt ?? cancellation.AuthorisedAt ?? record.Incident.ReportReceivedAt;
            var codes = London(governing) >= April2019
                ? new CancellationCode?[] { CancellationCode.C1, CancellationCode.C2, CancellationCode.C3, CancellationCode.C4, CancellationCode.C5 }
                : [CancellationCode.C1, CancellationCode.C2, CancellationCode.C3, CancellationCode.C4];
            if (!codes.Contains(cancellation.Code))
            {
                yield return $"{id}: cancellation code {cancellation.Code} at {London(governing)} did not exist then";
            }

            if (cancellation.AuthorisedAt is not { } authorisedAt || Authoriser(record) is not { } authoriser)
            {
                yield return $"{id}: cancellation without an authoriser";
            }
            else if (!HadAuthority(authoriser, authorisedAt, IsSerious(record)))
            {
                yield return $"{id}: {authoriser.OfficerRef} ({authoriser.Role}) had no authority to cancel on {London(authorisedAt)}";
            }
        }

        foreach (var officer in record.Officers)
        {
            foreach (var accreditation in officer.Accreditations.Where(a => a.Type is AccreditationType.Fcr or AccreditationType.Dfcr))
            {
                if (accreditation.ValidFrom < April2015)
                {
                    yield return $"{id}: {officer.OfficerRef} holds a registrar accreditation from {accreditation.ValidFrom}, before accreditation replaced the role";
                }
            }
        }
    }

    /// <summary>Detections before April 2013; outcomes 1–13 from then; 1–20 from April 2014; 21 from 2016; 22 from April 2019.</summary>
    private static bool OutcomeExisted(int type, DateOnly day) => type == 0 || (day < April2013
        ? type is 1 or 2 or 3 or 4 or 5 or 6 or 7 or 9
        : day < April2014 ? type is >= 1 and <= 13
        : type is >= 1 and <= 20 || (type == 21 && day >= January2016) || (type == 22 && day >= April2019));

    /// <summary>
    /// Serious groups: a valid FCR, DFCR or DDM accreditation, or before April 2015 the role of
    /// registrar or decision maker; other groups also a supervisor. An accreditation is valid on
    /// the days from <c>validFrom</c> to <c>validTo</c> inclusive.
    /// </summary>
    private static bool HadAuthority(Officer authoriser, DateTimeOffset at, bool serious)
    {
        if (HoldsAny(authoriser, at, AccreditationType.Fcr, AccreditationType.Dfcr, AccreditationType.Ddm))
        {
            return true;
        }

        if (London(at) < April2015 && authoriser.Role is OfficerRole.CrimeRegistrar or OfficerRole.DecisionMaker)
        {
            return true;
        }

        return !serious && authoriser.Role == OfficerRole.Supervisor;
    }

    private static bool HoldsAny(Officer officer, DateTimeOffset at, params AccreditationType[] types)
    {
        var day = London(at);
        return officer.Accreditations.Any(a => types.Contains(a.Type) && a.ValidFrom <= day && (a.ValidTo is null || day <= a.ValidTo));
    }

    private static Officer? Authoriser(CrimeRecord record) =>
        record.Officers.FirstOrDefault(o => o.OfficerRef == record.Cancellation?.AuthorisedByOfficerRef);

    private static bool IsSerious(CrimeRecord record) =>
        record.ClassificationHistory.Count > 0 && SeriousNumbers.Contains(NumberPart(record.ClassificationHistory[^1].HomeOfficeCode));

    private static bool IsRapeAllegation(CrimeRecord record) => record.Incident.AllegationType is AllegationType.Rape or AllegationType.AttemptedRape;

    private static DateOnly London(DateTimeOffset at) => WorkingDayCalendar.LondonDate(at);

    private static string NumberPart(string code) => new(code.TakeWhile(c => char.IsAsciiDigit(c) || c == '.').ToArray());

    private sealed class Seen
    {
        public int Outcomes { get; set; }

        public int Cancellations { get; set; }

        public int UnrecordedRapeReports { get; set; }
    }
}
