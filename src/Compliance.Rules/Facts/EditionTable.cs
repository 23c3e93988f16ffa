using Compliance.Rules.Calendar;
using Compliance.Rules.Records;

namespace Compliance.Rules.Facts;

/// <summary>The pack's edition table: which edition's rules apply to a record.</summary>
public sealed class EditionTable
{
    private readonly Dictionary<string, EditionRules> byId;

    /// <summary>Creates the table.</summary>
    /// <param name="editions">The editions; ids unique, at least one.</param>
    /// <exception cref="ArgumentException">The table is empty or names an edition twice.</exception>
    public EditionTable(IEnumerable<EditionRules> editions)
    {
        ArgumentNullException.ThrowIfNull(editions);
        Editions = [.. editions.OrderBy(e => e.From)];
        if (Editions.Count == 0)
        {
            throw new ArgumentException("The edition table needs at least one edition.", nameof(editions));
        }

        byId = new Dictionary<string, EditionRules>(StringComparer.Ordinal);
        foreach (var edition in Editions)
        {
            if (!byId.TryAdd(edition.Id, edition))
            {
                throw new ArgumentException($"The edition table names edition '{edition.Id}' twice.", nameof(editions));
            }
        }
    }

    /// <summary>The editions, ordered by <see cref="EditionRules.From"/>.</summary>
    public IReadOnlyList<EditionRules> Editions { get; }

    /// <summary>
    /// The edition named by <see cref="CrimeRecord.RulesEdition"/> when the table has it, else the
    /// one whose <c>From</c> is the latest on or before the Europe/London date of
    /// <c>incident.reportReceivedAt</c> (the earliest edition when the report predates all).
    /// </summary>
    /// <param name="record">The record.</param>
    /// <returns>The edition in force.</returns>
    public EditionRules Resolve(CrimeRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.RulesEdition is { } id && byId.TryGetValue(id, out var named))
        {
            return named;
        }

        var reported = WorkingDayCalendar.LondonDate(record.Incident.ReportReceivedAt);
        return Editions.LastOrDefault(e => e.From <= reported) ?? Editions[0];
    }
}
