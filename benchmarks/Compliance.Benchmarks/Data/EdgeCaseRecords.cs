using Compliance.Rules.Records;

namespace Compliance.Benchmarks.Data;

/// <summary>
/// Records built field by field from a seeded <see cref="Random"/>, deliberately unlike real data:
/// nulls where the model allows them, unknown references, duplicate AVI refs, times exactly on a
/// limit, every edition and every enum value. The agreement test runs the four subset
/// implementations on these as well as on the generator's realistic records, because a corner that
/// realistic data never reaches is where two implementations of the same rule drift apart.
/// </summary>
public static class EdgeCaseRecords
{
    /// <summary>The as-of instant to evaluate these records at (after every generated date).</summary>
    public static readonly DateTimeOffset AsOf = new(2021, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] Codes = ["19", "19C", "17A", "20", "34", "8N", "105A", "1", "4.1", "4.10", "37.2", "41", "45", "126", " 22 "];
    private static readonly string[] Units = ["UNIT-A", "UNIT-B", "UNIT-C"];
    private static readonly int[] LimitHours = [24, 72];

    /// <summary>Builds <paramref name="count"/> records; the same seed gives the same records.</summary>
    /// <param name="count">How many.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The records.</returns>
    public static IReadOnlyList<CrimeRecord> Create(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(i => Build(random, i))];
    }

    private static CrimeRecord Build(Random random, int index)
    {
        var reported = new DateTimeOffset(2008, 1, 1, 0, 0, 0, TimeSpan.Zero)
            .AddHours(random.Next(0, 12 * 365 * 24))
            .AddMinutes(random.Next(0, 60));
        var officers = Enumerable.Range(1, random.Next(1, 6)).Select(o => Officer(random, o, reported)).ToArray();
        string Ref() => random.Next(10) == 0 ? "OFF-99" : officers[random.Next(officers.Length)].OfficerRef;
        DateTimeOffset Later(int maxHours) => reported.AddHours(random.Next(-2, maxHours)).AddMinutes(random.Next(0, 60));
        var avi = Enumerable.Range(1, random.Next(0, 4)).Select(a => new AviItem
        {
            AviId = $"AVI-{a}",
            Type = Pick<AviType>(random),
            ObtainedAt = Later(400),
            VerifiedByOfficerRef = random.Next(3) == 0 ? null : Ref(),
        }).ToArray();

        return new CrimeRecord
        {
            SchemaVersion = CrimeRecord.CurrentSchemaVersion,
            CrimeRecordId = $"EDGE-{index:D6}",
            RulesEdition = random.Next(6) switch { 0 => "HOCR-2008", 1 => "HOCR-2019", 2 => "HOCR-2002", _ => null },
            OwningUnit = random.Next(8) == 0 ? null : new OwningUnit { UnitId = Units[random.Next(Units.Length)] },
            Incident = new Incident
            {
                ReportReceivedAt = reported,
                AllegationType = random.Next(8) == 0 ? null : Pick<AllegationType>(random),
            },
            RecordingDecision = random.Next(6) == 0 ? null : new RecordingDecision
            {
                Outcome = random.Next(8) == 0 ? null : Pick<RecordingOutcome>(random),
                DecidedAt = random.Next(6) == 0 ? null
                    : random.Next(4) == 0 ? reported.AddHours(LimitHours[random.Next(2)]) : Later(120),
                ReasonCodes = [.. Enumerable.Range(0, random.Next(0, 3)).Select(_ => Pick<RecordingReason>(random))],
            },
            ClassificationHistory = [.. Enumerable.Range(1, random.Next(0, 4)).Select(seq => new ClassificationEntry
            {
                Seq = random.Next(4) == 0 ? 10 - seq : seq,
                EffectiveAt = Later(200),
                ChangeType = seq == 1 ? ChangeType.Initial : Pick<ChangeType>(random),
                HomeOfficeCode = Codes[random.Next(Codes.Length)],
            })],
            Cancellation = random.Next(3) != 0 ? null : Cancellation(random, Ref, Later, avi.Length),
            AdditionalVerifiableInformation = avi,
            Victims = [.. Enumerable.Range(1, random.Next(0, 3)).Select(v => new Victim { PersonRef = $"P-{v}", EnhancedRightsEligible = random.Next(2) == 0 })],
            Suspects = [.. Enumerable.Range(1, random.Next(0, 3)).Select(s => new Suspect
            {
                PersonRef = $"S-{s}",
                Identified = random.Next(2) == 0,
                InterviewedUnderCautionAt = random.Next(2) == 0 ? null : Later(600),
            })],
            Officers = officers,
            VictimContacts = [.. Enumerable.Range(1, random.Next(0, 5)).Select(c => new VictimContact
            {
                ContactId = $"VC-{c}",
                At = Later(150),
                OfficerRef = Ref(),
                QuestioningDepth = Pick<QuestioningDepth>(random),
                PurposeCode = Pick<ContactPurpose>(random),
            })],
            Statements = [.. Enumerable.Range(1, random.Next(0, 4)).Select(s => Statement(random, s, Ref, Later))],
            Outcomes = [.. Enumerable.Range(0, random.Next(0, 3)).Select(_ => new Outcome { OutcomeType = random.Next(0, 23), AssignedAt = Later(900) })],
            Notifications = [.. Enumerable.Range(0, random.Next(0, 3)).Select(_ => new Notification
            {
                Type = Pick<NotificationType>(random),
                SentAt = random.Next(4) == 0 ? null : Later(900),
            })],
        };
    }

    private static Officer Officer(Random random, int number, DateTimeOffset reported) => new()
    {
        OfficerRef = $"OFF-{number}",
        Role = random.Next(5) == 0 ? null : Pick<OfficerRole>(random),
        UnitId = random.Next(5) == 0 ? null : Units[random.Next(Units.Length)],
        Accreditations = [.. Enumerable.Range(0, random.Next(0, 3)).Select(_ =>
        {
            var from = DateOnly.FromDateTime(reported.UtcDateTime).AddDays(random.Next(-400, 10));
            return new Accreditation
            {
                Type = Pick<AccreditationType>(random),
                ValidFrom = from,
                ValidTo = random.Next(3) == 0 ? null : from.AddDays(random.Next(0, 500)),
            };
        })],
    };

    private static Cancellation Cancellation(Random random, Func<string> officer, Func<int, DateTimeOffset> later, int aviCount)
    {
        var requester = random.Next(6) == 0 ? null : officer();
        return new Cancellation
        {
            Code = random.Next(6) == 0 ? null : Pick<CancellationCode>(random),
            RequestedByOfficerRef = requester,
            RequestedAt = random.Next(6) == 0 ? null : later(300),
            AuthorisedByOfficerRef = random.Next(5) switch { 0 => null, 1 => requester, _ => officer() },
            AuthorisedAt = random.Next(6) == 0 ? null : later(300),
            AviRefs = [.. Enumerable.Range(0, random.Next(0, 4)).Select(_ => $"AVI-{random.Next(1, aviCount + 2)}")],
        };
    }

    private static Statement Statement(Random random, int number, Func<string> officer, Func<int, DateTimeOffset> later) => new()
    {
        StatementId = $"ST-{number}",
        Type = Pick<StatementType>(random),
        TakenAt = later(300),
        TakenByOfficerRef = officer(),
        InitiatedBy = Pick<StatementInitiator>(random),
        ContentFlags = random.Next(4) == 0 ? null : new ContentFlags
        {
            AssertsEventDidNotHappen = random.Next(3) switch { 0 => null, 1 => true, _ => false },
            ReasonsGiven = [.. Enumerable.Range(0, random.Next(0, 3)).Select(_ => Pick<RetractionReason>(random))],
            PressureOrIntimidationExplored = random.Next(3) switch { 0 => null, 1 => true, _ => false },
        },
    };

    private static T Pick<T>(Random random)
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        return values[random.Next(values.Length)];
    }
}
