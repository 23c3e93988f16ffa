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

    /// <summary>How the owning unit handles this report (its practice, when the report falls in the practice window).</summary>
    public PracticeProfile Practice => Force.Adjust(Unit.PracticeAt(Received));

    /// <summary>Whether the report is handled under the practising unit's practice (the generator's truth; never written into the record).</summary>
    public bool Practising => Unit.PractisesAt(Received);

    /// <summary>Whether the practice changed what happened to this report (the generator's truth; never written into the record).</summary>
    public bool Affected { get; set; }

    /// <summary>Hours allowed for the recording decision by the counting rules in force at the report.</summary>
    public int RecordingLimitHours => RulesInForce.RecordingLimitHours(Received);

    /// <summary>Whether N100 may be written for this report (known to exist only from April 2015).</summary>
    public bool HasN100 => RulesInForce.HasN100(Received);

    /// <summary>Whether the report was received after the 2014 inspection (rape cancellations halved).</summary>
    public bool AfterInspection => RulesInForce.Date(Received) >= RulesInForce.Outcomes2014;

    public DateTimeOffset Received => Draft.Plan.ReportReceivedAt;

    /// <summary>What really became of the reported offence (the generator's truth; set by the recording step, never written into the record).</summary>
    public EventFate Fate { get; set; } = EventFate.Recorded;

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
