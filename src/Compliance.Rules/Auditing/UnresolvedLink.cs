namespace Compliance.Rules.Auditing;

/// <summary>A crime-record id an incident lists that no record of the input has.</summary>
/// <param name="IncidentId">The incident.</param>
/// <param name="CrimeRecordId">The id it lists.</param>
public sealed record UnresolvedLink(string IncidentId, string CrimeRecordId);
