using System.CommandLine;
using Compliance.Rules.Records;

namespace Compliance.Cli.Commands;

/// <summary>
/// <c>--as-of</c>, the one option and the one parser of every command that judges deadlines
/// (<c>audit</c>, <c>explain</c>, <c>bench</c>, <c>sample</c>): ISO 8601 with an offset, parsed strictly,
/// within the instants a record may hold. Where it may be left out, the default is when the command
/// starts, to the whole second (so a report's <c>asOf</c> has no fraction).
/// </summary>
internal static class AsOfOption
{
    private const string Format = "ISO 8601 with an offset, e.g. 2010-01-01T00:00:00Z";

    /// <summary>The option; <paramref name="required"/> for a command whose output must be reproducible from its arguments (<c>sample</c>).</summary>
    public static Option<string?> Create(bool required = false) => new("--as-of")
    {
        Description = required
            ? $"The instant findings and deadlines are judged at: {Format}. Required: a sample is reproducible from its arguments."
            : $"The instant deadlines are judged at: {Format}. Default: when the command starts.",
    };

    /// <summary>Parses the option's value; null gives the whole second of <paramref name="now"/>.</summary>
    public static bool TryParse(string? text, DateTimeOffset now, out DateTimeOffset asOf, out string? problem)
    {
        problem = null;
        if (text is null)
        {
            asOf = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
            return true;
        }

        if (!StrictTimestampConverter.TryParse(text, out asOf))
        {
            problem = $"--as-of: '{text}' is not an ISO 8601 timestamp with an offset (e.g. 2010-01-01T00:00:00Z)";
            return false;
        }

        if (!RecordInstants.Contains(asOf))
        {
            problem = $"--as-of: '{text}' is out of range: it must be {RecordInstants.Described}";
            return false;
        }

        return true;
    }

    /// <summary>Parses the value of a required option: a missing value is a problem, not the clock.</summary>
    public static bool TryParseRequired(string? text, out DateTimeOffset asOf, out string? problem)
    {
        if (text is null)
        {
            asOf = default;
            problem = "--as-of is required: findings and dates are judged at a stated instant";
            return false;
        }

        return TryParse(text, default, out asOf, out problem);
    }
}
