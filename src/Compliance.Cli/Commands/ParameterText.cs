using System.Collections;
using System.Globalization;
using Compliance.Rules.Records;

namespace Compliance.Cli.Commands;

/// <summary>Parameter values as a person reads them.</summary>
internal static class ParameterText
{
    public static string Format(object? value) => value switch
    {
        null => "(none)",
        string s => s,
        Enum e => EnumNames.Of(e),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Format)) + "]",
        _ => value.ToString() ?? string.Empty,
    };
}
