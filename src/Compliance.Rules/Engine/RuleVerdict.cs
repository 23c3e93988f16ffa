namespace Compliance.Rules.Engine;

/// <summary>What one rule says of one record.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Status">Fired, passed, not applicable, not in force, disabled or error.</param>
/// <param name="Finding">The finding when it fired.</param>
/// <param name="Error">Why it could not be evaluated, when it failed.</param>
/// <param name="Reason">Why it is not in force, when it is not (<c>before VRR-2015</c>: its governing instant precedes the timeline; <c>not in force</c>: the entry in force does not hold it).</param>
public sealed record RuleVerdict(string RuleId, RuleStatus Status, Finding? Finding, string? Error = null, string? Reason = null)
{
    private static readonly IReadOnlyDictionary<string, string> NoTimelines = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>When the rule is not applicable: the name of its first requirement that does not hold.</summary>
    public string? Missing { get; init; }

    /// <summary>
    /// The timeline entries that governed the verdict, by timeline name (e.g. <c>countingRules</c> →
    /// <c>HOCR-2008</c>); empty for a disabled rule.
    /// </summary>
    public IReadOnlyDictionary<string, string> Timelines { get; init; } = NoTimelines;
}
