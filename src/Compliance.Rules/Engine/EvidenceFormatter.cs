using System.Collections;
using System.Globalization;
using System.Text;
using Compliance.Rules.Records;

namespace Compliance.Rules.Engine;

/// <summary>
/// Turns evidence values into the plain, deterministic forms findings carry (strings, numbers,
/// booleans, timestamps, lists) and renders them into messages.
/// </summary>
internal static class EvidenceFormatter
{
    /// <summary>Normalises a value: enums become contract names, sequences become lists, durations hours.</summary>
    public static object? Normalise(object? value) => value switch
    {
        null => null,
        string or bool or int or long or double or decimal or DateTimeOffset => value,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeSpan span => Math.Round(span.TotalHours, 2),
        Enum e => EnumNames.Of(e),
        IEnumerable sequence => sequence.Cast<object?>().Select(Normalise).ToArray(),
        _ => value.ToString(),
    };

    /// <summary>Renders a normalised value for a message.</summary>
    public static string Render(object? value) => value switch
    {
        null => "none",
        string s => s,
        bool b => b ? "true" : "false",
        DateTimeOffset t => StrictTimestampConverter.Format(t),
        double d => Math.Abs(d) is > 0 and < 0.0001 ? d.ToString("0.###E+0", CultureInfo.InvariantCulture) : d.ToString("0.####", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        object?[] { Length: 0 } => "none",
        object?[] items => string.Join(", ", items.Select(Render)),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>Fills <c>{name}</c> placeholders of a message template.</summary>
    public static string FillMessage(string template, IReadOnlyDictionary<string, object?> evidence)
    {
        if (template.IndexOf('{', StringComparison.Ordinal) < 0)
        {
            return template;
        }

        var result = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (open < 0 || close < 0)
            {
                result.Append(template, i, template.Length - i);
                break;
            }

            result.Append(template, i, open - i);
            var name = template.Substring(open + 1, close - open - 1);
            if (evidence.TryGetValue(name, out var value))
            {
                result.Append(Render(value));
            }
            else
            {
                result.Append(template, open, close - open + 1);
            }

            i = close + 1;
        }

        return result.ToString();
    }
}
