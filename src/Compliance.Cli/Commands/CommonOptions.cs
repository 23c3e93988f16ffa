using System.CommandLine;

namespace Compliance.Cli.Commands;

/// <summary>Options several commands share, defined once so they read the same everywhere.</summary>
internal static class CommonOptions
{
    /// <summary>The values of <c>--period</c>, in the order of <see cref="Rules.Auditing.Monitoring.MonitorPeriod"/>.</summary>
    public static readonly string[] Periods = ["month", "week"];

    public static Option<string?> Rules() => new("--rules")
    {
        Description = "A rule pack or a policy file (JSON). A policy is applied to the built-in pack. Default: the built-in pack.",
    };

    public static Option<string?> Period()
    {
        var option = new Option<string?>("--period")
        {
            Description = "Period of the unit series over time: month (default) or week (ISO weeks, Europe/London).",
        };
        option.CompletionSources.Add(Periods);
        return option;
    }
}
