namespace Compliance.Rules.Sampling;

/// <summary>One input file of a sample, identified by its content.</summary>
/// <param name="Sha256">SHA-256 of the file (lower-case hex).</param>
/// <param name="Records">Records read from it (parsed and rejected).</param>
/// <param name="Incidents">Incidents read from it.</param>
public sealed record SampleInput(string Sha256, long Records, long Incidents);
