using Compliance.Rules.Records;
using MathNet.Numerics.Distributions;

namespace Compliance.Synthetic.Tests;

/// <summary>
/// A minimal, independent reading of the unit audits' definitions (docs/rules/) for the figures the unit audits AUDIT-002 … 005
/// count (CANCEL-002/003/004, RETRACT-001, SEXOFF-004, rape and sexual-offence records,
/// sanctions). The rule engine is the real implementation; this reading pins down what the
/// generated data must make any faithful implementation find.
/// </summary>
internal sealed class UnitAuditFigures
{
    private static readonly HashSet<AviType> Verifiable =
    [
        AviType.Cctv, AviType.CommunicationsData, AviType.LocationData, AviType.Forensic,
        AviType.Medical, AviType.IndependentWitness, AviType.Documentary,
    ];

    private static readonly HashSet<AviType> Insufficient =
    [
        AviType.VictimRetraction, AviType.VictimWithdrawalOfSupport, AviType.SuspectAccount, AviType.OfficerOpinion,
    ];

    public int RapeRecords { get; private set; }

    public int CancelledRapeRecords { get; private set; }

    public int Cancellations { get; private set; }

    public int CancellationsWithCancel003 { get; private set; }

    public int RetractionStatements { get; private set; }

    public int RetractionStatementsWithRetract001 { get; private set; }

    public int SexualRecords { get; private set; }

    public int SexualRecordsWithSexoff004 { get; private set; }

    /// <summary>N: records ever recorded as crimes.</summary>
    public int Recorded { get; private set; }

    /// <summary>S: records with a sanction outcome.</summary>
    public int Sanctioned { get; private set; }

    /// <summary>C: cancelled records (among those recorded).</summary>
    public int Cancelled { get; private set; }

    /// <summary>B: cancelled records carrying CANCEL-002, CANCEL-003 or CANCEL-004.</summary>
    public int BadlyCancelled { get; private set; }

    public double RapeCancellationRate => RapeRecords == 0 ? 0 : (double)CancelledRapeRecords / RapeRecords;

    public double ReportedDetectionRate => (double)Sanctioned / (Recorded - Cancelled);

    public double CorrectedDetectionRate => (double)Sanctioned / (Recorded - Cancelled + BadlyCancelled);

    public static Dictionary<string, UnitAuditFigures> ByUnit(IEnumerable<CrimeRecord> records)
    {
        var units = new Dictionary<string, UnitAuditFigures>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            var unitId = record.OwningUnit!.UnitId;
            if (!units.TryGetValue(unitId, out var figures))
            {
                units[unitId] = figures = new UnitAuditFigures();
            }

            figures.Add(record);
        }

        return units;
    }

    /// <summary>AUDIT-002: rate more than twice the other units' rate, one-sided exact binomial p below 0.01, at least ten rape records.</summary>
    public bool Audit002(int otherRapeRecords, int otherCancelledRapeRecords)
    {
        if (RapeRecords < 10)
        {
            return false;
        }

        var baseline = (double)otherCancelledRapeRecords / otherRapeRecords;
        var pValue = CancelledRapeRecords == 0 ? 1.0 : 1.0 - Binomial.CDF(baseline, RapeRecords, CancelledRapeRecords - 1);
        return RapeCancellationRate > 2 * baseline && pValue < 0.01;
    }

    public bool Audit003 =>
        (Cancellations >= 5 && CancellationsWithCancel003 > 0.10 * Cancellations)
        || (RetractionStatements >= 5 && RetractionStatementsWithRetract001 > 0.05 * RetractionStatements);

    public bool Audit004 => Recorded >= 20 && ReportedDetectionRate - CorrectedDetectionRate > 0.03;

    public bool Audit005 => SexualRecords >= 10 && SexualRecordsWithSexoff004 > 0.10 * SexualRecords;

    private void Add(CrimeRecord record)
    {
        var groups = record.ClassificationHistory.Select(e => Group(e.HomeOfficeCode)).ToList();
        var allegation = record.Incident.AllegationType;
        var rape = groups.Contains("RAPE") || allegation is AllegationType.Rape or AllegationType.AttemptedRape;
        var sexual = rape || groups.Contains("OTHER_SEXUAL") || allegation is AllegationType.SexualAssault or AllegationType.OtherSexual;
        var cancellation = record.Cancellation;

        if (rape)
        {
            RapeRecords++;
            CancelledRapeRecords += cancellation is null ? 0 : 1;
        }

        if (sexual)
        {
            SexualRecords++;
            SexualRecordsWithSexoff004 += Sexoff004(record) ? 1 : 0;
        }

        foreach (var statement in record.Statements.Where(s => s.Type is StatementType.Retraction or StatementType.WithdrawalOfSupport))
        {
            RetractionStatements++;
            var requested = record.VictimContacts.Any(c => c.PurposeCode == ContactPurpose.RetractionRequest && c.At < statement.TakenAt);
            RetractionStatementsWithRetract001 += statement.InitiatedBy == StatementInitiator.Police || requested ? 1 : 0;
        }

        var everRecorded = record.RecordingDecision?.Outcome == RecordingOutcome.CrimeRecorded
            || record.ClassificationHistory.Any(e => e.ChangeType == ChangeType.N100ToCrime);
        if (everRecorded)
        {
            Recorded++;
            Sanctioned += record.Outcomes.Any(o => o.OutcomeType is 1 or 2 or 3 or 4 or 6 or 7) ? 1 : 0;
        }

        if (cancellation is null)
        {
            return;
        }

        Cancellations++;
        var cancel003 = Cancel003(record, cancellation);
        CancellationsWithCancel003 += cancel003 ? 1 : 0;
        if (everRecorded)
        {
            Cancelled++;
            BadlyCancelled += Cancel002(record, cancellation) || cancel003 || Cancel004(record, cancellation) ? 1 : 0;
        }
    }

    private static bool Cancel002(CrimeRecord record, Cancellation cancellation)
    {
        if (cancellation.Code != CancellationCode.C2)
        {
            return false;
        }

        var decidedAt = record.RecordingDecision?.DecidedAt;
        return !Resolve(record, cancellation.AviRefs).Any(a =>
            Verifiable.Contains(a.Type)
            && (decidedAt is null || a.ObtainedAt > decidedAt)
            && a.VerifiedByOfficerRef is not null
            && a.VerifiedByOfficerRef != cancellation.RequestedByOfficerRef);
    }

    private static bool Cancel003(CrimeRecord record, Cancellation cancellation)
    {
        var items = Resolve(record, cancellation.AviRefs).ToList();
        if (items.Count > 0)
        {
            return items.All(a => Insufficient.Contains(a.Type))
                && items.Any(a => a.Type is AviType.VictimRetraction or AviType.VictimWithdrawalOfSupport);
        }

        return cancellation.RequestedAt is { } requested
            && record.Statements.Any(s => s.Type is StatementType.Retraction or StatementType.WithdrawalOfSupport && s.TakenAt < requested);
    }

    private static bool Cancel004(CrimeRecord record, Cancellation cancellation)
    {
        if (cancellation.RequestedAt is not { } requested)
        {
            return false;
        }

        var latest = record.Statements
            .Where(s => s.Type != StatementType.Witness && s.TakenAt < requested)
            .OrderBy(s => s.TakenAt)
            .LastOrDefault();
        return latest?.Type == StatementType.WithdrawalOfSupport
            || (latest?.Type == StatementType.Retraction && latest.ContentFlags?.AssertsEventDidNotHappen != true);
    }

    private static bool Sexoff004(CrimeRecord record)
    {
        var officers = record.Officers.ToDictionary(o => o.OfficerRef, StringComparer.Ordinal);
        bool Specialist(string officerRef, DateTimeOffset at) =>
            officers.TryGetValue(officerRef, out var officer) && officer.Accreditations.Any(a =>
                a.Type is AccreditationType.Sto or AccreditationType.Soit
                && a.ValidFrom <= DateOnly.FromDateTime(at.UtcDateTime)
                && (a.ValidTo is null || DateOnly.FromDateTime(at.UtcDateTime) <= a.ValidTo));

        var firstSpecialist = record.VictimContacts.Where(c => Specialist(c.OfficerRef, c.At)).Select(c => (DateTimeOffset?)c.At).Min();
        return record.VictimContacts.Any(c =>
            c.QuestioningDepth == QuestioningDepth.Detailed
            && !Specialist(c.OfficerRef, c.At)
            && (firstSpecialist is null || c.At < firstSpecialist));
    }

    private static IEnumerable<AviItem> Resolve(CrimeRecord record, IReadOnlyList<string> refs) =>
        record.AdditionalVerifiableInformation.Where(a => refs.Contains(a.AviId));

    private static string Group(string code)
    {
        var number = new string(code.TakeWhile(c => char.IsAsciiDigit(c) || c == '.').ToArray());
        return number switch
        {
            "19" => "RAPE",
            "17" or "20" or "21" or "22" or "23" or "70" or "71" or "72" or "73" or "74" or "88" => "OTHER_SEXUAL",
            _ => "OTHER",
        };
    }
}
