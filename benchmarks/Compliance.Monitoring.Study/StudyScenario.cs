using Compliance.Rules.Auditing.Monitoring;

namespace Compliance.Monitoring.Study;

/// <summary>
/// A simulated force for the detector alone: one unit that may start a practice at a known date and
/// peer units that never do, each with one event stream per metric.
/// </summary>
/// <param name="Name">The scenario's name.</param>
/// <param name="Streams">The metrics' profiles.</param>
/// <param name="Peers">Peer units (all in control).</param>
/// <param name="Months">Length of the simulated history.</param>
/// <param name="OnsetMonth">Month the practice starts; null for baseline-only data.</param>
public sealed record StudyScenario(string Name, IReadOnlyList<StreamProfile> Streams, int Peers, int Months, int? OnsetMonth)
{
    /// <summary>
    /// The figures of the bundled 2008–09 sample, rounded: a Sapphire-like unit receives about 15 rape
    /// reports a month; about 5% of the peers' reports end outside the count and 4% of their rape
    /// records are cancelled; under the practice the unit loses 30% and cancels 25% (the sample's unit
    /// lost 40%), questions before a specialist in 40% of cases, and a third of its retractions follow
    /// pressure.
    /// </summary>
    public static IReadOnlyList<StreamProfile> Sapphire { get; } =
    [
        new(MonitorMetrics.RapeAttrition, 15, 0.05, 0.30),
        new(MonitorMetrics.RapeCancellation, 14, 0.04, 0.25),
        new(MonitorMetrics.RetractionGrounds, 3, 0.10, 0.40),
        new(MonitorMetrics.PoliceInitiatedRetraction, 2, 0.02, 0.33),
        new(MonitorMetrics.SpecialistFirst, 20, 0.03, 0.40),
    ];

    /// <summary>Displacement: reports not recorded instead of cancelled; only attrition rises (to the Sapphire share).</summary>
    public static IReadOnlyList<StreamProfile> Displacement { get; } =
        [.. Sapphire.Select(s => s.Metric == MonitorMetrics.RapeAttrition ? s : s with { PracticeRate = s.InControlRate })];
}
