namespace Compliance.Rules.Sampling;

/// <summary>The rule pack a sample's findings came from.</summary>
/// <param name="Id">Pack id.</param>
/// <param name="Version">Pack version.</param>
/// <param name="Sha256">The pack's hash (with its policy).</param>
public sealed record SampleRulePack(string Id, string Version, string Sha256);
