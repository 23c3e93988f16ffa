using Compliance.Rules.Records;

namespace Compliance.Rules.Engine;

/// <summary>The pack's edition table: which edition's rules apply to a record.</summary>
public sealed class EditionTable
{
    /// <summary>Creates the table.</summary>
    /// <param name="editions">The editions; ids unique, at least one.</param>
    public EditionTable(IEnumerable<EditionRules> editions) => Editions = editions.OrderBy(e => e.From).ToArray();

    /// <summary>The editions, ordered by <see cref="EditionRules.From"/>.</summary>
    public IReadOnlyList<EditionRules> Editions { get; }

    /// <summary>
    /// The edition named by <see cref="CrimeRecord.RulesEdition"/> when the table has it, else the
    /// one whose <c>From</c> is the latest on or before the Europe/London date of
    /// <c>incident.reportReceivedAt</c> (the earliest edition when the report predates all).
    /// </summary>
    /// <param name="record">The record.</param>
    /// <returns>The edition in force.</returns>
    public EditionRules Resolve(CrimeRecord record) =>
        Editions.FirstOrDefault(e => e.Id == record.RulesEdition)
        ?? Editions.LastOrDefault(e => e.From <= DateOnly.FromDateTime(record.Incident.ReportReceivedAt.UtcDateTime))
        ?? Editions[0];
}
