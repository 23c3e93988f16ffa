using Compliance.Rules.Incidents;

namespace Compliance.Rules.Sampling;

/// <summary>
/// What the <c>where</c> and <c>dateField</c> of an incident stratum read: one incident log at the
/// sample's as-of, whether the pack calls it crime-indicative, and the crime records linked to it
/// (either way: the incident lists the record, or the record names the incident). Its public
/// members are the vocabulary of incident strata, checked by the same allowlist as rule
/// conditions. Never reads the clock: <see cref="AsOf"/> is an input.
/// </summary>
public sealed class IncidentStratumFacts
{
    internal IncidentStratumFacts(IncidentLog incident, DateTimeOffset asOf, bool isCrimeIndicative, bool isClosed, IReadOnlyList<LinkedRecordFacts> links)
    {
        Incident = incident;
        AsOf = asOf;
        IsCrimeIndicative = isCrimeIndicative;
        IsClosed = isClosed;
        Links = links;
    }

    /// <summary>The incident log as read.</summary>
    public IncidentLog Incident { get; }

    /// <summary>The as-of instant of the sample.</summary>
    public DateTimeOffset AsOf { get; }

    /// <summary>
    /// A disclosure whose allegation is not <c>OTHER</c>, a qualifier the pack lists in
    /// <c>crimeIndicativeQualifiers</c>, or an opening or closing code in its crime-indicative codes.
    /// </summary>
    public bool IsCrimeIndicative { get; }

    /// <summary>Closed before the as-of.</summary>
    public bool IsClosed { get; }

    /// <summary>The incident's disclosures (<c>Incident.Disclosures</c>).</summary>
    public IReadOnlyList<Disclosure> Disclosures => Incident.Disclosures;

    /// <summary>The crime records linked to the incident, at most one per crime-record id, in the order of the record input.</summary>
    public IReadOnlyList<LinkedRecordFacts> Links { get; }
}
