using Compliance.Rules.Incidents;
using Compliance.Rules.Records;

namespace Compliance.Synthetic;

/// <summary>A true offence of a simulated event and what really became of it.</summary>
/// <param name="Allegation">The offence, in the record's allegation vocabulary.</param>
/// <param name="Fate">Recorded, recorded late, never recorded, or lawfully not recorded.</param>
internal readonly record struct TrueOffence(AllegationType Allegation, EventFate Fate);

/// <summary>One generated incident log and the generator's truth about it (never written into the log).</summary>
/// <param name="Incident">The log as exported.</param>
/// <param name="Offences">The event's true offences (none for an event without an offence).</param>
internal sealed record ComposedIncident(IncidentLog Incident, IReadOnlyList<TrueOffence> Offences);
