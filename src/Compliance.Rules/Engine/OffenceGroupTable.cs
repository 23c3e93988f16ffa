namespace Compliance.Rules.Engine;

/// <summary>
/// The pack's offence-group table. An entry matches a Home Office code's number part (its leading
/// digits and dots: <c>19C</c> → <c>19</c>, <c>4.1</c> → <c>4.1</c>) exactly; an entry ending
/// <c>.*</c> matches every number part starting with what precedes the <c>*</c>.
/// </summary>
public sealed class OffenceGroupTable
{
    /// <summary>The group of every code no entry matches.</summary>
    public const string Other = "OTHER";

    /// <summary>Creates the table.</summary>
    /// <param name="groups">Group name → entries.</param>
    public OffenceGroupTable(IReadOnlyDictionary<string, IReadOnlyList<string>> groups) => _groups = groups;

    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _groups;

    /// <summary>The offence group of a code; <see cref="Other"/> when no entry matches, null for a null code.</summary>
    /// <param name="homeOfficeCode">The code.</param>
    /// <returns>The group name.</returns>
    public string? GroupOf(string? homeOfficeCode) => throw new NotImplementedException();

    /// <summary>The number part of a code (leading digits and dots); empty when it has none.</summary>
    /// <param name="homeOfficeCode">The code.</param>
    /// <returns>The number part.</returns>
    public static string NumberPart(string homeOfficeCode) => throw new NotImplementedException();
}
