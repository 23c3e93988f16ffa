namespace Compliance.Rules.Sampling;

/// <summary>Agreement between reviewers on <c>decisionCorrect</c>.</summary>
/// <param name="Items">Items rated by at least two distinct reviewers.</param>
/// <param name="Reviewers">Distinct reviewers over those items.</param>
/// <param name="ObservedAgreement">The share of agreeing pairs of ratings (null without items).</param>
/// <param name="ChanceAgreement">The agreement expected by chance.</param>
/// <param name="Kappa">κ; null with a <paramref name="Reason"/> when undefined or too few items.</param>
/// <param name="Method"><c>conger</c> (two reviewers rated every item; equals Cohen's κ) or <c>fleiss</c>.</param>
/// <param name="Reason">Why κ is null (<see cref="EstimateCodes"/>).</param>
public sealed record AgreementResult(int Items, int Reviewers, double? ObservedAgreement, double? ChanceAgreement, double? Kappa, string Method, string? Reason);
