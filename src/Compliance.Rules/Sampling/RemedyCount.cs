namespace Compliance.Rules.Sampling;

/// <summary>Remedy of incorrect decisions.</summary>
/// <param name="Incorrect">Reviewed items judged incorrect.</param>
/// <param name="Remedied">Of those, with a remedial action other than NONE.</param>
public sealed record RemedyCount(long Incorrect, long Remedied);
