using Compliance.Rules.Auditing.Tallies;
using Compliance.Rules.Engine;
using Compliance.Rules.Facts;
using Compliance.Rules.Records;

namespace Compliance.Rules.Auditing.Monitoring;

/// <summary>Turns one evaluated record into the events of the monitored metrics.</summary>
public static class MonitorEventExtractor
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
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(retractionTypes);
        var fired = new HashSet<string>(findings.Select(f => f.RuleId), StringComparer.Ordinal);
        var id = record.CrimeRecordId;
        var events = new List<MonitorEvent>();
        void Add(string metric, DateTimeOffset? at, bool counted, string item = "")
        {
            if (at is { } instant)
            {
                events.Add(new MonitorEvent(unitId, MonitorMetrics.IndexOf(metric), instant.UtcTicks, counted, id, item));
            }
        }

        var finalDecision = RapeReports.FinalDecisionAt(record);
        if (RapeReports.IsCountedRapeReport(record, facts.IsRapeRecord))
        {
            Add(MonitorMetrics.RapeAttrition, finalDecision, RapeReports.EndedOutsideCount(record, fired));
        }

        if (facts.IsRapeRecord && AuditAccumulator.WasRecordedAsCrime(record))
        {
            Add(MonitorMetrics.RapeCancellation, finalDecision, record.Cancellation is not null);
        }

        if (record.Cancellation is { } cancellation)
        {
            Add(MonitorMetrics.RetractionGrounds, cancellation.RequestedAt ?? cancellation.AuthorisedAt, fired.Contains("CANCEL-003") || fired.Contains("CANCEL-004"));
        }

        var pressured = AuditAccumulator.StatementsUnderPressure(record, findings, retractionTypes);
        foreach (var statement in record.Statements.Where(s => retractionTypes.Contains(s.Type)))
        {
            Add(MonitorMetrics.PoliceInitiatedRetraction, statement.TakenAt, pressured.Contains(statement.StatementId), statement.StatementId);
        }

        if (facts.IsSexualOffenceRecord)
        {
            var firstDetailed = record.VictimContacts.Where(c => c.QuestioningDepth == QuestioningDepth.Detailed).Select(c => (DateTimeOffset?)c.At).Min();
            Add(MonitorMetrics.SpecialistFirst, firstDetailed, fired.Contains("SEXOFF-004"));
        }

        return events;
    }
}
