using Compliance.Rules.Records;

namespace Compliance.Benchmarks.Subset.Floor;

/// <summary>The built-in pack's tables and default parameters, hard-coded as a hand-written checker would.</summary>
internal static class FloorTables
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly DateOnly Hocr2002 = new(2002, 4, 1);
    private static readonly DateOnly Hocr2015 = new(2015, 4, 1);
    private static readonly DateOnly Vrr2015 = new(2015, 4, 1);

    public static DateOnly LondonDate(DateTimeOffset t) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(t, London).DateTime);

    /// <summary>
    /// The counting rules that judge a decision at <paramref name="t"/>: the record's named edition (by id or
    /// alias) whatever the instant, else the entry in force on the London date of the instant.
    /// </summary>
    public static CountingRules CountingRulesAt(CrimeRecord record, DateTimeOffset t) => record.RulesEdition switch
    {
        "HOCR-2002" or "HOCR-2008" => CountingRules.Hocr2002,
        "HOCR-2015" or "HOCR-2019" => CountingRules.Hocr2015,
        null => LondonDate(t) < Hocr2002 ? CountingRules.None : LondonDate(t) < Hocr2015 ? CountingRules.Hocr2002 : CountingRules.Hocr2015,
        _ => CountingRules.UnknownEdition,
    };

    /// <summary>The recording limit of counting rules in force (72 h before April 2015, 24 h after).</summary>
    public static int RecordingLimitHours(CountingRules rules) => rules == CountingRules.Hocr2002 ? 72 : 24;

    /// <summary>
    /// Roles that may authorise a cancellation besides the accreditations: before April 2015 the crime registrar
    /// and decision-maker roles for every group (and supervisors outside the serious groups), after it
    /// supervisors outside the serious groups only.
    /// </summary>
    public static bool IsCancellationRole(CountingRules rules, bool seriousGroup, OfficerRole? role) => rules switch
    {
        CountingRules.Hocr2002 => role is OfficerRole.CrimeRegistrar or OfficerRole.DecisionMaker || (!seriousGroup && role == OfficerRole.Supervisor),
        _ => !seriousGroup && role == OfficerRole.Supervisor,
    };

    /// <summary>Whether the police right-to-review scheme covered an outcome assigned at <paramref name="t"/> (from April 2015).</summary>
    public static bool IsRightToReviewInForce(DateTimeOffset t) => LondonDate(t) >= Vrr2015;

    /// <summary>
    /// The offence group of a Home Office code by its number part: runs of digits joined by '.' or '/' (a
    /// separator counts only when a digit follows), leading zeros dropped, so "019/04" is "19.4".
    /// </summary>
    public static OffenceGroup GroupOf(string code)
    {
        var trimmed = code.AsSpan().Trim();
        Span<char> buffer = stackalloc char[trimmed.Length + 1];
        var length = 0;
        var i = 0;
        while (i < trimmed.Length && char.IsAsciiDigit(trimmed[i]))
        {
            while (i < trimmed.Length && trimmed[i] == '0')
            {
                i++;
            }

            if (i == trimmed.Length || !char.IsAsciiDigit(trimmed[i]))
            {
                buffer[length++] = '0';
            }

            while (i < trimmed.Length && char.IsAsciiDigit(trimmed[i]))
            {
                buffer[length++] = trimmed[i++];
            }

            if (i + 1 < trimmed.Length && trimmed[i] is '.' or '/' && char.IsAsciiDigit(trimmed[i + 1]))
            {
                buffer[length++] = '.';
                i++;
            }
            else
            {
                break;
            }
        }

        var number = buffer[..length];
        switch (number)
        {
            case "19":
                return OffenceGroup.Rape;
            case "17" or "20" or "21" or "22" or "23" or "70" or "71" or "72" or "73" or "74" or "88":
                return OffenceGroup.OtherSexual;
            case "34":
                return OffenceGroup.Robbery;
            case "1" or "2" or "3" or "5" or "8" or "9" or "11" or "105" or "37.1":
                return OffenceGroup.Violence;
        }

        return number.StartsWith("4.") ? OffenceGroup.Violence : OffenceGroup.Other;
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

/// <summary>The counting rules a rule is judged by, as far as the subset's rules tell them apart.</summary>
internal enum CountingRules
{
    /// <summary>Before the first edition (April 2002), without a named edition: the rules are not in force.</summary>
    None,

    /// <summary>The record names an edition the pack does not have: the engine reports a record-level error.</summary>
    UnknownEdition,

    /// <summary>HOCR 2002 (alias HOCR-2008): 72 h, registrar and decision-maker roles may cancel.</summary>
    Hocr2002,

    /// <summary>HOCR 2015 and 2019: 24 h, accreditation alone for the serious groups.</summary>
    Hocr2015,
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
