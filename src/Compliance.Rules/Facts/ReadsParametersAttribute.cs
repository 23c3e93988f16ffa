namespace Compliance.Rules.Facts;

/// <summary>
/// Names the pack parameters a member of the condition vocabulary reads through the pack's context
/// (<c>IsSexualOffenceRecord</c> reads <c>sexualOffenceGroups</c> without naming it). When a pack loads,
/// a rule whose expressions use the member is said to use those parameters too, so that
/// <see cref="Packs.RuleInfo.Parameters"/> lists what a policy must change to change the rule.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
internal sealed class ReadsParametersAttribute(params string[] names) : Attribute
{
    /// <summary>The parameter names, as a pack declares them.</summary>
    public IReadOnlyList<string> Names { get; } = names;
}
