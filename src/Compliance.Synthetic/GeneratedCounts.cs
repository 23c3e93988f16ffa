namespace Compliance.Synthetic;

/// <summary>What <see cref="SyntheticRecords.WriteJsonLines(GeneratorOptions, Stream, Stream?, Stream?)"/> wrote.</summary>
/// <param name="Records">Crime records written.</param>
/// <param name="Incidents">Incident logs written (zero without an incident stream).</param>
public sealed record GeneratedCounts(long Records, long Incidents);
