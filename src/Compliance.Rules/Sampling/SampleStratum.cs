namespace Compliance.Rules.Sampling;

/// <summary>A stratum as drawn: its population N and sample size n (inclusion probability n/N, weight N/n).</summary>
/// <param name="Id">The stratum id.</param>
/// <param name="Population">Records or incidents.</param>
/// <param name="Decision">The decision judged.</param>
/// <param name="N">Items in the frame.</param>
/// <param name="SampleSize">n, items drawn.</param>
public sealed record SampleStratum(string Id, StratumPopulation Population, SampledDecision Decision, long N, long SampleSize);
