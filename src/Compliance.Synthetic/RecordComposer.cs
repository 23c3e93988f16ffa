using Compliance.Rules.Records;

namespace Compliance.Synthetic;

/// <summary>One generated record and the generator's truth about it (never written into the record).</summary>
/// <param name="Record">The record.</param>
/// <param name="Practising">Received by the practising unit inside its practice window.</param>
/// <param name="Affected">The practice changed what happened to the report.</param>
internal sealed record ComposedRecord(CrimeRecord Record, bool Practising, bool Affected);

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
        return new ComposedRecord(record, context.Practising, context.Practising && context.Affected);
    }
}
