using Compliance.Cli.Reports;
using Compliance.Rules.Tests.Architecture;

namespace Compliance.Cli.Tests.Architecture;

/// <summary>The CLI's folders form layers that point one way (the check itself is tested with the library's layers).</summary>
public sealed class CliLayerTests
{
    /// <summary>
    /// From the bottom up. The root namespace holds what every command shares (exit codes, the
    /// runner, interruption, the value formatter); the comparison with a previous report knows no
    /// report format; report writers (with their formats below <c>Reports</c>) know nothing of
    /// commands; <c>explain</c> and <c>rules test</c> reuse the JSON writing of reports; the commands
    /// (and the options and consoles they share) know nothing of the audit command, which composes
    /// them all (its options, inputs, threads, progress and the report destination).
    /// </summary>
    public static readonly string[] Layers =
    [
        "Compliance.Cli",
        "Compliance.Cli.History",
        "Compliance.Cli.Baselines",
        "Compliance.Cli.Reports",
        "Compliance.Cli.Explaining",
        "Compliance.Cli.RuleTesting",
        "Compliance.Cli.Commands",
        "Compliance.Cli.Auditing",
        "Compliance.Cli.Monitoring",
    ];

    [Fact]
    public void The_cli_folders_point_one_way()
    {
        var problems = NamespaceLayers.Problems(typeof(IReportWriter).Assembly, Layers);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_check_sees_the_cli_edges_it_is_meant_to_judge()
    {
        // Known uses (a method body, a field, a base interface): an IL reader that saw nothing would fail here.
        var edges = NamespaceLayers.Edges(typeof(IReportWriter).Assembly, "Compliance.Cli");

        Assert.Contains("Compliance.Cli.Reports", edges["Compliance.Cli.Auditing"].Keys);
        Assert.Contains("Compliance.Cli.Baselines", edges["Compliance.Cli.Reports"].Keys);
        Assert.Contains("Compliance.Cli", edges["Compliance.Cli.Reports.Text"].Keys);
    }
}
