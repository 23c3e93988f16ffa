namespace Compliance.Rules.Auditing.Tallies;

/// <summary>A baseline rate a unit is compared with.</summary>
/// <param name="Rate">The rate.</param>
/// <param name="Source"><c>benchmark</c>, <c>unitType:&lt;type&gt;</c> or <c>allOtherUnits</c>.</param>
/// <param name="Part">Events counted over the peers (0 for a benchmark).</param>
/// <param name="Whole">Events over the peers (0 for a benchmark).</param>
internal sealed record Baseline(double Rate, string Source, long Part, long Whole)
{
    /// <summary>
    /// The policy benchmark when set, else the peers' pooled rate; null when the peers have no event.
    /// </summary>
    public static Baseline? Of(PeerGroup peers, IEnumerable<UnitTally> peerTallies, Func<UnitTally, (long Part, long Whole)> measure, double? benchmark)
    {
        if (benchmark is { } rate)
        {
            return new Baseline(rate, PeerGroup.BenchmarkSource, 0, 0);
        }

        long part = 0, whole = 0;
        foreach (var tally in peerTallies)
        {
            var (p, w) = measure(tally);
            part += p;
            whole += w;
        }

        return whole > 0 ? new Baseline(part / (double)whole, peers.Source, part, whole) : null;
    }
}
