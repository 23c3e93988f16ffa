namespace Compliance.Rules.Sampling;

/// <summary>A stratum's compiled filter and date over one population's facts (records or incidents).</summary>
/// <typeparam name="TFacts">The facts an item of the population is judged on.</typeparam>
internal interface IStratumFilter<in TFacts>
{
    /// <summary>The stratum.</summary>
    PlanStratum Stratum { get; }

    /// <summary>Whether the item belongs to the stratum.</summary>
    bool Matches(TFacts facts);

    /// <summary>The date that places the item in the period, or null when it has none (out of frame).</summary>
    DateTimeOffset? DateOf(TFacts facts);
}
