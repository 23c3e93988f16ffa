using System.CommandLine;
using Compliance.Rules.Records;

namespace Compliance.Cli.Commands;

/// <summary><c>--as-of</c> for every command that judges deadlines: parsed strictly, defaulting to the clock to the second.</summary>
internal static class AsOfOption
{
    public static Option<string?> Create() => new("--as-of")
    {
        Description = "The instant deadlines are judged at: ISO 8601 with an offset, e.g. 2010-01-01T00:00:00Z. Default: when the command starts.",
    };

    public static bool TryParse(string? text, DateTimeOffset now, out DateTimeOffset asOf, out string? problem)
    {
        problem = null;
        if (text is null)
        {
            asOf = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
            return true;
        }

        if (StrictTimestampConverter.TryParse(text, out asOf))
        {
            return true;
        }

        problem = $"--as-of: '{text}' is not an ISO 8601 timestamp with an offset (e.g. 2010-01-01T00:00:00Z)";
        return false;
    }
}
