using Compliance.Rules.Engine;
using Compliance.Rules.Facts;
using Compliance.Rules.Records;

namespace Compliance.Rules.Auditing.Tallies;

/// <summary>
/// Collects, per owning unit, the counts the unit audits need from each evaluated record. Holds
/// counts only; accumulators of disjoint parts of an input merge exactly. Not thread-safe: use one
/// per thread or partition and <see cref="Merge"/> them.
/// </summary>
internal sealed class AuditAccumulator
{
    private readonly SortedDictionary<string, UnitTally> _units = new(StringComparer.Ordinal);
    private readonly RulePackContext _context;
    private readonly DateTimeOffset _asOf;
    private readonly IReadOnlySet<StatementType> _retractionTypes;
    private readonly List<TallyDefect> _defects = [];
    private readonly HashSet<string> _fired = new(StringComparer.Ordinal);

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

        // Counted in full first, then added: a record that fails half-way adds nothing, rather than
        // half of its counts, and is listed instead.
        RecordCounts counted;
        try
        {
            counted = Count(record, evaluation);
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

        tally.Add(counted, evaluation.Findings, record.OwningUnit?.UnitType is { Length: > 0 } unitType ? unitType : null);
    }

    /// <remarks>
    /// Why no collection is made here: a tally, a set of fired rules and the enumerators and closures
    /// of a record's counts were about 1 KB of garbage a record, counted into a tally of their own and
    /// merged (allocation profile of a 200 000-record audit, docs/benchmarks.md); the counts are
    /// now plain values and the set of fired rules is the accumulator's, cleared for each record.
    /// </remarks>
    private RecordCounts Count(CrimeRecord record, RecordEvaluation evaluation)
    {
        var facts = evaluation.Facts ?? new RecordFacts(record, _asOf, _context);
        var fired = _fired;
        fired.Clear();
        var highOrCritical = false;
        var findings = evaluation.Findings;
        for (var i = 0; i < findings.Count; i++)
        {
            // What the unit's tally counts afterwards is checked here, where a failure is this record's
            // alone: a finding from another engine with no rule id or an unknown severity is a defect.
            var finding = findings[i];
            ArgumentNullException.ThrowIfNull(finding.RuleId);
            if (!Enum.IsDefined(finding.Severity))
            {
                throw new ArgumentOutOfRangeException(nameof(evaluation), finding.Severity, "a finding's severity is not one of the four");
            }

            fired.Add(finding.RuleId);
            highOrCritical |= finding.Severity >= Severity.High;
        }

        var cancelled = record.Cancellation is not null;
        var counts = new RecordCounts { HighOrCritical = highOrCritical, Cancelled = cancelled };
        if (facts.IsRapeRecord)
        {
            counts.Rape = true;
        }

        if (cancelled)
        {
            counts.CancelledWithRetractionGrounds = fired.Contains("CANCEL-003");
            counts.CancelledOnFlaggedGrounds = fired.Contains("CANCEL-002") || fired.Contains("CANCEL-003") || fired.Contains("CANCEL-004");
        }

        counts.RetractionStatements = CountRetractionStatements(record);
        counts.RetractionStatementsUnderPressure = findings.Count == 0 ? 0 : StatementsUnderPressure(record, findings, _retractionTypes).Count;

        if (WasRecordedAsCrime(record))
        {
            counts.RecordedCrime = true;
            // A sanction is judged by the outcome vocabulary in force when the outcome was assigned, the
            // same lookup OUTCOME-003 makes, so the audit and the record rule never disagree on what counts.
            counts.SanctionDetection = !cancelled && HasSanction(record, facts);
        }
        else if (record.RecordingDecision?.Outcome is RecordingOutcome.N100 or RecordingOutcome.CrimeRelatedIncident or RecordingOutcome.NotRecorded
            && (fired.Contains("NCRS-003") || fired.Contains("SEXOFF-001")))
        {
            counts.ShouldHaveBeenRecorded = true;
        }

        if (RapeReports.IsCountedRapeReport(record, facts.IsRapeRecord))
        {
            counts.RapeReport = true;
            counts.RapeReportEndedOutsideCount = RapeReports.EndedOutsideCount(record, fired);
        }

        if (facts.IsSexualOffenceRecord)
        {
            counts.SexualOffence = true;
            counts.SexualOffenceQuestionedFirst = fired.Contains("SEXOFF-004");
        }

        return counts;
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

    private static bool HasSanction(CrimeRecord record, RecordFacts facts)
    {
        var outcomes = record.Outcomes;
        for (var i = 0; i < outcomes.Count; i++)
        {
            var outcome = outcomes[i];
            if (facts.OutcomesAt(outcome.AssignedAt)?.SanctionTypes.Contains(outcome.OutcomeType) == true)
            {
                return true;
            }
        }

        return false;
    }

    private long CountRetractionStatements(CrimeRecord record)
    {
        var count = 0L;
        var statements = record.Statements;
        for (var i = 0; i < statements.Count; i++)
        {
            count += _retractionTypes.Contains(statements[i].Type) ? 1 : 0;
        }

        return count;
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
    internal static bool WasRecordedAsCrime(CrimeRecord record)
    {
        if (record.RecordingDecision?.Outcome == RecordingOutcome.CrimeRecorded || record.Cancellation is not null)
        {
            return true;
        }

        var history = record.ClassificationHistory;
        for (var i = 0; i < history.Count; i++)
        {
            if (history[i].ChangeType == ChangeType.N100ToCrime)
            {
                return true;
            }
        }

        return false;
    }
}
