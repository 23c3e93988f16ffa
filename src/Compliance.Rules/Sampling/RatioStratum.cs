namespace Compliance.Rules.Sampling;

/// <summary>One stratum of a ratio estimate: its population and its reviewed units.</summary>
/// <param name="Population">N_h.</param>
/// <param name="Items">The reviewed units (n_h of them).</param>
internal sealed record RatioStratum(long Population, IReadOnlyList<RatioItem> Items);
