using Compliance.Rules.Calendar;

namespace Compliance.Rules.Auditing;

/// <summary>
/// The days the crime-record input of an audit is meant to cover completely: Europe/London dates
/// from <see cref="From"/> (inclusive) to <see cref="To"/> (exclusive). An incident received on
/// one of those days that lists a crime-record id no record of the input has points at a record the
/// export should hold, so such links are counted apart
/// (<see cref="IncidentAuditSummary.UnresolvedIncidentLinksInCover"/>) for a data-quality gate.
/// </summary>
/// <param name="From">The first day covered (Europe/London).</param>
/// <param name="To">The day after the last day covered (Europe/London).</param>
public sealed record RecordsCover(DateOnly From, DateOnly To)
{
    /// <summary>Whether an instant falls on a covered day: from 00:00 London time on <see cref="From"/> up to, not including, 00:00 on <see cref="To"/>, whatever the clocks did in between.</summary>
    /// <param name="instant">The instant (an incident's <c>receivedAt</c>).</param>
    /// <returns>True when its London date is covered.</returns>
    public bool Contains(DateTimeOffset instant)
    {
        var date = WorkingDayCalendar.LondonDate(instant);
        return date >= From && date < To;
    }
}
