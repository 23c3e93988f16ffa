using Compliance.Rules.Engine;
using Compliance.Rules.Facts;
using Compliance.Rules.Records;
using NRules.Fluent;
using NRules.Fluent.Dsl;

namespace Compliance.Benchmarks.Subset.Fluent;

/// <summary>
/// Base of the subset's Fluent DSL rules: each matches one <see cref="RecordFacts"/> with the same
/// applicability and condition as the built-in pack's rule (the same members, the same order of
/// tests, C# instead of pack text) and inserts a <see cref="FluentHit"/>.
/// </summary>
public abstract class SubsetRule(SubsetParameters parameters) : Rule
{
    /// <summary>The pack parameters the conditions use.</summary>
    protected SubsetParameters P { get; } = parameters;
}

/// <summary>What a Fluent DSL rule inserts when it fires.</summary>
/// <param name="Facts">The record's facts.</param>
/// <param name="RuleId">The rule.</param>
/// <param name="Severity">The severity after escalation.</param>
public sealed record FluentHit(RecordFacts Facts, string RuleId, Severity Severity);

/// <summary>Creates the subset's rules with the pack's parameters (NRules calls it for each rule type).</summary>
internal sealed class SubsetRuleActivator(SubsetParameters parameters) : IRuleActivator
{
    public IEnumerable<Rule> Activate(Type type) => [(Rule)Activator.CreateInstance(type, parameters)!];
}
