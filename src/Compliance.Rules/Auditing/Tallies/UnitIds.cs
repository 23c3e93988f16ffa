namespace Compliance.Rules.Auditing.Tallies;

/// <summary>How an audit names the unit a record is counted under.</summary>
public static class UnitIds
{
    /// <summary>The unit id of records with no <c>owningUnit</c> (or an empty unit id).</summary>
    public const string Unassigned = "(unassigned)";

    /// <summary>The unit id an audit counts a record under: its owning unit's id, or <see cref="Unassigned"/>.</summary>
    /// <param name="owningUnitId">The record's <c>owningUnit.unitId</c>, if any.</param>
    /// <returns>The unit id.</returns>
    public static string Of(string? owningUnitId) => owningUnitId is { Length: > 0 } id ? id : Unassigned;
}
