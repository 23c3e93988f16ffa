using Compliance.Rules.Calendar;

namespace Compliance.Rules.Sampling;

/// <summary>
/// Where an item falls in a plan: the first stratum whose filter matches it, then whether its date puts
/// it in the period. One rule for records and incidents alike.
/// </summary>
internal static class StratumPlacement
{
    /// <summary>Places an item.</summary>
    /// <param name="plan">The plan (its period).</param>
    /// <param name="filters">The population's filters, in plan order.</param>
    /// <param name="facts">The item's facts.</param>
    /// <param name="key">The item's key, for <paramref name="errors"/>.</param>
    /// <param name="errors">Where a failing expression is named: one bad item must not end the draw.</param>
    /// <param name="index">With <see cref="StratumPlacementKind.InPeriod"/>: the stratum's index in <paramref name="filters"/>.</param>
    public static StratumPlacementKind Place<TFacts>(SamplingPlan plan, IReadOnlyList<IStratumFilter<TFacts>> filters, TFacts facts, string key, List<(string ItemKey, string StratumId, string Message)> errors, out int index)
    {
        index = -1;
        for (var i = 0; i < filters.Count; i++)
        {
            var filter = filters[i];
            DateTimeOffset? date;
            try
            {
                if (!filter.Matches(facts))
                {
                    continue;
                }

                date = filter.DateOf(facts);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                errors.Add((key, filter.Stratum.Id, e.GetType().Name));
                return StratumPlacementKind.Error;
            }

            if (date is not { } instant)
            {
                return StratumPlacementKind.OutOfFrame;
            }

            if (!plan.InPeriod(WorkingDayCalendar.LondonDate(instant)))
            {
                return StratumPlacementKind.None;
            }

            index = i;
            return StratumPlacementKind.InPeriod;
        }

        return StratumPlacementKind.None;
    }
}
