using Compliance.Rules.Engine;
using Compliance.Rules.Records;

namespace Compliance.Benchmarks.Subset;

/// <summary>
/// The representative subset of the built-in rules that the floor and the peers implement: time arithmetic
/// (NCRS-001, SEXOFF-005, RETRACT-001), quantifiers (SEXOFF-004, CANCEL-003, RETRACT-003,
/// OUTCOME-003, VICTIM-002), lookups into officers and AVI (SEXOFF-004, CANCEL-002, CANCEL-005,
/// CANCEL-006) and set membership against pack parameters (NCRS-003).
/// </summary>
public static class SubsetRules
{
    /// <summary>The rule ids, in pack order.</summary>
    public static IReadOnlyList<string> Ids { get; } =
    [
        "NCRS-001", "NCRS-003", "SEXOFF-004", "SEXOFF-005", "CANCEL-002", "CANCEL-003",
        "CANCEL-005", "CANCEL-006", "RETRACT-001", "RETRACT-003", "OUTCOME-003", "VICTIM-002",
    ];
}

/// <summary>One rule firing on one record, as every implementation of the subset reports it.</summary>
/// <param name="RecordId">The record.</param>
/// <param name="RuleId">The rule.</param>
/// <param name="Severity">The severity after escalation; null where the implementation has no notion of it (RulesEngine).</param>
public readonly record struct SubsetFinding(string RecordId, string RuleId, Severity? Severity);

/// <summary>An implementation of the subset that checks one record at a time.</summary>
public interface ISubsetEvaluator
{
    /// <summary>A short name for tables.</summary>
    string Name { get; }

    /// <summary>Adds the findings of one record (in any order).</summary>
    /// <param name="record">The record.</param>
    /// <param name="findings">Where to add them.</param>
    void Evaluate(Compliance.Rules.Records.CrimeRecord record, List<SubsetFinding> findings);
}
