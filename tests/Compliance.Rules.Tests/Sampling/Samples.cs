using Compliance.Rules.Sampling;

namespace Compliance.Rules.Tests.Sampling;

/// <summary>Hand-made samples for verdict and estimate tests.</summary>
internal static class Samples
{
    /// <summary>Stratum a (N 40, n 3): A-1 with CANCEL-002 and CANCEL-008, A-2 with CANCEL-002, A-3 with nothing; stratum b (N 400, n 2): B-1 with CANCEL-002, B-2 with nothing.</summary>
    public static Sample TwoStrata(bool blind) => new(
        "P",
        42,
        "test",
        SamplingPlan.ForceCrimeRegistrar,
        new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero),
        new SampleRulePack("compliance-builtin", "1.0.0", "ab"),
        blind,
        [],
        0,
        0,
        0,
        [new SampleStratum("a", StratumPopulation.Record, SampledDecision.Cancellation, 40, 3), new SampleStratum("b", StratumPopulation.Record, SampledDecision.Cancellation, 400, 2)],
        [new PlanGroup("cancellations", ["a", "b"])],
        [
            new SampleItem("record:A-1", "a", 1, ["CANCEL-002", "CANCEL-008"]),
            new SampleItem("record:A-2", "a", 2, ["CANCEL-002"]),
            new SampleItem("record:A-3", "a", 3, []),
            new SampleItem("record:B-1", "b", 1, ["CANCEL-002"]),
            new SampleItem("record:B-2", "b", 2, []),
        ]);

    /// <summary>One incident stratum of 200 incidents, all drawn, one crime each.</summary>
    public static Sample Incidents() => new(
        "I",
        1,
        null,
        SamplingPlan.Inspectorate,
        new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero),
        new SampleRulePack("compliance-builtin", "1.0.0", "ab"),
        true,
        [],
        0,
        0,
        0,
        [new SampleStratum("incidents", StratumPopulation.Incident, SampledDecision.Incident, 200, 200)],
        [new PlanGroup("incident", ["incidents"])],
        [.. Enumerable.Range(1, 200).Select(i => new SampleItem($"incident:I-{i}", "incidents", i, []))]);

    public static Verdict Verdict(string item, bool correct, string reviewer = "R1", int day = 10, bool final = false, bool? blind = null, bool? victimInformed = null, string? remedy = null) => new(
        "P", item, reviewer, new DateTimeOffset(2026, 1, day, 9, 0, 0, TimeSpan.Zero), correct, correct ? [] : ["OTHER"], victimInformed, null, null, null, final, blind, remedy, null, "v.jsonl", 1);
}
