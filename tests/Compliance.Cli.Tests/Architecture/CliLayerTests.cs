using Compliance.Cli.Reports;
using Compliance.Rules.Tests.Architecture;

namespace Compliance.Cli.Tests.Architecture;

/// <summary>The CLI's folders form layers that point one way (the check itself is tested with the library's layers).</summary>
public sealed class CliLayerTests
{
    /// <summary>
    /// From the bottom up. The root namespace holds what every command shares (exit codes, the
    /// runner); report writers know nothing of commands; commands (and the shared options and
    /// consoles in <c>Commands</c>) know nothing of the audit command, which composes them all.
    /// </summary>
    public static readonly string[] Layers =
    [
        "Compliance.Cli",
        "Compliance.Cli.Reports",
        "Compliance.Cli.Explaining",
        "Compliance.Cli.RuleTesting",
        "Compliance.Cli.Commands",
        "Compliance.Cli.Auditing",
    ];

    [Fact]
    public void The_cli_folders_point_one_way()
    {
        var problems = NamespaceLayers.Problems(typeof(IReportWriter).Assembly, Layers);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
