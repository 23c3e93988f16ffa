namespace Compliance.Rules.Sampling;

/// <summary>The outcome of placing one item in a plan (<see cref="StratumPlacement.Place{TFacts}"/>).</summary>
internal enum StratumPlacementKind
{
    /// <summary>No stratum matches, or its date falls outside the period.</summary>
    None,

    /// <summary>A filter or date expression failed: the item is left out and named in <c>errors</c>.</summary>
    Error,

    /// <summary>The matching stratum gives the item no date.</summary>
    OutOfFrame,

    /// <summary>In the stratum at the index given, within the period: offer it.</summary>
    InPeriod,
}
