using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Compliance.Analyzers.Marking;

/// <summary>
/// Text that is not a justification: empty or whitespace, or (trimmed, case-insensitive) one of the
/// placeholders listed in the rule set's definitions, plus any the host configures.
/// </summary>
internal sealed class PlaceholderTexts
{
    private static readonly string[] BuiltIn =
    {
        "n/a", "na", "none", "tbc", "tbd", "todo", "-", ".", "x", "see above", "as above", "no reason",
    };

    private readonly HashSet<string> _texts;

    public PlaceholderTexts(ImmutableArray<string> extra)
    {
        _texts = new HashSet<string>(BuiltIn, StringComparer.OrdinalIgnoreCase);
        if (!extra.IsDefault)
        {
            foreach (var text in extra)
            {
                var trimmed = text?.Trim();
                if (!string.IsNullOrEmpty(trimmed))
                {
                    _texts.Add(trimmed!);
                }
            }
        }
    }

    public bool IsPlaceholder(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 || _texts.Contains(trimmed);
    }
}
