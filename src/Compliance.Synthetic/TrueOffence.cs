using Compliance.Rules.Records;

namespace Compliance.Synthetic;

/// <summary>A true offence of a simulated event and what really became of it.</summary>
/// <param name="Allegation">The offence, in the record's allegation vocabulary.</param>
/// <param name="Fate">Recorded, recorded late, never recorded, or lawfully not recorded.</param>
internal readonly record struct TrueOffence(AllegationType Allegation, EventFate Fate);
