namespace Compliance.Rules.Auditing.Tallies;

/// <summary>The units a unit is compared with when no policy benchmark is set.</summary>
/// <param name="Source">
/// <c>unitType:&lt;type&gt;</c> when the peers are the other units of the unit's type, else
/// <c>allOtherUnits</c>.
/// </param>
/// <param name="UnitIds">The peer units, ordered by id (never the unit itself).</param>
public sealed record PeerGroup(string Source, IReadOnlyList<string> UnitIds)
{
    /// <summary>The source of a baseline given by the policy rather than by peers.</summary>
    public const string BenchmarkSource = "benchmark";

    /// <summary>The source of a baseline pooled over every other unit.</summary>
    public const string AllOtherUnitsSource = "allOtherUnits";

    /// <summary>The least number of rape records the units of a type must hold to be a unit's peers.</summary>
    public const int MinTypePeerRapeRecords = 10;

    /// <summary>The least number of other units of a type for them to be a unit's peers.</summary>
    public const int MinTypePeers = 2;

    /// <summary>
    /// Chooses a unit's peers: the other units of its type when there are at least two of them and
    /// they hold at least ten rape records in total (a like-for-like comparison: a specialist
    /// sexual-offences unit is not compared with a response team); otherwise every other unit.
    /// </summary>
    /// <param name="unit">The unit.</param>
    /// <param name="units">Every unit of the input (the unit among them or not).</param>
    /// <returns>The peer group.</returns>
    public static PeerGroup Choose(UnitTally unit, IReadOnlyList<UnitTally> units)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(units);
        var others = units.Where(u => !string.Equals(u.UnitId, unit.UnitId, StringComparison.Ordinal))
            .OrderBy(u => u.UnitId, StringComparer.Ordinal).ToArray();
        if (unit.UnitType is { } type)
        {
            var sameType = others.Where(u => string.Equals(u.UnitType, type, StringComparison.Ordinal)).ToArray();
            if (sameType.Length >= MinTypePeers && sameType.Sum(u => u.RapeRecords) >= MinTypePeerRapeRecords)
            {
                return new PeerGroup($"unitType:{type}", [.. sameType.Select(u => u.UnitId)]);
            }
        }

        return new PeerGroup(AllOtherUnitsSource, [.. others.Select(u => u.UnitId)]);
    }
}
