namespace Compliance.Rules.Sampling;

/// <summary>One stratum of a plan.</summary>
/// <param name="Id">Its id (unique in the plan).</param>
/// <param name="Population">Records or incidents.</param>
/// <param name="Decision">The decision judged.</param>
/// <param name="Where">The filter, an expression of the rule language.</param>
/// <param name="DateField">An expression giving the item's date in place of the decision's (optional).</param>
/// <param name="N">A fixed sample size, or null when it is computed from <paramref name="ExpectedRate"/> and <paramref name="Margin"/>.</param>
/// <param name="ExpectedRate">The rate expected (error rate of records, recording rate of incidents).</param>
/// <param name="Margin">Half-width of the 95% interval wanted.</param>
/// <param name="CrimesPerIncident">Crimes per incident (incident strata).</param>
/// <param name="DesignEffect">The design effect (incident strata; default 1.5).</param>
public sealed record PlanStratum(
    string Id,
    StratumPopulation Population,
    SampledDecision Decision,
    string Where,
    string? DateField,
    long? N,
    double? ExpectedRate,
    double? Margin,
    double? CrimesPerIncident,
    double? DesignEffect)
{
    /// <summary>The sample size for a population of <paramref name="population"/> items.</summary>
    /// <param name="population">N.</param>
    /// <returns>n (never above N).</returns>
    public long SampleSize(long population)
    {
        if (N is { } fixedSize)
        {
            return Math.Min(fixedSize, population);
        }

        return Population == StratumPopulation.Incident
            ? SampleSizes.ForIncidents(ExpectedRate!.Value, Margin!.Value, population, CrimesPerIncident!.Value, DesignEffect ?? SampleSizes.DefaultDesignEffect)
            : SampleSizes.Cochran(ExpectedRate!.Value, Margin!.Value, population);
    }

    /// <summary>The largest n this stratum can ask for, whatever N turns out to be.</summary>
    /// <returns>An upper bound of n.</returns>
    internal long SampleSizeBound() => N ?? SampleSize(long.MaxValue / 4);
}
