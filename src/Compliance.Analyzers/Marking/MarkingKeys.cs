namespace Compliance.Analyzers.Marking;

/// <summary>
/// The <c>.editorconfig</c> / <c>.globalconfig</c> keys that mark members a host cannot annotate
/// (documented in docs/analyzers/README.md). Entries are separated by <c>|</c>: the compiler cuts an
/// .editorconfig value at the first <c>;</c> or <c>#</c> (a comment), so neither can be a separator.
/// </summary>
internal static class MarkingKeys
{
    public const string ReclassifiesRecordMembers = "compliance.reclassifies_record_members";
    public const string JustificationMembers = "compliance.justification_members";
    public const string InsufficientGroundsMembers = "compliance.insufficient_grounds_members";
    public const string PlaceholderTexts = "compliance.placeholder_texts";

    public static readonly string[] All =
    {
        ReclassifiesRecordMembers,
        JustificationMembers,
        InsufficientGroundsMembers,
        PlaceholderTexts,
    };

    /// <summary>Separates entries of one key.</summary>
    public const char EntrySeparator = '|';

    /// <summary>Separates a documentation id from the names that qualify it (required members, parameters).</summary>
    public const string NamesArrow = "=>";
}
