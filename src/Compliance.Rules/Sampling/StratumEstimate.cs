namespace Compliance.Rules.Sampling;

/// <summary>One stratum's figures.</summary>
/// <param name="Id">Stratum id.</param>
/// <param name="Population">Records or incidents.</param>
/// <param name="N">Items in the frame.</param>
/// <param name="SampleSize">Items drawn.</param>
/// <param name="Reviewed">Items with a verdict.</param>
/// <param name="Incorrect">Items judged incorrect.</param>
/// <param name="ErrorRate">incorrect / reviewed (null before any review).</param>
/// <param name="Low">Wilson lower bound.</param>
/// <param name="High">Wilson upper bound.</param>
/// <param name="RecordingRate">Incident strata: Σ recorded / Σ should.</param>
public sealed record StratumEstimate(string Id, StratumPopulation Population, long N, long SampleSize, long Reviewed, long Incorrect, double? ErrorRate, double? Low, double? High, double? RecordingRate);
