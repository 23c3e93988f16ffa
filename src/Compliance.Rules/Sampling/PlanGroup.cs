namespace Compliance.Rules.Sampling;

/// <summary>Strata whose error rates are estimated together.</summary>
/// <param name="Id">The group's id.</param>
/// <param name="Strata">The strata ids.</param>
public sealed record PlanGroup(string Id, IReadOnlyList<string> Strata);
