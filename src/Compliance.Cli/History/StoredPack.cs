using Compliance.Rules.Packs;

namespace Compliance.Cli.History;

/// <summary>The effective pack a store's tuples were evaluated with.</summary>
/// <param name="Id">Pack id.</param>
/// <param name="Version">Pack version.</param>
/// <param name="Sha256">SHA-256 of the effective pack (policy included).</param>
/// <param name="Policy">The policy applied, if any.</param>
internal sealed record StoredPack(string Id, string Version, string Sha256, string? Policy)
{
    public static StoredPack Of(RulePack pack) => new(pack.Id, pack.Version, pack.Sha256, pack.PolicySource);

    /// <summary>How messages name it: id, version, policy and sha256.</summary>
    public override string ToString() => $"{Id} {Version}{(Policy is null ? string.Empty : $" + policy {Policy}")} (sha256 {Sha256})";
}
