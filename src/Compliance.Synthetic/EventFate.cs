namespace Compliance.Synthetic;

/// <summary>
/// What really became of a reported event (the generator's truth, written only to the truth file):
/// the fate of its true offence, whatever the records and incident logs say of it.
/// </summary>
internal enum EventFate
{
    /// <summary>The offence was recorded as a crime within the recording limit of its day.</summary>
    Recorded,

    /// <summary>The offence was recorded as a crime, after the recording limit.</summary>
    RecordedLate,

    /// <summary>The offence should have been recorded and never was.</summary>
    Unrecorded,

    /// <summary>Lawfully not recorded here: the victim did not confirm, verified evidence contradicts the report, or it belongs to another force.</summary>
    NotRecordedLawfully,

    /// <summary>No offence: nothing was there to record.</summary>
    NoOffence,
}
