using Compliance.Rules.Records;

namespace Compliance.Synthetic;

/// <summary>One generated record and the generator's truth about it (never written into the record).</summary>
/// <param name="Record">The record.</param>
/// <param name="Practising">Received by the practising unit inside its practice window.</param>
/// <param name="Affected">The practice changed what happened to the report.</param>
internal sealed record ComposedRecord(CrimeRecord Record, bool Practising, bool Affected)
{
    /// <summary>The record's index in the run (its incident logs draw from a stream of their own derived from it).</summary>
    public long Index { get; init; }

    /// <summary>The id of the incident the report came in as (the record may leave it out).</summary>
    public string IncidentId { get; init; } = "";

    /// <summary>The unit that owns the record.</summary>
    public ForceUnit? Unit { get; init; }

    /// <summary>The offence reported, as first classified.</summary>
    public Offence? Offence { get; init; }

    /// <summary>What really became of the offence.</summary>
    public EventFate Fate { get; init; }
}

/// <summary>Composes record <c>i</c> from its plan and its own random stream.</summary>
internal sealed class RecordComposer(long seed, ForceModel force, RecordPlanner planner)
{
    private const ulong BodyStream = 0x42_4F_44_59; // "BODY"

    public ComposedRecord Compose(long index)
    {
        var plan = planner.Plan(index);
        var random = SyntheticRandom.For(seed, BodyStream, (ulong)index);
        var unit = plan.Unit;
        var offence = OffenceMix.For(unit.Kind).Pick(random);

        // A response team works its own cases; other units take over from the area's response team.
        var responder = random.Pick(force.ResponseFor(unit.Area).Constables);
        var investigator = unit.Kind == UnitKind.Response ? responder : random.Pick(unit.Constables);
        var context = new CaseContext(new RecordDraft(plan), random, force, planner, offence)
        {
            Responder = responder,
            Investigator = investigator,
            Supervisor = random.Pick(unit.Supervisors),
        };

        People.AddVictimsAndSuspect(context);
        if (offence.IsSexual)
        {
            SexualOffenceCase.Compose(context, random.Pick(unit.Specialists));
        }
        else
        {
            GeneralCase.Compose(context);
        }

        var record = OptionalFields.Thin(seed, index, context.Draft.Build());
        return new ComposedRecord(record, context.Practising, context.Practising && context.Affected)
        {
            Index = index, IncidentId = plan.IncidentId, Unit = unit, Offence = offence, Fate = context.Fate,
        };
    }
}
