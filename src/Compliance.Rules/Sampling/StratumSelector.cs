namespace Compliance.Rules.Sampling;

/// <summary>
/// Keeps the first n items of one stratum in selection order while the population streams past:
/// a max-heap of n candidates, so memory is O(n) whatever N is (a million-record export keeps
/// 20 records per stratum, not a million digests).
/// </summary>
/// <typeparam name="T">What is kept with each item (the record, for its findings).</typeparam>
internal sealed class StratumSelector<T>
{
    private readonly long _seed;
    private readonly string _planId;
    private readonly string _stratumId;
    private readonly PriorityQueue<Candidate, Candidate> _heap = new(LaterFirst.Instance);

    public StratumSelector(long seed, string planId, string stratumId, long? n)
    {
        _seed = seed;
        _planId = planId;
        _stratumId = stratumId;
        Target = n;
    }

    /// <summary>The fixed n, or null when n is computed from N at the end (Cochran): then every item is kept.</summary>
    public long? Target { get; }

    /// <summary>N so far.</summary>
    public long Population { get; private set; }

    public void Offer(string itemKey, T value)
    {
        Population++;
        if (Target == 0)
        {
            return;
        }

        Span<byte> digest = stackalloc byte[32];
        SelectionOrder.Digest(_seed, _planId, _stratumId, itemKey, digest);
        if (Target is not { } n || _heap.Count < n)
        {
            var candidate = new Candidate(digest.ToArray(), itemKey, value);
            _heap.Enqueue(candidate, candidate);
            return;
        }

        // Most items rank after the latest one kept: they are compared on the stack and dropped.
        var latest = _heap.Peek();
        if (SelectionOrder.Compare(digest, itemKey, latest.Digest, latest.ItemKey) < 0)
        {
            var candidate = new Candidate(digest.ToArray(), itemKey, value);
            _heap.DequeueEnqueue(candidate, candidate);
        }
    }

    /// <summary>The first <paramref name="n"/> items in selection order.</summary>
    public IReadOnlyList<(string ItemKey, T Value)> Take(long n)
    {
        var all = _heap.UnorderedItems.Select(i => i.Element).ToList();
        all.Sort((a, b) => SelectionOrder.Compare(a.Digest, a.ItemKey, b.Digest, b.ItemKey));
        return all.Take((int)Math.Min(n, all.Count)).Select(c => (c.ItemKey, c.Value)).ToArray();
    }

    private sealed record Candidate(byte[] Digest, string ItemKey, T Value);

    /// <summary>Orders the heap so that its root is the latest-ranked candidate kept.</summary>
    private sealed class LaterFirst : IComparer<Candidate>
    {
        public static readonly LaterFirst Instance = new();

        public int Compare(Candidate? x, Candidate? y) => SelectionOrder.Compare(y!.Digest, y.ItemKey, x!.Digest, x.ItemKey);
    }
}
