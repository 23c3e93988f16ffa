namespace Compliance.Rules.Auditing.Tallies;

/// <summary>
/// A record the unit tallies could not count (its evaluation stands; only the unit figures leave it
/// out): listed, so that a unit's figures are never silently short of a record.
/// </summary>
/// <param name="CrimeRecordId">The record.</param>
/// <param name="UnitId">The unit it would have counted for.</param>
/// <param name="Message">What failed: the exception's kind, never a value of the record.</param>
public sealed record TallyDefect(string CrimeRecordId, string UnitId, string Message);
