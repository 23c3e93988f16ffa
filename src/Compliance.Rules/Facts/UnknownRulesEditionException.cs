namespace Compliance.Rules.Facts;

/// <summary>
/// A record's <c>rulesEdition</c> names no counting-rules entry of the pack. Never replaced by another
/// entry: every rule that needs the counting rules fails on that record with this message.
/// </summary>
/// <param name="edition">The id the record gave.</param>
internal sealed class UnknownRulesEditionException(string edition)
    : InvalidOperationException($"unknown rulesEdition '{edition}'")
{
    /// <summary>The id the record gave.</summary>
    public string Edition { get; } = edition;
}
