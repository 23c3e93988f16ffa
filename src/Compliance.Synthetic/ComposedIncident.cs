using Compliance.Rules.Incidents;

namespace Compliance.Synthetic;

/// <summary>One generated incident log and the generator's truth about it (never written into the log).</summary>
/// <param name="Incident">The log as exported.</param>
/// <param name="Offences">The event's true offences (none for an event without an offence).</param>
internal sealed record ComposedIncident(IncidentLog Incident, IReadOnlyList<TrueOffence> Offences);
