using Compliance.Rules.Records;

namespace Compliance.Rules.Auditing.Tallies;

/// <summary>
/// The one definition of a <em>rape report</em> and of a report that <em>ended outside the count</em>,
/// shared by AUDIT-006 and the <c>rape-attrition</c> monitoring metric so that the pooled audit and
/// the series over time can never disagree on what was lost.
/// </summary>
/// <remarks>
/// A rape report is a rape record or a record whose recording outcome is N100; it is counted once
/// its recording is decided. It ended outside the count when it was not recorded (a crime-related
/// incident, not recorded, or an N100 that was neither a transfer to another force, sub-code 3, nor
/// converted to a crime), or when it was cancelled with C4 or with no code, or with C2 on grounds a
/// record rule flagged (CANCEL-002, CANCEL-003 or CANCEL-004). A C2 resting on qualifying additional
/// verifiable information, a transfer (C1) and a duplicate (C3) are lawful and not lost. An N100
/// converted to a crime is judged afterwards like any recorded crime: by its cancellation, if any —
/// counting a converted report that was then lawfully transferred as "lost" would punish the unit
/// for recording it.
/// </remarks>
public static class RapeReports
{
    /// <summary>N100 sub-code 3: the report was transferred to another force.</summary>
    public const int TransferSubCode = 3;

    private static readonly string[] FlaggedC2Rules = ["CANCEL-002", "CANCEL-003", "CANCEL-004"];

    /// <summary>Whether a record is a rape report (counted or not yet decided).</summary>
    /// <param name="record">The record.</param>
    /// <param name="isRapeRecord">Whether the record is a rape record (classification history or allegation).</param>
    /// <returns>True for a rape record or an N100 record.</returns>
    public static bool IsRapeReport(CrimeRecord record, bool isRapeRecord)
    {
        ArgumentNullException.ThrowIfNull(record);
        return isRapeRecord || record.RecordingDecision?.Outcome == RecordingOutcome.N100;
    }

    /// <summary>Whether a rape report counts: its recording has been decided.</summary>
    /// <param name="record">The record.</param>
    /// <param name="isRapeRecord">Whether the record is a rape record.</param>
    /// <returns>True when it is a rape report with a <c>decidedAt</c>.</returns>
    public static bool IsCountedRapeReport(CrimeRecord record, bool isRapeRecord) =>
        IsRapeReport(record, isRapeRecord) && record.RecordingDecision?.DecidedAt is not null;

    /// <summary>Whether a (counted) rape report ended outside the count.</summary>
    /// <param name="record">The record.</param>
    /// <param name="firedRuleIds">The ids of the record rules that fired on it.</param>
    /// <returns>True when the report was lost before it counted, or cancelled on grounds that do not hold.</returns>
    public static bool EndedOutsideCount(CrimeRecord record, IReadOnlySet<string> firedRuleIds)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(firedRuleIds);
        var decision = record.RecordingDecision;
        var converted = record.ClassificationHistory.Any(h => h.ChangeType == ChangeType.N100ToCrime);
        var notRecorded = decision?.Outcome switch
        {
            RecordingOutcome.CrimeRelatedIncident or RecordingOutcome.NotRecorded => true,
            RecordingOutcome.N100 => decision.N100SubCode != TransferSubCode && !converted,
            _ => false,
        };
        if (notRecorded)
        {
            return true;
        }

        return record.Cancellation is { } cancellation && cancellation.Code switch
        {
            null or CancellationCode.C4 => true,
            CancellationCode.C2 => FlaggedC2Rules.Any(firedRuleIds.Contains),
            _ => false,
        };
    }

    /// <summary>
    /// The instant a report's fate was last decided: the cancellation's <c>authorisedAt</c> (else its
    /// <c>requestedAt</c>) when cancelled, else the recording decision's <c>decidedAt</c>.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <returns>The instant, or null when the record has none.</returns>
    public static DateTimeOffset? FinalDecisionAt(CrimeRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Cancellation is { } c
            ? c.AuthorisedAt ?? c.RequestedAt
            : record.RecordingDecision?.DecidedAt;
    }
}
