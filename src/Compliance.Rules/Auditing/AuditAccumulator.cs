using Compliance.Rules.Engine;
using Compliance.Rules.Facts;
using Compliance.Rules.Records;

namespace Compliance.Rules.Auditing;

/// <summary>
/// Collects, per owning unit, the counts the unit audits need from each evaluated record. Holds
/// counts only; accumulators of disjoint parts of an input merge exactly. Not thread-safe: use one
/// per thread or partition and <see cref="Merge"/> them.
/// </summary>
public sealed class AuditAccumulator
{
    /// <summary>The unit id used for records with no <c>owningUnit</c>.</summary>
    public const string UnassignedUnit = UnitIds.Unassigned;

    private readonly SortedDictionary<string, UnitTally> _units = new(StringComparer.Ordinal);
    private readonly RulePackContext _context;
    private readonly DateTimeOffset _asOf;
    private readonly IReadOnlySet<int> _sanctionOutcomes;

    /// <summary>Creates an accumulator for evaluations made with a pack at an as-of time.</summary>
    /// <param name="pack">The pack (its parameters define sanction outcomes and record groups).</param>
    /// <param name="asOf">The as-of instant of the evaluations.</param>
    public AuditAccumulator(Packs.RulePack pack, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(pack);
        _context = pack.CreateContext();
        _asOf = asOf;
        _sanctionOutcomes = AuditParameters.From(pack).SanctionOutcomes;
    }

    /// <summary>The units seen, ordered by id.</summary>
    public IEnumerable<UnitTally> Units => _units.Values;

    /// <summary>Adds one evaluated record.</summary>
    /// <param name="record">The record.</param>
    /// <param name="evaluation">Its evaluation (from the same pack and as-of time).</param>
    public void Add(CrimeRecord record, RecordEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(evaluation);
        var facts = evaluation.Facts ?? new RecordFacts(record, _asOf, _context);
        var unitId = UnitIds.Of(record.OwningUnit?.UnitId);
        if (!_units.TryGetValue(unitId, out var tally))
        {
            tally = new UnitTally(unitId);
            _units[unitId] = tally;
        }

        var fired = new HashSet<string>(StringComparer.Ordinal);
        var highOrCritical = false;
        foreach (var finding in evaluation.Findings)
        {
            tally.CountFinding(finding);
            fired.Add(finding.RuleId);
            highOrCritical |= finding.Severity >= Severity.High;
        }

        var cancelled = record.Cancellation is not null;
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
            tally.SanctionDetections += !cancelled && record.Outcomes.Any(o => _sanctionOutcomes.Contains(o.OutcomeType)) ? 1 : 0;
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
    }

    private static void CountRetractions(CrimeRecord record, RecordEvaluation evaluation, UnitTally tally)
    {
        var retractions = record.Statements.Where(s => s.Type is StatementType.Retraction or StatementType.WithdrawalOfSupport).ToArray();
        tally.RetractionStatements += retractions.Length;
        var pressure = evaluation.Findings.FirstOrDefault(f => f.RuleId == "RETRACT-001");
        if (pressure is null)
        {
            return;
        }

        // RETRACT-001 names the statements it found under pressure; without that evidence every
        // retraction of the record counts.
        if (pressure.Evidence.TryGetValue("statementIds", out var ids) && ids is object?[] named)
        {
            tally.RetractionStatementsUnderPressure += retractions.Count(s => named.Contains(s.StatementId));
        }
        else
        {
            tally.RetractionStatementsUnderPressure += retractions.Length;
        }
    }

    private static bool WasRecordedAsCrime(CrimeRecord record) =>
        record.RecordingDecision?.Outcome == RecordingOutcome.CrimeRecorded
        || record.Cancellation is not null
        || record.ClassificationHistory.Any(h => h.ChangeType == ChangeType.N100ToCrime);
}
