namespace Compliance.Rules.Sampling;

/// <summary>An incident stratum's compiled filter and date.</summary>
internal sealed class IncidentStratumFilter(PlanStratum stratum, Func<IncidentStratumFacts, bool> where, Func<IncidentStratumFacts, DateTimeOffset?>? dateField) : IStratumFilter<IncidentStratumFacts>
{
    /// <summary>The types an incident stratum's expressions read: the facts (<c>this</c>) first.</summary>
    public static readonly IReadOnlyList<Type> FactsTypes =
    [
        typeof(IncidentStratumFacts), typeof(LinkedRecordFacts), typeof(Incidents.IncidentLog), typeof(Incidents.Disclosure),
        typeof(Incidents.IncidentUnit), typeof(Incidents.IncidentForce), typeof(Incidents.IncidentCrimeDecision),
    ];

    public PlanStratum Stratum { get; } = stratum;

    public bool Matches(IncidentStratumFacts facts) => where(facts);

    /// <summary>The date that places the incident in the period: <c>dateField</c>, else when it was received.</summary>
    public DateTimeOffset? DateOf(IncidentStratumFacts facts) => dateField is not null ? dateField(facts) : facts.Incident.ReceivedAt;
}
