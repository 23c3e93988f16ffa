using Compliance.Rules.Packs;

namespace Compliance.Rules.Sampling;

/// <summary>
/// A checked audit plan: strata with their filters compiled against a rule pack's vocabulary, the
/// plan period and the groups estimated together. Load with <see cref="Load"/>; every filter has
/// passed the pack's allowlist by then.
/// </summary>
public sealed class SamplingPlan
{
    internal SamplingPlan(string planId, string adjudicator, string? seedSource, DateOnly? from, DateOnly? to, IReadOnlyList<PlanStratum> strata, IReadOnlyList<PlanGroup> combine, IReadOnlyList<StratumFilter> filters, IReadOnlyList<IncidentStratumFilter> incidentFilters)
    {
        PlanId = planId;
        Adjudicator = adjudicator;
        SeedSource = seedSource;
        From = from;
        To = to;
        Strata = strata;
        Combine = combine;
        Filters = filters;
        IncidentFilters = incidentFilters;
    }

    /// <summary>The adjudicator of a force's own audit.</summary>
    public const string ForceCrimeRegistrar = "FORCE_CRIME_REGISTRAR";

    /// <summary>The adjudicator of an inspection.</summary>
    public const string Inspectorate = "INSPECTORATE";

    /// <summary>The plan's id (hashed into every item's rank).</summary>
    public string PlanId { get; }

    /// <summary>Whose verdict is final: <see cref="ForceCrimeRegistrar"/>, <see cref="Inspectorate"/> or free text.</summary>
    public string Adjudicator { get; }

    /// <summary>Who chose the seed and how.</summary>
    public string? SeedSource { get; }

    /// <summary>First Europe/London date of the period (inclusive), or null for no lower bound.</summary>
    public DateOnly? From { get; }

    /// <summary>The Europe/London date the period ends before (exclusive), or null for no upper bound.</summary>
    public DateOnly? To { get; }

    /// <summary>The strata, in plan order (an item falls into the first whose filter it matches).</summary>
    public IReadOnlyList<PlanStratum> Strata { get; }

    /// <summary>The groups estimated together (by default one per decision).</summary>
    public IReadOnlyList<PlanGroup> Combine { get; }

    /// <summary>Whether the plan has an incident stratum (its sample needs incident logs).</summary>
    public bool HasIncidentStrata => IncidentFilters.Count > 0;

    /// <summary>The record strata's filters, in plan order.</summary>
    internal IReadOnlyList<StratumFilter> Filters { get; }

    /// <summary>The incident strata's filters, in plan order.</summary>
    internal IReadOnlyList<IncidentStratumFilter> IncidentFilters { get; }

    /// <summary>Reads and checks a plan.</summary>
    /// <param name="json">The plan file's bytes.</param>
    /// <param name="source">The file name, for errors.</param>
    /// <param name="pack">The pack whose vocabulary and parameters the filters use.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="SamplingException">The plan has problems; all are listed with their JSON path and line.</exception>
    public static SamplingPlan Load(ReadOnlyMemory<byte> json, string source, RulePack pack) => SamplingPlanReader.Read(json, source, pack);

    /// <summary>Whether a date lies in the half-open period [From, To).</summary>
    /// <param name="date">A Europe/London date.</param>
    /// <returns>True inside the period.</returns>
    public bool InPeriod(DateOnly date) => (From is not { } from || date >= from) && (To is not { } to || date < to);
}
