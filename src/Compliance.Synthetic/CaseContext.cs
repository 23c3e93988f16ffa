using Compliance.Rules.Records;

namespace Compliance.Synthetic;

/// <summary>Everything one record's composition needs: the draft, its random stream, the force and the offence.</summary>
internal sealed class CaseContext(RecordDraft draft, SyntheticRandom random, ForceModel force, RecordPlanner planner, Offence offence)
{
    public RecordDraft Draft { get; } = draft;

    public SyntheticRandom Random { get; } = random;

    public ForceModel Force { get; } = force;

    public RecordPlanner Planner { get; } = planner;

    /// <summary>The offence as first recorded; <see cref="Current"/> may differ after a reclassification.</summary>
    public Offence Offence { get; } = offence;

    public Offence Current { get; set; } = offence;

    public ForceUnit Unit => Draft.Plan.Unit;

    public PracticeProfile Practice => Unit.Practice;

    public DateTimeOffset Received => Draft.Plan.ReportReceivedAt;

    /// <summary>When the recording decision was made (set by the recording step).</summary>
    public DateTimeOffset DecidedAt { get; set; }

    /// <summary>The officer who works the case (a PC in a response team, a DC elsewhere).</summary>
    public required RosterOfficer Investigator { get; init; }

    /// <summary>The sergeant who supervises the case.</summary>
    public required RosterOfficer Supervisor { get; init; }

    /// <summary>The officer who first attended (a response-team PC).</summary>
    public required RosterOfficer Responder { get; init; }

    public OfficerRole InvestigatorRole => Unit.Kind == UnitKind.Response ? OfficerRole.FirstResponder : OfficerRole.Investigator;

    public bool SuspectIdentified => Draft.Suspects.Count > 0 && Draft.Suspects[0].Identified;

    public DateTimeOffset MinutesAfter(DateTimeOffset from, int min, int max) => from.AddMinutes(Random.Between(min, max));

    public DateTimeOffset HoursAfter(DateTimeOffset from, int min, int max) => from.AddMinutes(Random.Between(min * 60, max * 60));

    public DateTimeOffset DaysAfter(DateTimeOffset from, int min, int max) => from.AddMinutes(Random.Between(min * 1440, max * 1440));

    /// <summary>A delay that is usually short and occasionally long, in days.</summary>
    public DateTimeOffset SkewedDaysAfter(DateTimeOffset from, int min, int max) =>
        from.AddMinutes((Random.SkewedBetween(min, max) * 1440) + Random.Between(0, 1439));
}
