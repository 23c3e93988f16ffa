using Compliance.Rules.Engine;
using Compliance.Rules.Tests.Architecture.Planted;

namespace Compliance.Rules.Tests.Architecture;

/// <summary>The library's namespaces form layers that point one way.</summary>
public sealed class LayerTests
{
    /// <summary>
    /// From the bottom up: each namespace may use the ones above it in this list, never one below,
    /// and no two namespaces may use each other. The record model and its reader know nothing of
    /// rules; bank holidays, the rules in force by date and the facts rules see come before the
    /// expressions that read them, then packs, the engine, and the two users of the engine: audit
    /// samples and the audit. The audit is three namespaces: what it counts per unit (<c>Tallies</c>),
    /// the series over time (<c>Monitoring</c>, which needs the tallies to choose peers), and on top
    /// the one entry point that composes them (<c>ComplianceAudit</c>). The incident-log model comes
    /// after the engine (its rules are evaluated by it), but its enums live with the record model's,
    /// so that pack parameters may be typed by them. No edge is excused: a reverse use is moved, not listed.
    /// </summary>
    public static readonly string[] Layers =
    [
        "Compliance.Rules.Annotations",
        "Compliance.Rules.Records",
        "Compliance.Rules.Reading",
        "Compliance.Rules.Calendar",
        "Compliance.Rules.Timelines",
        "Compliance.Rules.Facts",
        "Compliance.Rules.Expressions",
        "Compliance.Rules.Packs",
        "Compliance.Rules.Engine",
        "Compliance.Rules.Incidents",
        "Compliance.Rules.Sampling",
        "Compliance.Rules.Auditing.Tallies",
        "Compliance.Rules.Auditing.Monitoring",
        "Compliance.Rules.Auditing",
    ];

    [Fact]
    public void The_library_namespaces_point_one_way()
    {
        var problems = NamespaceLayers.Problems(typeof(IComplianceEngine).Assembly, Layers);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_check_sees_the_library_edges_it_is_meant_to_judge()
    {
        // Guards the check itself: these uses are known to exist (in method bodies, signatures and
        // namespace-relative names), so an IL reader that saw nothing would fail here, not pass above.
        var edges = NamespaceLayers.Edges(typeof(IComplianceEngine).Assembly, "Compliance.Rules");

        Assert.Contains("Compliance.Rules.Packs", edges["Compliance.Rules.Engine"].Keys);
        Assert.Contains("Compliance.Rules.Packs", edges["Compliance.Rules.Auditing"].Keys);
        Assert.Contains("Compliance.Rules.Records", edges["Compliance.Rules.Reading"].Keys);
        Assert.Contains("Compliance.Rules.Auditing.Tallies", edges["Compliance.Rules.Auditing.Monitoring"].Keys);
        Assert.Contains("Compliance.Rules.Packs.Documents", edges["Compliance.Rules.Packs"].Keys);
        Assert.Contains("Compliance.Rules.Records", edges["Compliance.Rules.Incidents"].Keys);
    }

    [Fact]
    public void A_use_of_a_later_layer_in_a_method_body_is_caught()
    {
        var problems = NamespaceLayers.Problems(typeof(LayerTests).Assembly, [PlantedNames.Base, PlantedNames.Top]);

        Assert.Contains(problems, p => p.StartsWith($"{PlantedNames.Base} uses {PlantedNames.Top}, a later layer (ReachesUp uses Upper)", StringComparison.Ordinal));
    }

    [Fact]
    public void Namespaces_that_use_each_other_are_caught_even_inside_one_layer()
    {
        var problems = NamespaceLayers.Problems(typeof(LayerTests).Assembly, [PlantedNames.Base, PlantedNames.Top]);

        Assert.Contains($"namespaces use each other: {PlantedNames.CycleA} ↔ {PlantedNames.CycleB}", problems);
    }

    [Fact]
    public void A_namespace_in_no_layer_is_caught()
    {
        var problems = NamespaceLayers.Problems(typeof(LayerTests).Assembly, [PlantedNames.Base, PlantedNames.Top]);

        Assert.Contains($"{PlantedNames.Unplaced} is in no layer: add it to the list where it belongs", problems);
    }

    [Fact]
    public void Uses_in_the_allowed_direction_are_not_problems()
    {
        var problems = NamespaceLayers.Problems(typeof(LayerTests).Assembly, [PlantedNames.Base, PlantedNames.Top]);

        Assert.DoesNotContain(problems, p => p.StartsWith($"{PlantedNames.Top} uses", StringComparison.Ordinal));
    }
}
