using System.CommandLine;

namespace Compliance.Cli.Commands;

/// <summary>Options several commands share, defined once so they read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string?> Rules() => new("--rules")
    {
        Description = "A rule pack or a policy file (JSON). A policy is applied to the built-in pack. Default: the built-in pack.",
    };
}
