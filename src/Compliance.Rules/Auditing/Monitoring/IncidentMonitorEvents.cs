using Compliance.Rules.Auditing.Tallies;
using Compliance.Rules.Incidents;
using Compliance.Rules.Incidents.Evaluation;

namespace Compliance.Rules.Auditing.Monitoring;

/// <summary>
/// The <c>unanswered-incident</c> event of one incident log: one per closed crime-indicative
/// incident, for the incident's unit, dated <c>closedAt</c>, counted when INCIDENT-001, 002 or 003
/// fires with the incident judged at <c>closedAt</c> plus the recording limit in force on that day.
/// </summary>
/// <remarks>
/// <para>
/// Why judged there and not at the run's as-of: the detector asks what a unit did with its incidents
/// at the time, event by event. At the as-of, months later, INCIDENT-001 accepts a crime recorded at
/// any time before it, so a unit that records only once a complaint arrives would look answered; and
/// the same incident would change from counted to not counted between two monthly runs, moving past
/// alarms. Judged at closure plus the limit, an incident's event never changes once that instant has
/// passed.
/// </para>
/// <para>
/// Not an event: an incident that is open, not crime-indicative, closed on a day without counting
/// rules (no recording limit), or whose judging instant falls after the run's as-of (not yet due: it
/// becomes an event in a later run); nor one a rule could not judge (a link to a rejected record that
/// might have answered it).
/// </para>
/// </remarks>
internal static class IncidentMonitorEvents
{
    /// <summary>The event of one incident, or null when it has none.</summary>
    /// <param name="evaluator">The incident evaluator of the run (its pack gives the rules and the recording limit).</param>
    /// <param name="incident">The incident.</param>
    /// <param name="links">Its linked records' link facts (as the run's join found them).</param>
    /// <param name="asOf">The run's as-of instant.</param>
    /// <returns>The event, or null.</returns>
    public static MonitorEvent? Extract(IncidentEvaluator evaluator, IncidentLog incident, IReadOnlyList<RecordLink> links, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(links);
        if (JudgedAt(evaluator, incident) is not { } judgedAt || judgedAt > asOf)
        {
            return null;
        }

        var evaluation = evaluator.Evaluate(incident, links, judgedAt);
        if (!evaluation.IsCrimeIndicative || !evaluation.IsClosed || evaluation.Errors.Count > 0)
        {
            return null;
        }

        return new MonitorEvent(UnitIds.Of(incident.OwningUnit?.UnitId), MonitorMetrics.UnansweredIncidentIndex, incident.ClosedAt!.Value.UtcTicks, evaluation.IsUnanswered, incident.IncidentId, "");
    }

    /// <summary>The instant an incident is judged at: <c>closedAt</c> plus the recording limit of the closing day; null when open or without a limit.</summary>
    /// <param name="evaluator">The incident evaluator.</param>
    /// <param name="incident">The incident.</param>
    /// <returns>The instant, or null.</returns>
    public static DateTimeOffset? JudgedAt(IncidentEvaluator evaluator, IncidentLog incident)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(incident);
        return incident.ClosedAt is { } closedAt && evaluator.Pack.Timelines.CountingRules.At(closedAt) is { } rules
            ? closedAt.AddHours(rules.RecordingLimitHours)
            : null;
    }
}
