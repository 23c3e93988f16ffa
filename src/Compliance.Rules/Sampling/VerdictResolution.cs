namespace Compliance.Rules.Sampling;

/// <summary>
/// Matches verdicts to a sample and picks the one that counts per item: the adjudicator's
/// (<c>final</c>), else the latest, ties by reviewer. Every verdict that names another plan or an
/// item not drawn, and every item with two final verdicts, is a problem: nothing is estimated from
/// a verdict file that does not belong to the sample.
/// </summary>
internal sealed class VerdictResolution
{
    private VerdictResolution(Dictionary<string, Verdict> counting, Dictionary<string, List<Verdict>> all)
    {
        Counting = counting;
        All = all;
    }

    /// <summary>The verdict that counts, by item key.</summary>
    public IReadOnlyDictionary<string, Verdict> Counting { get; }

    /// <summary>Every verdict, by item key, in reading order.</summary>
    public IReadOnlyDictionary<string, List<Verdict>> All { get; }

    public static VerdictResolution Resolve(Sample sample, IEnumerable<Verdict> verdicts)
    {
        var items = sample.Items.Select(i => i.ItemKey).ToHashSet(StringComparer.Ordinal);
        var problems = new List<SamplingProblem>();
        var all = new Dictionary<string, List<Verdict>>(StringComparer.Ordinal);
        foreach (var verdict in verdicts)
        {
            if (!string.Equals(verdict.PlanId, sample.PlanId, StringComparison.Ordinal))
            {
                problems.Add(new SamplingProblem(verdict.Source, "planId", $"the verdict is for plan \"{verdict.PlanId}\"; the sample is plan \"{sample.PlanId}\"", verdict.Line));
                continue;
            }

            if (!items.Contains(verdict.ItemKey))
            {
                problems.Add(new SamplingProblem(verdict.Source, "itemKey", $"\"{verdict.ItemKey}\" is not an item of the sample", verdict.Line));
                continue;
            }

            if (!all.TryGetValue(verdict.ItemKey, out var list))
            {
                all[verdict.ItemKey] = list = [];
            }

            list.Add(verdict);
        }

        var counting = new Dictionary<string, Verdict>(StringComparer.Ordinal);
        foreach (var (key, list) in all)
        {
            var finals = list.Where(v => v.Final).ToArray();
            if (finals.Length > 1)
            {
                problems.Add(new SamplingProblem(finals[1].Source, "final", $"\"{key}\" has {finals.Length} final verdicts (also {finals[0].Source} line {finals[0].Line}); only the adjudicator's may be final", finals[1].Line));
                continue;
            }

            counting[key] = finals.Length == 1
                ? finals[0]
                : list.OrderBy(v => v.ReviewedAt).ThenBy(v => v.ReviewerRef, StringComparer.Ordinal).Last();
        }

        if (problems.Count > 0)
        {
            throw new SamplingException(problems);
        }

        return new VerdictResolution(counting, all);
    }
}
