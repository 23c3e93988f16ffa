using Compliance.Rules.Auditing.Tallies;
using Compliance.Rules.Engine;
using Compliance.Rules.Facts;
using Compliance.Rules.Records;

namespace Compliance.Rules.Auditing.Monitoring;

/// <summary>Turns one evaluated record into the events of the monitored metrics.</summary>
internal static class MonitorEventExtractor
{
    /// <summary>The events of one record, in metric order.</summary>
    /// <param name="unitId">The record's owning unit.</param>
    /// <param name="record">The record.</param>
    /// <param name="facts">Its facts (rape and sexual-offence record).</param>
    /// <param name="findings">Its findings.</param>
    /// <param name="retractionTypes">The statement types that are retractions or withdrawals (pack parameter).</param>
    /// <returns>The events; a candidate with no event date is not an event.</returns>
    public static IEnumerable<MonitorEvent> Extract(string unitId, CrimeRecord record, RecordFacts facts, IReadOnlyList<Finding> findings, IReadOnlySet<StatementType> retractionTypes)
    {
        var events = new List<MonitorEvent>();
        Extract(unitId, record, facts, findings, retractionTypes, events, new HashSet<string>(StringComparer.Ordinal));
        return events;
    }

    /// <summary>
    /// The events of one record, in metric order, added to <paramref name="events"/>; what
    /// <see cref="Extract(string, CrimeRecord, RecordFacts, IReadOnlyList{Finding}, IReadOnlySet{StatementType})"/>
    /// returns, without a collection made per record (an audit extracts every record's events).
    /// </summary>
    /// <param name="unitId">The record's owning unit.</param>
    /// <param name="record">The record.</param>
    /// <param name="facts">Its facts (rape and sexual-offence record).</param>
    /// <param name="findings">Its findings.</param>
    /// <param name="retractionTypes">The statement types that are retractions or withdrawals (pack parameter).</param>
    /// <param name="events">Where the events go (appended to).</param>
    /// <param name="fired">A set to hold the ids of the rules that fired (cleared first; ordinal).</param>
    public static void Extract(string unitId, CrimeRecord record, RecordFacts facts, IReadOnlyList<Finding> findings, IReadOnlySet<StatementType> retractionTypes, List<MonitorEvent> events, HashSet<string> fired)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(retractionTypes);
        fired.Clear();
        for (var i = 0; i < findings.Count; i++)
        {
            fired.Add(findings[i].RuleId);
        }

        var id = record.CrimeRecordId;
        var finalDecision = RapeReports.FinalDecisionAt(record);
        if (RapeReports.IsCountedRapeReport(record, facts.IsRapeRecord))
        {
            Add(events, unitId, id, MonitorMetrics.RapeAttrition, finalDecision, RapeReports.EndedOutsideCount(record, fired));
        }

        if (facts.IsRapeRecord && AuditAccumulator.WasRecordedAsCrime(record))
        {
            Add(events, unitId, id, MonitorMetrics.RapeCancellation, finalDecision, record.Cancellation is not null);
        }

        if (record.Cancellation is { } cancellation)
        {
            Add(events, unitId, id, MonitorMetrics.RetractionGrounds, cancellation.RequestedAt ?? cancellation.AuthorisedAt, fired.Contains("CANCEL-003") || fired.Contains("CANCEL-004"));
        }

        var statements = record.Statements;
        IReadOnlySet<string>? pressured = null;
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            if (retractionTypes.Contains(statement.Type))
            {
                // Only records with a retraction statement need the set (most records have none).
                pressured ??= findings.Count == 0 ? NoStatements : AuditAccumulator.StatementsUnderPressure(record, findings, retractionTypes);
                Add(events, unitId, id, MonitorMetrics.PoliceInitiatedRetraction, statement.TakenAt, pressured.Contains(statement.StatementId), statement.StatementId);
            }
        }

        if (facts.IsSexualOffenceRecord)
        {
            DateTimeOffset? firstDetailed = null;
            var contacts = record.VictimContacts;
            for (var i = 0; i < contacts.Count; i++)
            {
                var contact = contacts[i];
                if (contact.QuestioningDepth == QuestioningDepth.Detailed && (firstDetailed is null || contact.At < firstDetailed))
                {
                    firstDetailed = contact.At;
                }
            }

            Add(events, unitId, id, MonitorMetrics.SpecialistFirst, firstDetailed, fired.Contains("SEXOFF-004"));
        }
    }

    private static readonly IReadOnlySet<string> NoStatements = new HashSet<string>();

    private static void Add(List<MonitorEvent> events, string unitId, string recordId, string metric, DateTimeOffset? at, bool counted, string item = "")
    {
        if (at is { } instant)
        {
            events.Add(new MonitorEvent(unitId, MonitorMetrics.IndexOf(metric), instant.UtcTicks, counted, recordId, item));
        }
    }
}
