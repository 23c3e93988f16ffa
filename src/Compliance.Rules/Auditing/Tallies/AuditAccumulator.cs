using Compliance.Rules.Engine;
using Compliance.Rules.Facts;
using Compliance.Rules.Records;

namespace Compliance.Rules.Auditing.Tallies;

/// <summary>
/// Collects, per owning unit, the counts the unit audits need from each evaluated record. Holds
/// counts only; accumulators of disjoint parts of an input merge exactly. Not thread-safe: use one
/// per thread or partition and <see cref="Merge"/> them.
/// </summary>
public sealed class AuditAccumulator
{
    private readonly SortedDictionary<string, UnitTally> _units = new(StringComparer.Ordinal);
    private readonly RulePackContext _context;
    private readonly DateTimeOffset _asOf;
    private readonly IReadOnlySet<StatementType> _retractionTypes;
    private readonly List<TallyDefect> _defects = [];

    /// <summary>Creates an accumulator for evaluations made with a pack at an as-of time.</summary>
    /// <param name="pack">The pack (its outcomes timeline defines sanction outcomes; its parameters the record groups).</param>
    /// <param name="asOf">The as-of instant of the evaluations.</param>
    public AuditAccumulator(Packs.RulePack pack, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(pack);
        _context = pack.CreateContext();
        _asOf = asOf;
        var parameters = AuditParameters.From(pack);
        _retractionTypes = parameters.RetractionStatementTypes;
    }

    /// <summary>The units seen, ordered by id.</summary>
    public IEnumerable<UnitTally> Units => _units.Values;

    /// <summary>Records that could not be tallied (in the order added); every other record was.</summary>
    public IReadOnlyList<TallyDefect> Defects => _defects;

    /// <summary>Adds one evaluated record.</summary>
    /// <param name="record">The record.</param>
    /// <param name="evaluation">Its evaluation (from the same pack and as-of time).</param>
    public void Add(CrimeRecord record, RecordEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(evaluation);
        var unitId = UnitIds.Of(record.OwningUnit?.UnitId);

        // Counted into a tally of its own first, then merged: a record that fails half-way adds
        // nothing, rather than half of its counts, and is listed instead.
        var counted = new UnitTally(unitId);
        try
        {
            Count(record, evaluation, counted);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or InsufficientExecutionStackException or OperationCanceledException))
        {
            _defects.Add(new TallyDefect(evaluation.CrimeRecordId, unitId, $"{e.GetType().Name} while counting the record for the unit audits"));
            return;
        }

        if (!_units.TryGetValue(unitId, out var tally))
        {
            tally = new UnitTally(unitId);
            _units[unitId] = tally;
        }

        tally.Merge(counted);
    }

    private void Count(CrimeRecord record, RecordEvaluation evaluation, UnitTally tally)
    {
        var facts = evaluation.Facts ?? new RecordFacts(record, _asOf, _context);
        var fired = new HashSet<string>(StringComparer.Ordinal);
        var highOrCritical = false;
        foreach (var finding in evaluation.Findings)
        {
            tally.CountFinding(finding);
            fired.Add(finding.RuleId);
            highOrCritical |= finding.Severity >= Severity.High;
        }

        var cancelled = record.Cancellation is not null;
        if (record.OwningUnit?.UnitType is { Length: > 0 } unitType)
        {
            tally.CountUnitType(unitType, 1);
        }

        tally.Records++;
        tally.RecordsWithHighOrCritical += highOrCritical ? 1 : 0;

        if (facts.IsRapeRecord)
        {
            tally.RapeRecords++;
            tally.RapeRecordsCancelled += cancelled ? 1 : 0;
        }

        if (cancelled)
        {
            tally.Cancellations++;
            tally.CancellationsWithRetractionGrounds += fired.Contains("CANCEL-003") ? 1 : 0;
            tally.CancellationsOnFlaggedGrounds += fired.Contains("CANCEL-002") || fired.Contains("CANCEL-003") || fired.Contains("CANCEL-004") ? 1 : 0;
        }

        CountRetractions(record, evaluation, tally);

        if (WasRecordedAsCrime(record))
        {
            tally.RecordedCrimes++;
            // A sanction is judged by the outcome vocabulary in force when the outcome was assigned, the
            // same lookup OUTCOME-003 makes, so the audit and the record rule never disagree on what counts.
            tally.SanctionDetections += !cancelled && record.Outcomes.Any(o => IsSanction(facts, o)) ? 1 : 0;
        }
        else if (record.RecordingDecision?.Outcome is RecordingOutcome.N100 or RecordingOutcome.CrimeRelatedIncident or RecordingOutcome.NotRecorded
            && (fired.Contains("NCRS-003") || fired.Contains("SEXOFF-001")))
        {
            tally.ShouldHaveBeenRecorded++;
        }

        if (RapeReports.IsCountedRapeReport(record, facts.IsRapeRecord))
        {
            tally.RapeReports++;
            tally.RapeReportsEndedOutsideCount += RapeReports.EndedOutsideCount(record, fired) ? 1 : 0;
        }

        if (facts.IsSexualOffenceRecord)
        {
            tally.SexualOffenceRecords++;
            tally.SexualOffenceRecordsQuestionedFirst += fired.Contains("SEXOFF-004") ? 1 : 0;
        }
    }

    /// <summary>Adds another accumulator's counts (for audits run in partitions).</summary>
    /// <param name="other">The other accumulator.</param>
    public void Merge(AuditAccumulator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (unitId, tally) in other._units)
        {
            if (!_units.TryGetValue(unitId, out var mine))
            {
                mine = new UnitTally(unitId);
                _units[unitId] = mine;
            }

            mine.Merge(tally);
        }

        _defects.AddRange(other._defects);
    }

    private static bool IsSanction(RecordFacts facts, Outcome outcome) =>
        facts.OutcomesAt(outcome.AssignedAt)?.SanctionTypes.Contains(outcome.OutcomeType) == true;

    private void CountRetractions(CrimeRecord record, RecordEvaluation evaluation, UnitTally tally)
    {
        tally.RetractionStatements += record.Statements.Count(s => _retractionTypes.Contains(s.Type));
        tally.RetractionStatementsUnderPressure += StatementsUnderPressure(record, evaluation.Findings, _retractionTypes).Count;
    }

    /// <summary>
    /// The ids of the record's retraction statements that RETRACT-001 names (police-initiated or after a
    /// retraction-request contact). Without that evidence every retraction statement of the record counts.
    /// </summary>
    internal static HashSet<string> StatementsUnderPressure(CrimeRecord record, IReadOnlyList<Finding> findings, IReadOnlySet<StatementType> retractionTypes)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var pressure = findings.FirstOrDefault(f => f.RuleId == "RETRACT-001");
        if (pressure is null)
        {
            return result;
        }

        // A set: a record with thousands of statements would otherwise cost their square.
        var named = pressure.Evidence.TryGetValue("statementIds", out var ids) && ids is object?[] list
            ? list.OfType<string>().ToHashSet(StringComparer.Ordinal)
            : null;
        foreach (var statement in record.Statements.Where(s => retractionTypes.Contains(s.Type)))
        {
            if (named is null || named.Contains(statement.StatementId))
            {
                result.Add(statement.StatementId);
            }
        }

        return result;
    }

    /// <summary>N of AUDIT-004: the record was recorded as a crime at some point (recorded, cancelled, or an N100 converted).</summary>
    internal static bool WasRecordedAsCrime(CrimeRecord record) =>
        record.RecordingDecision?.Outcome == RecordingOutcome.CrimeRecorded
        || record.Cancellation is not null
        || record.ClassificationHistory.Any(h => h.ChangeType == ChangeType.N100ToCrime);
}
