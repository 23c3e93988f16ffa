using Compliance.Rules.Calendar;
using Compliance.Rules.Expressions;
using Compliance.Rules.Facts;
using Compliance.Rules.Records;
using Compliance.Rules.Timelines;

namespace Compliance.Rules.Packs;

/// <summary>
/// A loaded, checked rule pack (with its policy, if any): timelines, offence groups, parameters and
/// rules. Every expression has been parsed and checked against the allowlist when this object
/// exists, so an engine built from it cannot fail on a pack error. Immutable.
/// </summary>
public sealed class RulePack
{
    internal RulePack(
        string id,
        string version,
        string? title,
        string sha256,
        string source,
        TimelineSet timelines,
        TimelineNodes timelineNodes,
        IReadOnlyDictionary<string, IReadOnlyList<string>> offenceGroups,
        IReadOnlyList<ParameterInfo> parameters,
        IReadOnlyList<ParameterDeclaration> declarations,
        IReadOnlyList<RuleInfo> rules,
        IReadOnlyList<RuleExpressions> expressions,
        string? policySource)
    {
        Id = id;
        Version = version;
        Title = title;
        Sha256 = sha256;
        Source = source;
        Timelines = timelines;
        TimelineNodes = timelineNodes;
        OffenceGroups = offenceGroups;
        Parameters = parameters;
        Declarations = declarations;
        Rules = rules;
        Expressions = expressions;
        PolicySource = policySource;
    }

    /// <summary>The pack's id.</summary>
    public string Id { get; }

    /// <summary>The pack's version.</summary>
    public string Version { get; }

    /// <summary>The pack's title.</summary>
    public string? Title { get; }

    /// <summary>SHA-256 (lower-case hex) of the pack file, combined with the policy file when one is applied: identifies exactly what was run.</summary>
    public string Sha256 { get; }

    /// <summary>Where the pack came from (file name or <c>builtin</c>).</summary>
    public string Source { get; }

    /// <summary>The policy applied, when any.</summary>
    public string? PolicySource { get; }

    /// <summary>The effective timelines (after the policy): counting rules, outcomes, Victims' Code, right to review.</summary>
    public TimelineSet Timelines { get; }

    /// <summary>The timelines as JSON, the form a policy's edits apply to.</summary>
    internal TimelineNodes TimelineNodes { get; }

    /// <summary>The offence-group table.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> OffenceGroups { get; }

    /// <summary>The parameters with their values after the policy.</summary>
    public IReadOnlyList<ParameterInfo> Parameters { get; }

    /// <summary>Every rule, record and unit, in pack order (disabled ones included, marked).</summary>
    public IReadOnlyList<RuleInfo> Rules { get; }

    internal IReadOnlyList<ParameterDeclaration> Declarations { get; }

    internal IReadOnlyList<RuleExpressions> Expressions { get; }

    /// <summary>Parameter values by name.</summary>
    internal IReadOnlyDictionary<string, object?> ParameterValues => Parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);

    /// <summary>Loads the built-in pack (the whole rule catalog).</summary>
    /// <returns>The pack.</returns>
    public static RulePack LoadBuiltIn() => RulePackLoader.LoadBuiltIn();

    /// <summary>Loads a pack file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The pack.</returns>
    /// <exception cref="RulePackException">The pack has problems; all are listed.</exception>
    public static RulePack Load(string path) => RulePackLoader.LoadPack(File.ReadAllBytes(path), Path.GetFileName(path));

    /// <summary>Loads a pack from a stream.</summary>
    /// <param name="stream">The JSON.</param>
    /// <param name="sourceName">Name used in error messages.</param>
    /// <returns>The pack.</returns>
    /// <exception cref="RulePackException">The pack has problems; all are listed.</exception>
    public static RulePack Load(Stream stream, string sourceName) => RulePackLoader.LoadPack(ReadAll(stream), sourceName);

    /// <summary>
    /// Loads what a user passes to <c>--rules</c>: a pack file, or a policy file, which is applied to
    /// the built-in pack (the only pack a policy can extend without naming a file).
    /// </summary>
    /// <param name="path">The pack or policy file.</param>
    /// <returns>The pack, with the policy applied when the file is one.</returns>
    /// <exception cref="RulePackException">The file has problems; all are listed.</exception>
    public static RulePack LoadPackOrPolicy(string path) => RulePackLoader.LoadPackOrPolicy(File.ReadAllBytes(path), Path.GetFileName(path));

    /// <summary>Applies a policy to this pack.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>A new pack with the policy's changes.</returns>
    /// <exception cref="RulePackException">The policy names things the pack does not have, or gives values of the wrong type.</exception>
    public RulePack WithPolicy(RulePolicy policy) => RulePackLoader.ApplyPolicy(this, policy);

    /// <summary>The rule with an id.</summary>
    /// <param name="ruleId">The id.</param>
    /// <returns>The rule, or null.</returns>
    public RuleInfo? FindRule(string ruleId) => Rules.FirstOrDefault(r => string.Equals(r.Id, ruleId, StringComparison.OrdinalIgnoreCase));

    /// <summary>A parameter's value.</summary>
    /// <typeparam name="T">Its type.</typeparam>
    /// <param name="name">Its name.</param>
    /// <returns>The value.</returns>
    public T Parameter<T>(string name) =>
        (T)(Parameters.FirstOrDefault(p => p.Name == name) ?? throw new KeyNotFoundException($"the pack has no parameter '{name}'")).Value!;

    /// <summary>Builds the context record facts need (timelines, groups, calendar, parameters).</summary>
    /// <returns>The context.</returns>
    internal RulePackContext CreateContext()
    {
        var extraHolidays = Parameters.FirstOrDefault(p => p.Name == "extraBankHolidays")?.Value as DateOnly[] ?? [];
        var values = Parameters.Where(p => p.Value is not null).ToDictionary(p => p.Name, p => p.Value!, StringComparer.Ordinal);
        return new RulePackContext(Timelines, new OffenceGroupTable(OffenceGroups), new WorkingDayCalendar(extraHolidays), values);
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}

/// <summary>A declared parameter: name and CLR type.</summary>
internal sealed record ParameterDeclaration(string Name, string TypeName, Type Type, object? Default, string? Description, double? Minimum = null, double? Maximum = null);

/// <summary>The parsed expressions of one rule.</summary>
internal sealed record RuleExpressions(
    string RuleId,
    ParsedExpression? GoverningInstant,
    ParsedExpression? InForce,
    IReadOnlyList<(string Name, ParsedExpression When)> Requirements,
    ParsedExpression? Condition,
    IReadOnlyList<(ParsedExpression When, Severity Severity)> Escalations,
    IReadOnlyList<(string Name, ParsedExpression Expression)> Evidence);
