namespace Compliance.Rules.Auditing.Monitoring;

/// <summary>Where, in the events since a detector's statistic was last 0, its alert's onset lies.</summary>
internal static class OnsetEstimator
{
    /// <summary>The index of the onset event in <paramref name="span"/> (its last event is the alarm).</summary>
    /// <param name="span">The events since S was last 0, the alarm last.</param>
    /// <param name="rule">The estimator.</param>
    /// <param name="threshold">h.</param>
    /// <returns>An index into <paramref name="span"/>.</returns>
    public static int Start(IReadOnlyList<SpanEvent> span, OnsetRule rule, double threshold) => rule switch
    {
        OnsetRule.ChangePoint => ChangePoint(span),
        OnsetRule.HalfThreshold => AfterLastAtOrBelow(span, threshold / 2),
        _ => 0,
    };

    /// <summary>
    /// The maximum-likelihood change point with the post-change rate unknown: for each start j the
    /// events j…alarm have their own rate r = count / events, and the log-likelihood ratio against
    /// the baselines is Σ [x·ln(r / p0) + (1 − x)·ln((1 − r) / (1 − p0))]; the start with the largest
    /// ratio among those whose rate exceeds their mean baseline wins (the latest on a tie).
    /// </summary>
    /// <remarks>
    /// Why not "the first event after S was last 0": that is the change point when the rate rose by
    /// exactly the odds ratio the detector is tuned to (2). A practice that lifts attrition from 5%
    /// to 30% is a far larger step; with a baseline of 5% one counted event lifts S by 0.64 and some
    /// 13 uncounted ones are needed to bring it back to 0, so S is often above 0 when the practice
    /// starts and the last zero falls weeks early. Paused events (no baseline) carry no likelihood.
    /// </remarks>
    private static int ChangePoint(IReadOnlyList<SpanEvent> span)
    {
        long events = 0, count = 0;
        double nullLogLikelihood = 0, baselineSum = 0, best = 0;
        var start = 0;
        for (var j = span.Count - 1; j >= 0; j--)
        {
            var e = span[j];
            if (double.IsNaN(e.Baseline))
            {
                continue;
            }

            events++;
            count += e.Counted ? 1 : 0;
            nullLogLikelihood += Math.Log(e.Counted ? e.Baseline : 1 - e.Baseline);
            baselineSum += e.Baseline;
            var rate = count / (double)events;
            if (rate <= baselineSum / events)
            {
                continue;
            }

            var ratio = (count * Math.Log(rate)) + (count == events ? 0 : (events - count) * Math.Log(1 - rate)) - nullLogLikelihood;
            if (ratio > best)
            {
                best = ratio;
                start = j;
            }
        }

        return start;
    }

    private static int AfterLastAtOrBelow(IReadOnlyList<SpanEvent> span, double level)
    {
        for (var j = span.Count - 2; j >= 0; j--)
        {
            if (span[j].Statistic <= level)
            {
                return j + 1;
            }
        }

        return 0;
    }
}
