using System.CommandLine;

namespace Compliance.Cli.Commands;

/// <summary>A <c>--format</c> option restricted to a list of names (the first is the default).</summary>
internal static class FormatOption
{
    public static Option<string> Create(string description, params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = description,
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }
}
