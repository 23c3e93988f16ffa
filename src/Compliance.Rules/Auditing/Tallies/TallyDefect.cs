namespace Compliance.Rules.Auditing.Tallies;

/// <summary>
/// A record the unit tallies or the monitoring series could not count (its evaluation stands; only
/// those figures leave it out): listed, so that a unit's figures are never silently short of a record.
/// </summary>
/// <param name="CrimeRecordId">The record.</param>
/// <param name="UnitId">The unit it would have counted for.</param>
/// <param name="Message">What failed and where: the exception's kind and <c>while counting the record for the unit audits</c> or <c>while collecting the record's monitoring events</c>; never a value of the record.</param>
public sealed record TallyDefect(string CrimeRecordId, string UnitId, string Message);
