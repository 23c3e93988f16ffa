using Compliance.Rules.Records;

namespace Compliance.Rules.Packs;

/// <summary>Whether a rule judges one record, one unit's records or one incident log.</summary>
public enum RuleScope
{
    /// <summary>Evaluated per record.</summary>
    Record,

    /// <summary>Evaluated per owning unit over all its records (the AUDIT rules).</summary>
    Unit,

    /// <summary>Evaluated per incident log, with the crime records linked to it (the INCIDENT rules).</summary>
    Incident,
}

/// <summary>A rule of a loaded pack: its metadata and expressions as written.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Scope">Record, unit or incident.</param>
/// <param name="Title">Short title.</param>
/// <param name="Severity">Base severity (after the policy).</param>
/// <param name="Escalations">When the severity rises.</param>
/// <param name="Citation">The source.</param>
/// <param name="Description">What it checks and why.</param>
/// <param name="AppliesWhen">Applicability expression, when any (for a rule written with requirements, their conjunction).</param>
/// <param name="Condition">Condition expression (record rules).</param>
/// <param name="EvidenceNames">The names of the evidence it reports.</param>
/// <param name="Message">Message template.</param>
/// <param name="Enabled">Whether it runs (after the policy).</param>
public sealed record RuleInfo(
    string Id,
    RuleScope Scope,
    string Title,
    Severity Severity,
    IReadOnlyList<Escalation> Escalations,
    string Citation,
    string Description,
    string? AppliesWhen,
    string? Condition,
    IReadOnlyList<string> EvidenceNames,
    string Message,
    bool Enabled)
{
    /// <summary>
    /// The applicability as named requirements, in the order they are checked (empty: the rule always
    /// applies). A rule written with <c>appliesWhen</c> only has one, named <see cref="RuleRequirement.AppliesWhenName"/>.
    /// </summary>
    public IReadOnlyList<RuleRequirement> Requirements { get; init; } = [];

    /// <summary>The timelines the rule reads.</summary>
    public IReadOnlyList<string> Timelines { get; init; } = [];

    /// <summary>The governing-instant expression, when the rule has one.</summary>
    public string? GoverningInstant { get; init; }

    /// <summary>The in-force expression, when the rule has one.</summary>
    public string? InForce { get; init; }

    /// <summary>
    /// The names of the pack parameters the rule reads, in the order the pack declares them: for a
    /// record rule, those its expressions name (governing instant, in force, requirements, condition,
    /// escalations, evidence) and those read by the vocabulary members they use (<c>IsRapeRecord</c>
    /// reads <c>rapeGroups</c>); for a unit rule, those its built-in audit reads. Found when the pack
    /// loads, from the parsed expressions; a policy changes values, never this list.
    /// </summary>
    public IReadOnlyList<string> Parameters { get; init; } = [];

    /// <summary>
    /// The evidence names that carry a record's free text, in evidence order (empty for most rules):
    /// a finding holds them apart from the rest of its evidence (<c>Finding.FreeTextEvidence</c>).
    /// </summary>
    public IReadOnlyList<string> FreeTextEvidence { get; init; } = [];
}

/// <summary>A severity escalation.</summary>
/// <param name="When">The expression.</param>
/// <param name="Severity">The severity it raises to.</param>
public sealed record Escalation(string When, Severity Severity);

/// <summary>A parameter of a loaded pack.</summary>
/// <param name="Name">Its name (an identifier in expressions).</param>
/// <param name="Type">Its declared type, as written in the pack.</param>
/// <param name="Value">Its value after the policy.</param>
/// <param name="IsOverridden">Whether the policy changed it.</param>
/// <param name="Description">What it means.</param>
public sealed record ParameterInfo(string Name, string Type, object? Value, bool IsOverridden, string? Description);
