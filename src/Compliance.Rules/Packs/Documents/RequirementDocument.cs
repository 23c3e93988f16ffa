namespace Compliance.Rules.Packs.Documents;

/// <summary>
/// One named requirement of a rule's applicability as written in JSON. A rule's requirements are
/// checked in order; the rule applies when all hold, and an explanation names the first that does not.
/// </summary>
internal sealed record RequirementDocument
{
    /// <summary>Short name of the fact the rule needs (an identifier, e.g. <c>cancelled</c>); unique within the rule.</summary>
    public required string Name { get; init; }

    /// <summary>Expression: whether the requirement holds. It may rely on the requirements before it (e.g. a non-null cancellation).</summary>
    public required string When { get; init; }
}
