namespace Compliance.Rules.Sampling;

/// <summary>Turns a sample and its verdicts into the estimates of an audit round. Pure: no clock, no I/O.</summary>
public static class SampleEstimator
{
    /// <summary>Estimates.</summary>
    /// <param name="sample">The sample.</param>
    /// <param name="verdicts">Every verdict read (JSON Lines and worksheets).</param>
    /// <param name="annualRecorded">The force's recorded crimes (excluding fraud) for the 12 months to the end of the plan period, for unrecorded crimes per year.</param>
    /// <returns>The report.</returns>
    /// <exception cref="SamplingException">A verdict names another plan or an item not drawn, or an item has two final verdicts.</exception>
    public static EstimateReport Estimate(Sample sample, IEnumerable<Verdict> verdicts, long? annualRecorded = null)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(verdicts);
        var resolution = VerdictResolution.Resolve(sample, verdicts);
        var counting = resolution.Counting;
        var strata = sample.Strata.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var reviewedByStratum = sample.Strata.ToDictionary(
            s => s.Id,
            s => sample.Items.Where(i => i.StratumId == s.Id && counting.ContainsKey(i.ItemKey)).Select(i => (Item: i, Verdict: counting[i.ItemKey])).ToArray(),
            StringComparer.Ordinal);

        var stratumEstimates = sample.Strata.Select(s => StratumFigures(s, reviewedByStratum[s.Id])).ToArray();
        var combined = sample.Combine.Select(g => new GroupEstimate(
            g.Id,
            g.Strata,
            StratifiedProportion.Estimate([.. g.Strata.Select(id => new StratumCount(strata[id].N, reviewedByStratum[id].Length, reviewedByStratum[id].Count(r => !r.Verdict.DecisionCorrect)))]))).ToArray();

        var incorrect = counting.Values.Where(v => !v.DecisionCorrect).ToArray();
        return new EstimateReport(
            sample.PlanId,
            sample.Adjudicator,
            sample.Blind,
            sample.Items.Count(i => !counting.ContainsKey(i.ItemKey)),
            stratumEstimates,
            combined,
            Recording(sample, reviewedByStratum, annualRecorded),
            Rules(sample, reviewedByStratum),
            Agreement.Compute([.. resolution.All.Values.Select(EarliestPerReviewer)]),
            new RemedyCount(incorrect.Length, incorrect.Count(v => v.RemedialAction is { } action && action != VerdictCodes.NoRemedy)));
    }

    private static StratumEstimate StratumFigures(SampleStratum stratum, (SampleItem Item, Verdict Verdict)[] reviewed)
    {
        var wrong = reviewed.Count(r => !r.Verdict.DecisionCorrect);
        double? rate = null, low = null, high = null, recordingRate = null;
        if (reviewed.Length > 0)
        {
            rate = (double)wrong / reviewed.Length;
            (low, high) = WilsonScore.Interval(rate.Value, reviewed.Length);
        }

        if (stratum.Population == StratumPopulation.Incident)
        {
            var should = reviewed.Sum(r => (long)(r.Verdict.ShouldHaveBeenRecorded ?? 0));
            recordingRate = should > 0 ? reviewed.Sum(r => (long)(r.Verdict.Recorded ?? 0)) / (double)should : null;
        }

        return new StratumEstimate(stratum.Id, stratum.Population, stratum.N, stratum.SampleSize, reviewed.Length, wrong, rate, low, high, recordingRate);
    }

    private static RecordingEstimate? Recording(Sample sample, Dictionary<string, (SampleItem Item, Verdict Verdict)[]> reviewed, long? annualRecorded)
    {
        var incidentStrata = sample.Strata.Where(s => s.Population == StratumPopulation.Incident).ToArray();
        if (incidentStrata.Length == 0)
        {
            return null;
        }

        var rate = RatioEstimator.Estimate([.. incidentStrata.Select(s => new RatioStratum(s.N, [.. reviewed[s.Id].Select(r => new RatioItem(r.Verdict.ShouldHaveBeenRecorded ?? 0, r.Verdict.Recorded ?? 0))]))]);
        var accuracy = RatioEstimator.Estimate([.. incidentStrata.Select(s => new RatioStratum(s.N, [.. reviewed[s.Id].Select(r => new RatioItem(r.Verdict.ShouldHaveBeenRecorded ?? 0, r.Verdict.CorrectlyRecorded ?? 0))]))]);
        double? unrecorded = null, low = null, high = null;
        if (annualRecorded is { } a && rate.Estimate is { } r && r > 0)
        {
            unrecorded = a * ((1 / r) - 1);
            low = rate.High is { } h && h > 0 ? a * ((1 / h) - 1) : null;
            high = rate.Low is { } l && l > 0 ? a * ((1 / l) - 1) : null;
        }

        return new RecordingEstimate(rate, accuracy, unrecorded, low, high);
    }

    private static RuleScore[] Rules(Sample sample, Dictionary<string, (SampleItem Item, Verdict Verdict)[]> reviewed)
    {
        var ruleIds = RuleJudgement.ScoredRules.Concat(sample.Items.SelectMany(i => i.Findings)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var scores = new List<RuleScore>();
        foreach (var ruleId in ruleIds)
        {
            if (RuleJudgement.JudgedBy(ruleId) is not { } field)
            {
                scores.Add(new RuleScore(ruleId, null, 0, 0, null, null, null));
                continue;
            }

            // Only blind verdicts: a reviewer shown the finding is not an independent judge of it.
            var strata = new List<RatioStratum>();
            long fired = 0, confirmed = 0, problems = 0;
            foreach (var stratum in sample.Strata)
            {
                var scored = reviewed[stratum.Id]
                    .Where(r => r.Verdict.Blind ?? sample.Blind)
                    .Select(r => (Fired: r.Item.Findings.Contains(ruleId, StringComparer.Ordinal), Confirms: RuleJudgement.Confirms(field, r.Verdict)))
                    .Where(r => r.Confirms is not null)
                    .Select(r => (r.Fired, Confirms: r.Confirms!.Value))
                    .ToArray();
                fired += scored.Count(s => s.Fired);
                confirmed += scored.Count(s => s.Fired && s.Confirms);
                problems += scored.Count(s => s.Confirms);
                if (scored.Length > 0)
                {
                    strata.Add(new RatioStratum(stratum.N, [.. scored.Select(s => new RatioItem(s.Fired ? 1 : 0, s.Fired && s.Confirms ? 1 : 0))]));
                }
            }

            if (fired == 0)
            {
                var recall = problems > 0 ? InSample(0, problems) : null;
                scores.Add(new RuleScore(ruleId, field, 0, 0, IntervalEstimate.None(EstimateCodes.RuleNeverFired), null, recall));
                continue;
            }

            scores.Add(new RuleScore(ruleId, field, fired, confirmed, RatioEstimator.Estimate(strata), InSample(confirmed, fired), problems > 0 ? InSample(confirmed, problems) : null));
        }

        return [.. scores];
    }

    private static IntervalEstimate InSample(long successes, long trials)
    {
        var p = (double)successes / trials;
        var (low, high) = WilsonScore.Interval(p, trials);
        return new IntervalEstimate(p, low, high, null, trials, [], null);
    }

    private static IReadOnlyList<(string Reviewer, bool Rating)> EarliestPerReviewer(List<Verdict> verdicts) =>
        [.. verdicts.Where(v => !v.Final)
            .GroupBy(v => v.ReviewerRef, StringComparer.Ordinal)
            .Select(g => g.OrderBy(v => v.ReviewedAt).First())
            .OrderBy(v => v.ReviewerRef, StringComparer.Ordinal)
            .Select(v => (v.ReviewerRef, v.DecisionCorrect))];
}
