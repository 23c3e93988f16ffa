using Compliance.Rules.Auditing.Tallies;

namespace Compliance.Rules.Auditing.Monitoring;

/// <summary>
/// What the <c>unanswered-incident</c> detectors need of one incident unit to choose its peers as
/// AUDIT-007 does: its type (the most frequent non-null <c>unitType</c> among its incidents) and its
/// closed crime-indicative incidents that are events.
/// </summary>
/// <param name="UnitId">The incident unit (<c>owningUnit.unitId</c>).</param>
/// <param name="UnitType">Its type, when any incident names one.</param>
/// <param name="Events">Its <c>unanswered-incident</c> events.</param>
internal sealed record IncidentUnitTally(string UnitId, string? UnitType, long Events)
{
    /// <summary>
    /// The peers of an incident unit, as AUDIT-007 chooses them: the other units of its type when at
    /// least two share it and they hold at least <paramref name="minEvents"/> events, else every other
    /// incident unit.
    /// </summary>
    /// <param name="units">Every incident unit.</param>
    /// <param name="minEvents">The least events the units of the type must hold (<c>audit007MinIncidents</c>).</param>
    /// <returns>The source (<c>unitType:&lt;type&gt;</c> or <c>allOtherUnits</c>) and the peers' ids, ordered.</returns>
    public (string Source, IReadOnlyList<string> UnitIds) Peers(IReadOnlyList<IncidentUnitTally> units, long minEvents)
    {
        ArgumentNullException.ThrowIfNull(units);
        var others = units.Where(u => !string.Equals(u.UnitId, UnitId, StringComparison.Ordinal)).OrderBy(u => u.UnitId, StringComparer.Ordinal).ToArray();
        if (UnitType is { } type)
        {
            var sameType = others.Where(u => string.Equals(u.UnitType, type, StringComparison.Ordinal)).ToArray();
            if (sameType.Length >= PeerGroup.MinTypePeers && sameType.Sum(u => u.Events) >= minEvents)
            {
                return ($"unitType:{type}", [.. sameType.Select(u => u.UnitId)]);
            }
        }

        return (PeerGroup.AllOtherUnitsSource, [.. others.Select(u => u.UnitId)]);
    }
}
