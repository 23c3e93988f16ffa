namespace Compliance.Rules.Sampling;

/// <summary>A combined error rate.</summary>
/// <param name="Id">Group id.</param>
/// <param name="Strata">Its strata.</param>
/// <param name="Estimate">The estimate.</param>
public sealed record GroupEstimate(string Id, IReadOnlyList<string> Strata, IntervalEstimate Estimate);
