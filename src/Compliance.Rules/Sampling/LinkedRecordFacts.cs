using Compliance.Rules.Records;

namespace Compliance.Rules.Sampling;

/// <summary>What an incident stratum may read of a crime record linked to the incident.</summary>
public sealed class LinkedRecordFacts
{
    internal LinkedRecordFacts(string crimeRecordId, bool rejected, RecordingOutcome? outcome, DateTimeOffset? decidedAt, string? allegationGroup)
    {
        CrimeRecordId = crimeRecordId;
        Rejected = rejected;
        Outcome = outcome;
        DecidedAt = decidedAt;
        AllegationGroup = allegationGroup;
    }

    /// <summary>The record's id.</summary>
    public string CrimeRecordId { get; }

    /// <summary>The record could not be read: nothing else about it is known.</summary>
    public bool Rejected { get; }

    /// <summary>Its recording outcome, when decided.</summary>
    public RecordingOutcome? Outcome { get; }

    /// <summary>When the recording was decided.</summary>
    public DateTimeOffset? DecidedAt { get; }

    /// <summary>The group of its allegation type (the pack's <c>allegationGroups</c>), when known.</summary>
    public string? AllegationGroup { get; }
}
