namespace Compliance.Rules.Sampling;

/// <summary>
/// A drawn sample (<c>sample.json</c>): everything needed to re-derive it (plan id, seed, as-of,
/// pack, inputs by hash) and to weight its verdicts (N and n per stratum).
/// </summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Seed">The seed.</param>
/// <param name="SeedSource">Who chose the seed and how.</param>
/// <param name="Adjudicator">Whose verdict is final.</param>
/// <param name="AsOf">The as-of instant findings were computed at.</param>
/// <param name="RulePack">The pack.</param>
/// <param name="Blind">False when the worksheet showed the tool's findings to reviewers.</param>
/// <param name="Inputs">The input files, by hash (sorted).</param>
/// <param name="RejectedRecords">Records that could not be read.</param>
/// <param name="RejectedIncidents">Incidents that could not be read.</param>
/// <param name="OutOfFrame">Items that matched a stratum but have no date to place them in the period.</param>
/// <param name="Strata">The strata.</param>
/// <param name="Combine">The groups estimated together.</param>
/// <param name="Items">The drawn items, stratum by stratum in plan order, each in selection order.</param>
public sealed record Sample(
    string PlanId,
    long Seed,
    string? SeedSource,
    string Adjudicator,
    DateTimeOffset AsOf,
    SampleRulePack RulePack,
    bool Blind,
    IReadOnlyList<SampleInput> Inputs,
    long RejectedRecords,
    long RejectedIncidents,
    long OutOfFrame,
    IReadOnlyList<SampleStratum> Strata,
    IReadOnlyList<PlanGroup> Combine,
    IReadOnlyList<SampleItem> Items);
