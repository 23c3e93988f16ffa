using Compliance.Rules.Records;

namespace Compliance.Rules.Incidents.Evaluation;

/// <summary>
/// What the incident rules need to know of one crime record linked to an incident, reduced to a
/// fixed size so that the join of incidents and records can spill it: the recording outcome and
/// when it was decided, the allegation group, up to <see cref="MaxHistoryGroups"/> classification
/// groups with the instants they took effect, hashes of the victims' person references, and whether
/// an N100 decision on it meets its requirements (SEXOFF-002 did not fire).
/// </summary>
/// <param name="CrimeRecordId">The record's id.</param>
/// <param name="IncidentId">The incident the record names (<c>incident.incidentId</c>), if any.</param>
/// <param name="Rejected">The record was rejected by the reader: nothing about it can be judged.</param>
/// <param name="Outcome">Its recording outcome, when decided.</param>
/// <param name="DecidedAt">When the recording was decided.</param>
/// <param name="AllegationGroup">The group of its allegation type, when known.</param>
/// <param name="History">Classification groups and when each took effect, in the record's order (at most <see cref="MaxHistoryGroups"/>).</param>
/// <param name="VictimHashes">Hashes of the victims' person references.</param>
/// <param name="SoundN100">Its outcome is N100 and SEXOFF-002 did not fire on it.</param>
internal sealed record RecordLink(
    string CrimeRecordId,
    string? IncidentId,
    bool Rejected,
    RecordingOutcome? Outcome,
    DateTimeOffset? DecidedAt,
    string? AllegationGroup,
    IReadOnlyList<GroupAt> History,
    IReadOnlyList<ulong> VictimHashes,
    bool SoundN100)
{
    /// <summary>The most classification entries kept per record (the fixed size of the join's tuple).</summary>
    public const int MaxHistoryGroups = 8;

    /// <summary>The hash victims are compared by.</summary>
    public static ulong HashOf(string personRef) => Reading.CrimeRecordIdIndex.Hash(personRef);

    /// <summary>A link to a record the reader rejected, by its id and the incident it names (when readable).</summary>
    public static RecordLink RejectedRecord(string crimeRecordId, string? incidentId = null) => new(crimeRecordId, incidentId, true, null, null, null, [], [], false);
}

/// <summary>A classification group and the instant it took effect.</summary>
/// <param name="Group">The offence group.</param>
/// <param name="EffectiveAt">When it took effect.</param>
internal readonly record struct GroupAt(string Group, DateTimeOffset EffectiveAt);
