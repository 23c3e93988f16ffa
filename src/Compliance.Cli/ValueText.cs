using System.Collections;
using System.Globalization;
using Compliance.Rules.Engine;
using Compliance.Rules.Records;

namespace Compliance.Cli;

/// <summary>Evidence and metric values as the text, CSV and HTML reports print them (invariant culture, stable).</summary>
internal static class ValueText
{
    /// <summary>The descending order reports list severities in.</summary>
    public static readonly Severity[] SeveritiesDescending = [Severity.Critical, Severity.High, Severity.Medium, Severity.Low];

    public static string Format(object? value) => value switch
    {
        null => "none",
        string s => s,
        bool b => b ? "true" : "false",
        DateTimeOffset t => StrictTimestampConverter.Format(t),
        double d => double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : "none",
        Enum e => EnumNames.Of(e),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Format)) + "]",
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary><c>name=value; name=value</c>: a finding's evidence on one line.</summary>
    public static string Evidence(IEnumerable<KeyValuePair<string, object?>> evidence) =>
        string.Join("; ", evidence.Select(e => $"{e.Key}={Format(e.Value)}"));

    /// <summary>A rate (0–1) as a percentage with one decimal, or a dash when undefined.</summary>
    public static string Percent(object? rate) => rate switch
    {
        double d when double.IsFinite(d) => (d * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%",
        _ => "–",
    };

    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A metric as a double, when it is a number.</summary>
    public static double? Number(IReadOnlyDictionary<string, object?> values, string name) =>
        values.TryGetValue(name, out var value) ? value switch
        {
            double d when double.IsFinite(d) => d,
            long l => l,
            int i => i,
            _ => null,
        } : null;

    /// <summary>A metric as a whole number (0 when absent).</summary>
    public static long Whole(IReadOnlyDictionary<string, object?> values, string name) =>
        values.TryGetValue(name, out var value) ? value switch
        {
            long l => l,
            int i => i,
            _ => 0,
        } : 0;
}
