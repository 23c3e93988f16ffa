using Compliance.Rules.Records;

namespace Compliance.Rules.Auditing.Tallies;

/// <summary>
/// The counts one unit's records contribute to the unit audits. Counts only — never records — so
/// memory does not grow with the input, and two tallies of the same unit merge exactly (audit an
/// estate in partitions, then <see cref="Merge"/>).
/// </summary>
internal sealed class UnitTally
{
    private readonly long[] _findingsBySeverity = new long[4];
    private readonly SortedDictionary<string, long> _findingsByRule = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, long> _unitTypes = new(StringComparer.Ordinal);

    /// <summary>Creates an empty tally.</summary>
    /// <param name="unitId">The unit.</param>
    public UnitTally(string unitId) => UnitId = unitId;

    /// <summary>The unit.</summary>
    public string UnitId { get; }

    /// <summary>Records evaluated.</summary>
    public long Records { get; internal set; }

    /// <summary>Records with at least one High or Critical finding.</summary>
    public long RecordsWithHighOrCritical { get; internal set; }

    /// <summary>Rape records.</summary>
    public long RapeRecords { get; internal set; }

    /// <summary>Rape records that were cancelled.</summary>
    public long RapeRecordsCancelled { get; internal set; }

    /// <summary>Cancelled records (the cancellations).</summary>
    public long Cancellations { get; internal set; }

    /// <summary>Cancellations carrying CANCEL-003 (retraction as grounds).</summary>
    public long CancellationsWithRetractionGrounds { get; internal set; }

    /// <summary>RETRACTION and WITHDRAWAL_OF_SUPPORT statements.</summary>
    public long RetractionStatements { get; internal set; }

    /// <summary>Of those, statements that RETRACT-001 (police pressure) names.</summary>
    public long RetractionStatementsUnderPressure { get; internal set; }

    /// <summary>Records ever recorded as crimes (N).</summary>
    public long RecordedCrimes { get; internal set; }

    /// <summary>Records with a sanction outcome that stayed in the count (S).</summary>
    public long SanctionDetections { get; internal set; }

    /// <summary>Cancelled records carrying CANCEL-002, CANCEL-003 or CANCEL-004 (B).</summary>
    public long CancellationsOnFlaggedGrounds { get; internal set; }

    /// <summary>Sexual-offence records.</summary>
    public long SexualOffenceRecords { get; internal set; }

    /// <summary>Sexual-offence records carrying SEXOFF-004 (questioning before a specialist).</summary>
    public long SexualOffenceRecordsQuestionedFirst { get; internal set; }

    /// <summary>Counted rape reports: rape records and N100 records whose recording was decided (AUDIT-006).</summary>
    public long RapeReports { get; internal set; }

    /// <summary>Of those, reports that ended outside the count (AUDIT-006).</summary>
    public long RapeReportsEndedOutsideCount { get; internal set; }

    /// <summary>
    /// U of AUDIT-004: records never counted as crimes (N100, crime-related incident or not recorded)
    /// that carry NCRS-003 or SEXOFF-001, i.e. should have been recorded.
    /// </summary>
    public long ShouldHaveBeenRecorded { get; internal set; }

    /// <summary>
    /// The unit's type: the most frequent non-null <c>owningUnit.unitType</c> among its records (ties:
    /// the ordinal first); null when no record names one.
    /// </summary>
    public string? UnitType => _unitTypes.Count == 0 ? null : _unitTypes.MaxBy(t => t.Value).Key;

    /// <summary>Records by <c>owningUnit.unitType</c> (records without one are not counted).</summary>
    public IReadOnlyDictionary<string, long> UnitTypeCounts => _unitTypes;

    /// <summary>Findings by severity (index = <see cref="Records.Severity"/>).</summary>
    public IReadOnlyList<long> FindingsBySeverity => _findingsBySeverity;

    /// <summary>Findings by rule id.</summary>
    public IReadOnlyDictionary<string, long> FindingsByRule => _findingsByRule;

    /// <summary>Adds another tally of the same unit (exact: counts add).</summary>
    /// <param name="other">The other tally.</param>
    public void Merge(UnitTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!string.Equals(other.UnitId, UnitId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"cannot merge unit {other.UnitId} into unit {UnitId}", nameof(other));
        }

        Records += other.Records;
        RecordsWithHighOrCritical += other.RecordsWithHighOrCritical;
        RapeRecords += other.RapeRecords;
        RapeRecordsCancelled += other.RapeRecordsCancelled;
        Cancellations += other.Cancellations;
        CancellationsWithRetractionGrounds += other.CancellationsWithRetractionGrounds;
        RetractionStatements += other.RetractionStatements;
        RetractionStatementsUnderPressure += other.RetractionStatementsUnderPressure;
        RecordedCrimes += other.RecordedCrimes;
        SanctionDetections += other.SanctionDetections;
        CancellationsOnFlaggedGrounds += other.CancellationsOnFlaggedGrounds;
        SexualOffenceRecords += other.SexualOffenceRecords;
        SexualOffenceRecordsQuestionedFirst += other.SexualOffenceRecordsQuestionedFirst;
        RapeReports += other.RapeReports;
        RapeReportsEndedOutsideCount += other.RapeReportsEndedOutsideCount;
        ShouldHaveBeenRecorded += other.ShouldHaveBeenRecorded;
        foreach (var (type, count) in other._unitTypes)
        {
            CountUnitType(type, count);
        }

        for (var i = 0; i < _findingsBySeverity.Length; i++)
        {
            _findingsBySeverity[i] += other._findingsBySeverity[i];
        }

        foreach (var (rule, count) in other._findingsByRule)
        {
            CountRule(rule, count);
        }
    }

    /// <summary>Adds one record: its counts, its findings and its unit type (null for none).</summary>
    internal void Add(in RecordCounts counts, IReadOnlyList<Engine.Finding> findings, string? unitType)
    {
        for (var i = 0; i < findings.Count; i++)
        {
            CountFinding(findings[i]);
        }

        if (unitType is not null)
        {
            CountUnitType(unitType, 1);
        }

        Records++;
        RecordsWithHighOrCritical += One(counts.HighOrCritical);
        RapeRecords += One(counts.Rape);
        RapeRecordsCancelled += One(counts.Rape && counts.Cancelled);
        Cancellations += One(counts.Cancelled);
        CancellationsWithRetractionGrounds += One(counts.CancelledWithRetractionGrounds);
        CancellationsOnFlaggedGrounds += One(counts.CancelledOnFlaggedGrounds);
        RetractionStatements += counts.RetractionStatements;
        RetractionStatementsUnderPressure += counts.RetractionStatementsUnderPressure;
        RecordedCrimes += One(counts.RecordedCrime);
        SanctionDetections += One(counts.SanctionDetection);
        ShouldHaveBeenRecorded += One(counts.ShouldHaveBeenRecorded);
        RapeReports += One(counts.RapeReport);
        RapeReportsEndedOutsideCount += One(counts.RapeReportEndedOutsideCount);
        SexualOffenceRecords += One(counts.SexualOffence);
        SexualOffenceRecordsQuestionedFirst += One(counts.SexualOffenceQuestionedFirst);
    }

    private static long One(bool counted) => counted ? 1 : 0;

    internal void CountFinding(Engine.Finding finding)
    {
        _findingsBySeverity[(int)finding.Severity]++;
        CountRule(finding.RuleId, 1);
    }

    internal void CountUnitType(string type, long count) =>
        _unitTypes[type] = _unitTypes.GetValueOrDefault(type) + count;

    private void CountRule(string rule, long count) =>
        _findingsByRule[rule] = _findingsByRule.GetValueOrDefault(rule) + count;
}
