using System.Text;
using System.Text.Json;
using Compliance.Rules.Records;

namespace Compliance.Synthetic.Tests;

/// <summary>
/// Practices start and stop where they are told, the practising unit gets the rape reports a month
/// it is given, and the generator's truth stays out of the records. Everything is read back from the
/// records themselves, by the definitions of the recording rules, not from the generator's internals.
/// </summary>
public sealed class PracticeTests
{
    private const string Unit = SyntheticRecords.SapphireUnitId;

    private static readonly DateOnly PracticeFrom = new(2009, 1, 1);
    private static readonly DateOnly PracticeTo = new(2009, 12, 31);

    private static readonly HashSet<AviType> Verifiable =
    [
        AviType.Cctv, AviType.CommunicationsData, AviType.LocationData, AviType.Forensic,
        AviType.Medical, AviType.IndependentWitness, AviType.Documentary,
    ];

    [Fact]
    public void Sapphire_practice_shows_only_on_reports_received_inside_its_range()
    {
        var (inside, outside) = Split(Generate(UnitPractice.Sapphire));

        Assert.True(outside.Count > 300 && inside.Count > 300, $"{outside.Count} outside, {inside.Count} inside");
        Assert.DoesNotContain(outside, SapphireSign);
        Assert.InRange(inside.Count(SapphireSign) / (double)inside.Count, 0.6, 0.95);
    }

    [Fact]
    public void Displacement_leaves_unrecorded_about_as_many_rape_reports_as_Sapphire_cancels_and_only_inside_its_range()
    {
        var (inside, outside) = Split(Generate(UnitPractice.Displacement));
        var (sapphireInside, _) = Split(Generate(UnitPractice.Sapphire));

        var unrecordedInside = Share(inside.Where(IsRapeReport), IsUnrecordedWithoutTransfer);
        var unrecordedOutside = Share(outside.Where(IsRapeReport), IsUnrecordedWithoutTransfer);
        var sapphireCancelled = Share(sapphireInside.Where(r => IsRapeReport(r) && r.RecordingDecision?.Outcome == RecordingOutcome.CrimeRecorded), r => r.Cancellation is not null);

        // Compliant units leave about 6% unrecorded (unconfirmed third-party reports, contrary
        // evidence); the displacing unit leaves that plus the share Sapphire cancels.
        Assert.InRange(unrecordedOutside, 0.0, 0.12);
        Assert.InRange(unrecordedInside, 0.3, 0.5);
        Assert.InRange(sapphireCancelled, 0.28, 0.48);
        Assert.DoesNotContain(inside, SapphireSign);
    }

    [Fact]
    public void Record_all_records_every_rape_report_and_cancels_only_on_lawful_grounds()
    {
        var (inside, outside) = Split(Generate(UnitPractice.RecordAll));
        var rapeInside = inside.Where(IsRapeReport).ToList();
        var rapeOutside = outside.Where(IsRapeReport).ToList();

        Assert.True(rapeInside.Count > 100, $"only {rapeInside.Count} rape reports inside");
        Assert.All(rapeInside, r => Assert.Equal(RecordingOutcome.CrimeRecorded, r.RecordingDecision?.Outcome));
        Assert.Contains(rapeOutside, IsUnrecordedWithoutTransfer);
        Assert.All(inside.Where(r => r.Cancellation is not null), r => Assert.True(IsLawful(r), r.CrimeRecordId));
        Assert.True(
            Share(rapeInside, r => r.Cancellation is not null) > 1.5 * Share(rapeOutside.Where(r => r.RecordingDecision?.Outcome == RecordingOutcome.CrimeRecorded), r => r.Cancellation is not null),
            "record-all cancels more than the unit did before");
    }

    [Theory]
    [InlineData(15.0)]
    [InlineData(6.0)]
    public void The_practising_unit_receives_the_rape_reports_a_month_it_is_given(double perMonth)
    {
        var records = SyntheticRecords.Generate(new GeneratorOptions
        {
            Records = 20_000, Seed = 3, From = new(2010, 1, 1), To = new(2012, 12, 31),
            Practice = UnitPractice.Sapphire, RapeReportsPerMonth = perMonth,
        });

        var rapeReports = records.Count(r => r.OwningUnit!.UnitId == Unit && IsRapeReport(r));

        // 36 months; a Poisson count of 36 × 15 = 540 has a standard deviation of about 23.
        Assert.InRange(rapeReports / 36.0, perMonth * 0.85, perMonth * 1.15);
    }

    [Fact]
    public void Too_few_records_for_the_rape_reports_asked_is_refused_and_too_few_for_the_default_is_not()
    {
        var asked = new GeneratorOptions { Records = 200, Seed = 1, Practice = UnitPractice.Sapphire, RapeReportsPerMonth = 15 };
        var defaulted = asked with { RapeReportsPerMonth = null };

        var problem = SyntheticRecords.Validate(asked);

        Assert.NotNull(problem);
        Assert.Contains("--records 200", problem, StringComparison.Ordinal);
        Assert.Null(SyntheticRecords.Validate(defaulted));
        Assert.InRange(SyntheticRecords.Generate(defaulted).Count(r => r.OwningUnit!.UnitId == Unit), 60, 140);
    }

    [Theory]
    [InlineData("2009-01-01", "2008-12-31", null, null, "--to")]
    [InlineData("2009-01-01", "2009-12-31", "2009-06-01", "2009-05-31", "--practice-to")]
    [InlineData("2009-01-01", "2009-12-31", "2010-01-01", "2010-03-31", "outside the period")]
    public void Inconsistent_dates_are_refused_with_the_option_named(string from, string to, string? practiceFrom, string? practiceTo, string named)
    {
        var options = new GeneratorOptions
        {
            Records = 5_000, Seed = 1, From = DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            To = DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), Practice = UnitPractice.Sapphire,
            PracticeFrom = practiceFrom is null ? null : DateOnly.Parse(practiceFrom, System.Globalization.CultureInfo.InvariantCulture),
            PracticeTo = practiceTo is null ? null : DateOnly.Parse(practiceTo, System.Globalization.CultureInfo.InvariantCulture),
        };

        Assert.Contains(named, SyntheticRecords.Validate(options), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => SyntheticRecords.Generate(options));
    }

    [Fact]
    public void The_truth_lists_exactly_the_practising_units_reports_in_range_and_its_onset_is_the_first_decision_among_them()
    {
        var options = Options(UnitPractice.Sapphire);
        var (records, truth) = GenerateWithTruth(options);
        var root = truth.RootElement;

        var expected = records
            .Where(r => r.OwningUnit!.UnitId == Unit && Day(r.Incident.ReportReceivedAt) >= PracticeFrom && Day(r.Incident.ReportReceivedAt) <= PracticeTo)
            .ToList();
        var listed = root.GetProperty("practisingRecords").EnumerateArray().Select(e => e.GetProperty("crimeRecordId").GetString()).ToList();
        var firstDecision = expected.Select(r => r.Cancellation?.AuthorisedAt ?? r.Cancellation?.RequestedAt ?? r.RecordingDecision?.DecidedAt).Where(t => t is not null).Min();

        Assert.Equal("sapphire", root.GetProperty("practice").GetString());
        Assert.Equal(Unit, root.GetProperty("unitId").GetString());
        Assert.Equal("2009-01-01", root.GetProperty("practiceFrom").GetString());
        Assert.Equal("2009-12-31", root.GetProperty("practiceTo").GetString());
        Assert.Equal(expected.Select(r => r.CrimeRecordId), listed);
        Assert.Equal(firstDecision!.Value, DateTimeOffset.Parse(root.GetProperty("trueOnset").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(firstDecision >= new DateTimeOffset(2009, 1, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.Contains(root.GetProperty("practisingRecords").EnumerateArray(), e => e.GetProperty("affected").GetBoolean());
    }

    [Theory]
    [InlineData(UnitPractice.Sapphire)]
    [InlineData(UnitPractice.Displacement)]
    [InlineData(UnitPractice.RecordAll)]
    public void The_truth_stays_out_of_the_records(UnitPractice practice)
    {
        var options = Options(practice);
        using var without = new MemoryStream();
        using var with = new MemoryStream();
        using var truth = new MemoryStream();
        SyntheticRecords.WriteJsonLines(options, without);
        SyntheticRecords.WriteJsonLines(options, with, truth);

        var text = Encoding.UTF8.GetString(with.ToArray());
        using var known = JsonDocument.Parse(truth.ToArray());
        var practiceName = known.RootElement.GetProperty("practice").GetString()!;

        // Same bytes whether or not the truth is asked for; every line is a strict record (an
        // unknown property would be rejected); no line names the practice, its range or the
        // truth's own fields.
        Assert.Equal(without.ToArray(), with.ToArray());
        Assert.All(text.TrimEnd('\n').Split('\n'), line => RecordJson.Parse(line));
        foreach (var token in new[] { "\"" + practiceName + "\"", "displacement", "record-all", "practice", "truth", "onset", "affected", "2009-01-01\"", "2009-12-31\"" })
        {
            Assert.DoesNotContain(token, text, StringComparison.OrdinalIgnoreCase);
        }

        // The unit looks the same inside and outside its practice: same id, type and area.
        var (inside, outside) = Split(SyntheticRecords.Generate(options).ToList());
        Assert.Equal(
            outside.Select(r => r.OwningUnit).Distinct().OrderBy(u => u!.Area, StringComparer.Ordinal),
            inside.Select(r => r.OwningUnit).Distinct().OrderBy(u => u!.Area, StringComparer.Ordinal));
    }

    [Fact]
    public void Without_a_practice_the_truth_says_so()
    {
        var (_, truth) = GenerateWithTruth(new GeneratorOptions { Records = 500, Seed = 1 });

        Assert.Equal(JsonValueKind.Null, truth.RootElement.GetProperty("practice").ValueKind);
        Assert.Equal(JsonValueKind.Null, truth.RootElement.GetProperty("trueOnset").ValueKind);
        Assert.Equal(0, truth.RootElement.GetProperty("practisingRecords").GetArrayLength());
    }

    private static GeneratorOptions Options(UnitPractice practice) => new()
    {
        Records = 12_000,
        Seed = 5,
        From = new(2008, 1, 1),
        To = new(2010, 12, 31),
        Practice = practice,
        PracticeFrom = PracticeFrom,
        PracticeTo = PracticeTo,
        RapeReportsPerMonth = 15,
    };

    private static List<CrimeRecord> Generate(UnitPractice practice) => SyntheticRecords.Generate(Options(practice)).ToList();

    private static (List<CrimeRecord> Records, JsonDocument Truth) GenerateWithTruth(GeneratorOptions options)
    {
        using var output = new MemoryStream();
        using var truth = new MemoryStream();
        SyntheticRecords.WriteJsonLines(options, output, truth);
        var records = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(RecordJson.Parse).ToList();
        return (records, JsonDocument.Parse(truth.ToArray()));
    }

    private static (List<CrimeRecord> Inside, List<CrimeRecord> Outside) Split(List<CrimeRecord> records)
    {
        var unit = records.Where(r => r.OwningUnit!.UnitId == Unit).ToList();
        bool Inside(CrimeRecord r) => Day(r.Incident.ReportReceivedAt) >= PracticeFrom && Day(r.Incident.ReportReceivedAt) <= PracticeTo;
        return (unit.Where(Inside).ToList(), unit.Where(r => !Inside(r)).ToList());
    }

    /// <summary>What only the Sapphire practice does: a credibility check, a retraction asked for, or a statement the police initiated.</summary>
    private static bool SapphireSign(CrimeRecord record) =>
        record.VictimContacts.Any(c => c.PurposeCode is ContactPurpose.CredibilityAssessment or ContactPurpose.ClassificationCheck or ContactPurpose.RetractionRequest)
        || record.Statements.Any(s => s.InitiatedBy == StatementInitiator.Police);

    private static bool IsRapeReport(CrimeRecord record) =>
        record.Incident.AllegationType is AllegationType.Rape or AllegationType.AttemptedRape
        || record.ClassificationHistory.Any(e => e.HomeOfficeCode.StartsWith("19", StringComparison.Ordinal));

    private static bool IsUnrecordedWithoutTransfer(CrimeRecord record) =>
        record.RecordingDecision?.Outcome is RecordingOutcome.CrimeRelatedIncident or RecordingOutcome.NotRecorded
        || (record.RecordingDecision?.Outcome == RecordingOutcome.N100 && record.RecordingDecision.N100SubCode != 3);

    /// <summary>C1 with the receiving force, C3 naming another record, or C2 on qualifying AVI (verifiable, obtained after recording, verified by someone other than the requester).</summary>
    private static bool IsLawful(CrimeRecord record)
    {
        var c = record.Cancellation!;
        return c.Code switch
        {
            CancellationCode.C1 => c.TransferredToForce is not null && c.ReceivingForceReference is not null,
            CancellationCode.C3 => c.DuplicateOfCrimeRecordId is { } other && other != record.CrimeRecordId,
            CancellationCode.C2 => record.AdditionalVerifiableInformation.Any(a =>
                c.AviRefs.Contains(a.AviId) && Verifiable.Contains(a.Type)
                && a.ObtainedAt > record.RecordingDecision!.DecidedAt
                && a.VerifiedByOfficerRef is { } verifier && verifier != c.RequestedByOfficerRef),
            _ => false,
        };
    }

    private static double Share(IEnumerable<CrimeRecord> records, Func<CrimeRecord, bool> match)
    {
        var list = records.ToList();
        return list.Count == 0 ? 0 : list.Count(match) / (double)list.Count;
    }

    private static DateOnly Day(DateTimeOffset at) => Rules.Calendar.WorkingDayCalendar.LondonDate(at);
}
