using System.Globalization;
using Compliance.Rules.Auditing;

namespace Compliance.Cli.Auditing;

/// <summary>
/// The value of <c>--records-cover</c>: two days written <c>yyyy-MM-dd/yyyy-MM-dd</c>, Europe/London,
/// the first covered and the second the day after the last one covered (half-open, so that
/// consecutive exports are written <c>2009-01-01/2009-02-01</c>, <c>2009-02-01/2009-03-01</c>).
/// </summary>
internal static class RecordsCoverOption
{
    private const string Day = "yyyy-MM-dd";

    /// <summary>The range, or null with a usage problem naming the option.</summary>
    public static RecordsCover? Parse(string text, List<string> problems)
    {
        var parts = text.Split('/');
        if (parts.Length != 2 || !TryDay(parts[0], out var from) || !TryDay(parts[1], out var to))
        {
            problems.Add($"--records-cover: '{text}' is not two days written {Day}/{Day} (Europe/London; the first day covered, then the day after the last)");
            return null;
        }

        if (from >= to)
        {
            problems.Add($"--records-cover: '{text}' covers no day: the second day ({parts[1]}) is the day after the last one covered, so it must come after the first ({parts[0]})");
            return null;
        }

        return new RecordsCover(from, to);
    }

    /// <summary>The range as the option is written.</summary>
    public static string Format(RecordsCover cover) =>
        $"{cover.From.ToString(Day, CultureInfo.InvariantCulture)}/{cover.To.ToString(Day, CultureInfo.InvariantCulture)}";

    private static bool TryDay(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text, Day, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
