using Compliance.Rules.Records;

namespace Compliance.Benchmarks.Subset.Floor;

/// <summary>The built-in pack's tables and default parameters, hard-coded as a hand-written checker would.</summary>
internal static class FloorTables
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly DateOnly Hocr2015 = new(2015, 4, 1);

    public static DateOnly LondonDate(DateTimeOffset t) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(t, London).DateTime);

    /// <summary>The edition's recording limit: the record's named edition, else by the London date of the report.</summary>
    /// <summary>The first London day of the police victims' right to review (VICTIM-002).</summary>
    public static readonly DateOnly RightToReviewFrom = new(2015, 4, 1);

    /// <summary>Whether the counting rules at an instant (or the edition the record names) are those before April 2015.</summary>
    public static bool IsBefore2015(CrimeRecord record, DateTimeOffset instant) => record.RulesEdition switch
    {
        "HOCR-2002" or "HOCR-2008" => true,
        "HOCR-2015" or "HOCR-2019" => false,
        _ => LondonDate(instant) < Hocr2015,
    };

    public static int RecordingLimitHours(CrimeRecord record) => record.RulesEdition switch
    {
        "HOCR-2002" or "HOCR-2008" => 72,
        "HOCR-2015" or "HOCR-2019" => 24,
        _ => LondonDate(record.Incident.ReportReceivedAt) < Hocr2015 ? 72 : 24,
    };

    /// <summary>The offence group of a Home Office code by its number part (leading digits and dots).</summary>
    public static OffenceGroup GroupOf(string code)
    {
        var trimmed = code.AsSpan().Trim();
        var length = 0;
        while (length < trimmed.Length && (char.IsAsciiDigit(trimmed[length]) || trimmed[length] is '.' or '/'))
        {
            length++;
        }

        var number = trimmed[..length].ToString().Replace('/', '.');
        switch (number)
        {
            case "19":
                return OffenceGroup.Rape;
            case "17" or "20" or "21" or "22" or "23" or "70" or "71" or "72" or "73" or "74" or "88":
                return OffenceGroup.OtherSexual;
            case "34":
                return OffenceGroup.Robbery;
            case "1" or "2" or "3" or "5" or "8" or "9" or "11" or "105":
                return OffenceGroup.Violence;
        }

        return number.StartsWith("4.", StringComparison.Ordinal) || number == "37.1" ? OffenceGroup.Violence : OffenceGroup.Other;
    }

    public static bool IsSeriousGroup(OffenceGroup group) => group is OffenceGroup.Rape or OffenceGroup.OtherSexual or OffenceGroup.Violence or OffenceGroup.Robbery;

    public static bool IsSexualAllegation(AllegationType? type) =>
        type is AllegationType.Rape or AllegationType.AttemptedRape or AllegationType.SexualAssault or AllegationType.OtherSexual;

    public static bool IsNotRecordedOutcome(RecordingOutcome outcome) =>
        outcome is RecordingOutcome.N100 or RecordingOutcome.CrimeRelatedIncident or RecordingOutcome.NotRecorded;

    public static bool IsProhibitedReason(RecordingReason reason) => reason is RecordingReason.ProsecutionUnlikely
        or RecordingReason.VictimReluctant or RecordingReason.VictimWithdrewSupport or RecordingReason.DetectionProspects
        or RecordingReason.Workload or RecordingReason.VictimIntoxicated or RecordingReason.VictimMentalHealth
        or RecordingReason.DelayInReporting or RecordingReason.InconsistentAccount or RecordingReason.VictimNotCredible;

    public static bool IsVerifiable(AviType type) => type is AviType.Cctv or AviType.CommunicationsData or AviType.LocationData
        or AviType.Forensic or AviType.Medical or AviType.IndependentWitness or AviType.Documentary;

    public static bool IsInsufficientGrounds(AviType type) =>
        type is AviType.VictimRetraction or AviType.VictimWithdrawalOfSupport or AviType.SuspectAccount or AviType.OfficerOpinion;

    public static bool IsRetractionAvi(AviType type) => type is AviType.VictimRetraction or AviType.VictimWithdrawalOfSupport;

    public static bool IsRetraction(StatementType type) => type is StatementType.Retraction or StatementType.WithdrawalOfSupport;
}

/// <summary>Offence groups of the built-in table; <see cref="None"/> when a record has no classification.</summary>
internal enum OffenceGroup
{
    None,
    Rape,
    OtherSexual,
    Violence,
    Robbery,
    Other,
}
