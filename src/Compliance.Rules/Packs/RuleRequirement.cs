namespace Compliance.Rules.Packs;

/// <summary>One named requirement of a record rule's applicability, as written in the pack.</summary>
/// <param name="Name">What the rule needs, e.g. <c>cancelled</c>; an explanation names the first requirement that does not hold.</param>
/// <param name="When">The expression.</param>
public sealed record RuleRequirement(string Name, string When)
{
    /// <summary>The name given to the single requirement of a rule written with <c>appliesWhen</c> only.</summary>
    public const string AppliesWhenName = "appliesWhen";
}
