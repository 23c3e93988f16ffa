using System.Text.Json;
using System.Text.Json.Serialization;
using Compliance.Rules.Records;

namespace Compliance.Rules.Packs.Documents;

// The JSON shape of rule packs and policies (docs/rule-packs.md). These types only carry text: the
// loader (RulePackLoader) turns them into checked, typed rules and reports every problem with its path.

/// <summary>A rule pack as written in JSON.</summary>
public sealed record RulePackDocument
{
    /// <summary>Optional JSON Schema reference, for editors.</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    /// <summary>Always <c>rulePack</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>Stable id of the pack; policies name it in <c>extends</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Version of the pack (semantic versioning).</summary>
    public required string Version { get; init; }

    /// <summary>Human title.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// The timelines (<c>countingRules</c>, <c>outcomes</c>, <c>victimsCode</c>, <c>rightToReview</c>): lists of
    /// entries with a <c>from</c> date. Absent: the built-in pack's timelines.
    /// </summary>
    public JsonElement? Timelines { get; init; }

    /// <summary>Version 1's edition table, replaced by <c>timelines.countingRules</c>; only read to say so.</summary>
    public JsonElement? Editions { get; init; }

    /// <summary>Offence group → Home Office code number parts (<c>"4.*"</c> matches every number part starting <c>4.</c>).</summary>
    public required Dictionary<string, string[]> OffenceGroups { get; init; }

    /// <summary>Named, typed parameters with their defaults.</summary>
    public Dictionary<string, ParameterDocument> Parameters { get; init => field = value ?? []; } = [];

    /// <summary>The rules.</summary>
    public required IReadOnlyList<RuleDocument> Rules { get; init; }
}

/// <summary>A named parameter.</summary>
public sealed record ParameterDocument
{
    /// <summary>Type: <c>int</c>, <c>number</c>, <c>bool</c>, <c>string</c>, <c>string[]</c>, <c>int[]</c>, <c>date[]</c>, a model enum or an array of one (<c>AviType[]</c>).</summary>
    public required string Type { get; init; }

    /// <summary>Default value; <c>null</c> only for <c>number?</c>-style optional values (type ending <c>?</c>).</summary>
    public required JsonElement Default { get; init; }

    /// <summary>What the parameter means.</summary>
    public string? Description { get; init; }

    /// <summary>The smallest value allowed (required for <c>int</c>, <c>number</c> and <c>int[]</c> parameters; applies to each element of an array).</summary>
    public double? Minimum { get; init; }

    /// <summary>The largest value allowed (required with <see cref="Minimum"/>).</summary>
    public double? Maximum { get; init; }
}

/// <summary>One rule as written in JSON.</summary>
public sealed record RuleDocument
{
    /// <summary>Stable id, e.g. <c>CANCEL-003</c>.</summary>
    public required string Id { get; init; }

    /// <summary><c>record</c> (default) or <c>unit</c>.</summary>
    public string Scope { get; init => field = value ?? "record"; } = "record";

    /// <summary>Short title.</summary>
    public required string Title { get; init; }

    /// <summary>Base severity: <c>Critical</c>, <c>High</c>, <c>Medium</c>, <c>Low</c>.</summary>
    public required string Severity { get; init; }

    /// <summary>When the severity rises, in order; the last that holds wins.</summary>
    public IReadOnlyList<EscalationDocument> Escalations { get; init => field = value ?? []; } = [];

    /// <summary>The source of the rule.</summary>
    public required string Citation { get; init; }

    /// <summary>What the rule checks and why.</summary>
    public required string Description { get; init; }

    /// <summary>The timelines the rule reads (<c>countingRules</c>, <c>outcomes</c>, <c>victimsCode</c>, <c>rightToReview</c>).</summary>
    public IReadOnlyList<string> Timelines { get; init => field = value ?? []; } = [];

    /// <summary>Expression: the instant of the decision the rule judges (absent: per item, inside the condition).</summary>
    public string? GoverningInstant { get; init; }

    /// <summary>Expression: whether the rule is in force for the record at its governing instant (absent: always).</summary>
    public string? InForce { get; init; }

    /// <summary>Expression: whether the rule applies to the record at all (absent: always). Give this or <see cref="Requires"/>, not both.</summary>
    public string? AppliesWhen { get; init; }

    /// <summary>
    /// The rule's applicability as named requirements, checked in order; their conjunction is the
    /// rule's <c>appliesWhen</c> (absent: <see cref="AppliesWhen"/>, or always).
    /// </summary>
    public IReadOnlyList<RequirementDocument>? Requires { get; init; }

    /// <summary>Expression: whether the rule fires (record rules only).</summary>
    public string? Condition { get; init; }

    /// <summary>Named evidence expressions, reported when the rule fires.</summary>
    public Dictionary<string, string> Evidence { get; init => field = value ?? []; } = [];

    /// <summary>
    /// The names of the evidence entries that carry a record's free text (a rationale, a
    /// justification): reported only when the user asks for free text (<c>--include-text</c>),
    /// never in the message. Evidence that can carry free text and is not named here is refused.
    /// </summary>
    public IReadOnlyList<string> FreeTextEvidence { get; init => field = value ?? []; } = [];

    /// <summary>Message with <c>{evidenceName}</c> placeholders.</summary>
    public required string Message { get; init; }

    /// <summary>Whether the rule is enabled (absent: true).</summary>
    public bool? Enabled { get; init; }
}

/// <summary>A severity escalation.</summary>
public sealed record EscalationDocument
{
    /// <summary>Expression: when it applies.</summary>
    public required string When { get; init; }

    /// <summary>The severity it raises to.</summary>
    public required string Severity { get; init; }
}

/// <summary>A policy: changes to a pack, without copying it.</summary>
public sealed record PolicyDocument
{
    /// <summary>Optional JSON Schema reference, for editors.</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    /// <summary>Always <c>policy</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>Id of the pack it changes.</summary>
    public required string Extends { get; init; }

    /// <summary>Human title.</summary>
    public string? Title { get; init; }

    /// <summary>Changes to rules by id.</summary>
    public Dictionary<string, RuleOverrideDocument> Rules { get; init => field = value ?? []; } = [];

    /// <summary>New parameter values by name.</summary>
    public Dictionary<string, JsonElement> Parameters { get; init => field = value ?? []; } = [];

    /// <summary>Timeline edits: <c>{ "&lt;timeline&gt;": { "set": { "&lt;entryId&gt;": { … } }, "add": [ … ] } }</c>.</summary>
    public JsonElement? Timelines { get; init; }
}

/// <summary>A policy's change to one rule.</summary>
public sealed record RuleOverrideDocument
{
    /// <summary>Enable or disable the rule.</summary>
    public bool? Enabled { get; init; }

    /// <summary>New base severity.</summary>
    public string? Severity { get; init; }
}

/// <summary>Only the discriminator, to tell a pack from a policy.</summary>
internal sealed record KindProbe
{
    public string? Kind { get; init; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    AllowDuplicateProperties = false,
    WriteIndented = true)]
[JsonSerializable(typeof(RulePackDocument))]
[JsonSerializable(typeof(PolicyDocument))]
internal sealed partial class PackJsonContext : JsonSerializerContext
{
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(KindProbe))]
internal sealed partial class KindProbeContext : JsonSerializerContext
{
}
