using Compliance.Rules.Reading;

namespace Compliance.Rules.Incidents;

/// <summary>An input incident log that passed every check of the reader.</summary>
public sealed record ParsedIncident : ReadResult
{
    /// <summary>Creates a parsed incident.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="source">The input it came from.</param>
    /// <param name="line">The 1-based line on which it starts.</param>
    public ParsedIncident(IncidentLog incident, string source, long line)
        : base(source, line)
    {
        ArgumentNullException.ThrowIfNull(incident);
        Incident = incident;
    }

    /// <summary>The incident.</summary>
    public IncidentLog Incident { get; }
}
