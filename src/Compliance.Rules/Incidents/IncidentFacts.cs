using Compliance.Rules.Records;

namespace Compliance.Rules.Incidents;

/// <summary>What the incident rules derive from one incident at one as-of: whether it is closed, its crime-indicative facts and when the first arose.</summary>
internal sealed class IncidentFacts
{
    public IncidentFacts(IncidentLog incident, IncidentParameters parameters, DateTimeOffset asOf)
    {
        Incident = incident;
        Parameters = parameters;
        AsOf = asOf;
        IsClosed = incident.ClosedAt is { } closed && closed < asOf;
        IndicativeQualifiers = [.. incident.Qualifiers.Where(parameters.CrimeIndicativeQualifiers.Contains).Distinct()];
        IndicativeCodes = [.. new[] { incident.OpeningCode, incident.ClosingCode }.Where(code => parameters.IsCrimeIndicativeCode(incident.CodeScheme, code)).Distinct().Cast<string>()];
        IndicativeDisclosures = [.. Enumerable.Range(0, incident.Disclosures.Count).Where(i => incident.Disclosures[i].AllegationType != AllegationType.Other)];
        HasIndicativeCodeOrQualifier = IndicativeQualifiers.Count > 0 || IndicativeCodes.Count > 0;
        IsCrimeIndicative = HasIndicativeCodeOrQualifier || IndicativeDisclosures.Count > 0;

        // Qualifiers and codes carry no instant of their own: they are facts from the contact.
        FirstIndicativeFact = HasIndicativeCodeOrQualifier
            ? incident.ReceivedAt
            : IndicativeDisclosures.Select(i => (DateTimeOffset?)incident.Disclosures[i].DisclosedAt).Min();
    }

    public IncidentLog Incident { get; }

    public IncidentParameters Parameters { get; }

    public DateTimeOffset AsOf { get; }

    /// <summary>Closed before the as-of (closed later: open at the as-of).</summary>
    public bool IsClosed { get; }

    public IReadOnlyList<IncidentQualifier> IndicativeQualifiers { get; }

    public IReadOnlyList<string> IndicativeCodes { get; }

    /// <summary>Indexes of the disclosures whose allegation is not OTHER.</summary>
    public IReadOnlyList<int> IndicativeDisclosures { get; }

    public bool HasIndicativeCodeOrQualifier { get; }

    public bool IsCrimeIndicative { get; }

    public DateTimeOffset? FirstIndicativeFact { get; }
}
