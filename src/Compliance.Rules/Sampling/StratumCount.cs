namespace Compliance.Rules.Sampling;

/// <summary>One stratum's figures for a combined error rate.</summary>
/// <param name="Population">N_h, items in the stratum's population.</param>
/// <param name="Reviewed">n_h, reviewed items.</param>
/// <param name="Incorrect">Reviewed items judged incorrect.</param>
internal readonly record struct StratumCount(long Population, long Reviewed, long Incorrect);
