using Compliance.Rules.Auditing.Monitoring;
using Compliance.Rules.Auditing.Tallies;
using Compliance.Rules.Engine;
using Compliance.Rules.Incidents.Evaluation;
using Compliance.Rules.Packs;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;

namespace Compliance.Rules.Auditing;

/// <summary>
/// The one entry point for an audit: input records (parsed or rejected, in input order) go in,
/// batch by batch; each is evaluated by the engine, counted for its unit and for the monitoring
/// series, and handed to an <see cref="IAuditObserver"/> (a report writer); <see cref="Complete"/>
/// runs the unit audits and the detectors and returns the summary. The engine (with its pack) and
/// the as-of instant are given once, here. An audit started with <see cref="IncludesIncidents"/>
/// also judges incident logs (<see cref="AddIncidents"/>), after the records, joined to them both ways.
/// </summary>
/// <remarks>
/// Not thread-safe, and deliberately without threads of its own: a host that reads on one thread
/// and evaluates on another (as <c>compliance audit</c> does) hands the batches over itself. An
/// audit holds counts, never records: the monitoring events spill to a temporary file beyond a
/// memory budget, which <see cref="Dispose"/> removes. With incidents, each record also leaves a
/// fixed-size link tuple for the join, spilled likewise (<see cref="IncidentAudit"/>): memory stays
/// flat in the size of both inputs.
/// </remarks>
/// <example>
/// <code>
/// using var audit = new ComplianceAudit(engine, asOf) { IncludesIncidents = true };
/// foreach (var batch in new RecordReader().Read(records).Chunk(512)) { audit.Add(batch, writer); }
/// audit.AddIncidents(new IncidentReader().Read(incidents), writer);
/// AuditSummary summary = audit.Complete();
/// </code>
/// </example>
public sealed class ComplianceAudit : IDisposable
{
    /// <summary>Records per engine session when a <c>Run</c> method batches the input.</summary>
    public const int DefaultBatchSize = 512;

    private readonly AuditAccumulator _accumulator;
    private readonly MonitorCollector _monitor;
    private AuditSummary? _summary;
    private IncidentAudit? _incidents;
    private IncidentAuditSummary? _incidentSummary;

    /// <summary>Starts an audit.</summary>
    /// <param name="engine">The engine; its pack gives the record rules, the unit audits and the detectors' settings.</param>
    /// <param name="asOf">The instant deadlines are judged at (never the clock: an audit is repeatable).</param>
    /// <param name="period">The period of the monitoring series: months (the default) or ISO weeks.</param>
    public ComplianceAudit(IComplianceEngine engine, DateTimeOffset asOf, MonitorPeriod period = MonitorPeriod.Month)
    {
        ArgumentNullException.ThrowIfNull(engine);
        Engine = engine;
        AsOf = asOf;
        Period = period;
        _accumulator = new AuditAccumulator(engine.Pack, asOf);
        _monitor = new MonitorCollector(engine.Pack, asOf);
    }

    /// <summary>The engine records are evaluated with.</summary>
    public IComplianceEngine Engine { get; }

    /// <summary>The pack the engine evaluates (after any policy).</summary>
    public RulePack Pack => Engine.Pack;

    /// <summary>The as-of instant of every evaluation.</summary>
    public DateTimeOffset AsOf { get; }

    /// <summary>The period of the monitoring series.</summary>
    public MonitorPeriod Period { get; }

    /// <summary>The running counts (for a progress display while the audit runs).</summary>
    public AuditTotals Totals { get; } = new();

    /// <summary>
    /// Whether incident logs will be judged after the records (<see cref="AddIncidents"/>). Set when
    /// the audit is started: each record added is then also kept, as a fixed-size link tuple in a
    /// temporary file, for the join of incidents and records; without it nothing is kept and
    /// AUDIT-007 is not assessed ("no incidents input").
    /// </summary>
    public bool IncludesIncidents { get; init; }

    /// <summary>
    /// With incidents, the days the record input should cover completely: unresolved links of
    /// incidents received on them are counted apart
    /// (<see cref="IncidentAuditSummary.UnresolvedIncidentLinksInCover"/>), for a data-quality gate.
    /// </summary>
    public RecordsCover? RecordsCover { get; init; }

    /// <summary>
    /// Audits one input stream from start to end on the calling thread, in batches of
    /// <paramref name="batchSize"/>.
    /// </summary>
    /// <param name="engine">The engine.</param>
    /// <param name="asOf">The as-of instant.</param>
    /// <param name="input">The reader's results, in input order.</param>
    /// <param name="observer">Told of every record; null when only the summary is wanted.</param>
    /// <param name="batchSize">Records per engine session.</param>
    /// <returns>The summary.</returns>
    public static AuditSummary Run(IComplianceEngine engine, DateTimeOffset asOf, IEnumerable<ReadResult> input, IAuditObserver? observer = null, int batchSize = DefaultBatchSize)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        using var audit = new ComplianceAudit(engine, asOf);
        foreach (var batch in input.Chunk(batchSize))
        {
            audit.Add(batch, observer);
        }

        return audit.Complete();
    }

    /// <summary>
    /// Audits one record input and one incident input from start to end on the calling thread: the
    /// records in batches of <paramref name="batchSize"/>, then the incidents, each with the records
    /// linked to it.
    /// </summary>
    /// <param name="engine">The engine.</param>
    /// <param name="asOf">The as-of instant.</param>
    /// <param name="records">The record reader's results, in input order.</param>
    /// <param name="incidents">The incident reader's results, in input order.</param>
    /// <param name="observer">Told of every record, then of every incident; null when only the summary is wanted.</param>
    /// <param name="batchSize">Records per engine session.</param>
    /// <returns>The summary, with <see cref="AuditSummary.Incidents"/>.</returns>
    public static AuditSummary Run(IComplianceEngine engine, DateTimeOffset asOf, IEnumerable<ReadResult> records, IEnumerable<ReadResult> incidents, IAuditObserver? observer = null, int batchSize = DefaultBatchSize)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        using var audit = new ComplianceAudit(engine, asOf) { IncludesIncidents = true };
        foreach (var batch in records.Chunk(batchSize))
        {
            audit.Add(batch, observer);
        }

        audit.AddIncidents(incidents, observer);
        return audit.Complete();
    }

    /// <summary>Audits records already in memory, each named by its position (source <paramref name="source"/>, line 1, 2, …).</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="asOf">The as-of instant.</param>
    /// <param name="records">The records.</param>
    /// <param name="source">How reports name where the records came from.</param>
    /// <param name="observer">Told of every record; null when only the summary is wanted.</param>
    /// <returns>The summary.</returns>
    public static AuditSummary Run(IComplianceEngine engine, DateTimeOffset asOf, IEnumerable<CrimeRecord> records, string source = "(records)", IAuditObserver? observer = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        return Run(engine, asOf, records.Select((record, i) => (ReadResult)new ParsedRecord(record, source, i + 1L)), observer);
    }

    /// <summary>
    /// Evaluates one batch of input records in one engine session and tells the observer of each,
    /// in input order (rejections among them in their place).
    /// </summary>
    /// <param name="batch">The next input records.</param>
    /// <param name="observer">Told of every record, or null.</param>
    /// <exception cref="InvalidOperationException">The audit is complete.</exception>
    public void Add(IReadOnlyList<ReadResult> batch, IAuditObserver? observer = null) => Add(Evaluate(batch), observer);

    /// <summary>
    /// Evaluates one batch of input records in one engine session without counting them yet. Safe to
    /// call from several threads at once (the engine is), so that a host with more cores evaluates
    /// several batches in parallel; each result then joins the audit through
    /// <see cref="Add(EvaluatedBatch, IAuditObserver?)"/>, one at a time and in input order, which
    /// keeps every count, series and report exactly as a one-thread audit makes them.
    /// </summary>
    /// <param name="batch">Input records, parsed or rejected, in input order.</param>
    /// <returns>The batch with its evaluations.</returns>
    public EvaluatedBatch Evaluate(IReadOnlyList<ReadResult> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var parsed = new List<CrimeRecord>(batch.Count);
        foreach (var item in batch)
        {
            if (item is ParsedRecord record)
            {
                parsed.Add(record.Record);
            }
        }

        RecordEvaluation[] evaluations = parsed.Count == 0 ? [] : [.. Engine.EvaluateMany(parsed, AsOf, parsed.Count)];
        return new EvaluatedBatch(this, batch, evaluations);
    }

    /// <summary>
    /// Counts an evaluated batch for its units and the monitoring series and tells the observer of
    /// each record, in input order (rejections among them in their place). Batches must be added in
    /// input order, from one thread at a time.
    /// </summary>
    /// <param name="batch">A batch this audit evaluated (<see cref="Evaluate"/>).</param>
    /// <param name="observer">Told of every record, or null.</param>
    /// <exception cref="InvalidOperationException">The audit is complete, or the batch was evaluated by another audit.</exception>
    public void Add(EvaluatedBatch batch, IAuditObserver? observer = null)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (_summary is not null)
        {
            throw new InvalidOperationException("The audit is complete: start another to audit more records.");
        }

        if (_incidentSummary is not null)
        {
            throw new InvalidOperationException("The incidents were judged: every record must be added before them.");
        }

        if (!ReferenceEquals(batch.Audit, this))
        {
            throw new InvalidOperationException("The batch was evaluated by another audit.");
        }

        var next = 0;
        foreach (var item in batch.Input)
        {
            if (item is Rejection rejection)
            {
                if (IncludesIncidents && rejection.IsRecord)
                {
                    // An incident linked to a rejected record gets rule errors, not findings.
                    IncidentSide.AddRejectedRecord(rejection);
                }

                Totals.Count(rejection);
                observer?.Rejected(rejection);
                continue;
            }

            var audited = new AuditedRecord((ParsedRecord)item, batch.Evaluations[next++]);
            _accumulator.Add(audited.Record, audited.Evaluation);
            _monitor.Add(audited.Record, audited.Evaluation);
            if (IncludesIncidents)
            {
                IncidentSide.AddRecord(audited.Record, audited.Evaluation);
            }

            Totals.Count(audited);
            observer?.Evaluated(audited);
        }
    }

    /// <summary>
    /// Reads the incident logs once and evaluates each accepted one, in input order, with the records
    /// linked to it either way (it lists the record, or the record names it), and tells the observer
    /// of each (<see cref="IAuditObserver.IncidentEvaluated"/>, <see cref="IAuditObserver.IncidentRejected"/>).
    /// Call once, after the last record and before <see cref="Complete"/>.
    /// </summary>
    /// <param name="incidents">The incident reader's results, in input order.</param>
    /// <param name="observer">Told of every incident, or null.</param>
    /// <exception cref="InvalidOperationException">The audit was not started with <see cref="IncludesIncidents"/>, the incidents were already added, or the audit is complete.</exception>
    public void AddIncidents(IEnumerable<ReadResult> incidents, IAuditObserver? observer = null)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        if (_summary is not null)
        {
            throw new InvalidOperationException("The audit is complete: start another to audit incidents.");
        }

        if (!IncludesIncidents)
        {
            throw new InvalidOperationException("Start the audit with IncludesIncidents = true: the join needs every record as it is added.");
        }

        if (_incidentSummary is not null)
        {
            throw new InvalidOperationException("The incidents of this audit were already added.");
        }

        // With incidents given, unanswered-incident is a sixth metric and every detector's run length is the six-metric one.
        _monitor.IncidentsGiven = true;
        var evaluator = new IncidentEvaluator(Engine);
        _incidentSummary = IncidentSide.Run(incidents, joined => Observe(joined, evaluator, observer), observer is null ? null : observer.IncidentRejected);

        // The join's temporary files are not needed once every incident is judged.
        _incidents?.Dispose();
    }

    /// <summary>Runs the unit audits and the monitoring detectors over every record (and incident) added; later calls return the same summary.</summary>
    /// <returns>The summary: totals, unit audits (AUDIT-007 from the incidents), tally defects, series and alerts, findings by severity and rule, units that stand out, the incidents' summary.</returns>
    public AuditSummary Complete() => _summary ??= new AuditSummary(
        Totals,
        IncidentUnitResults.Merge(UnitAuditor.Run(_accumulator, Engine.Pack), _incidentSummary?.Units),
        [.. _accumulator.Defects, .. _monitor.Defects],
        _monitor.Finish(_accumulator.Units, Period),
        _incidentSummary);

    /// <summary>Removes the temporary files (monitoring events, the incident join), if any were written.</summary>
    public void Dispose()
    {
        _monitor.Dispose();
        _incidents?.Dispose();
    }

    private IncidentAudit IncidentSide => _incidents ??= new IncidentAudit(Engine, AsOf) { RecordsCover = RecordsCover };

    /// <summary>
    /// Every evaluated incident passes here, once, in input order, after every record was added and
    /// before <see cref="Complete"/>: with the link facts of its records, so whatever else an audit
    /// counts per incident (a monitoring metric judged at another instant) hooks in here.
    /// </summary>
    private void Observe(JoinedIncident joined, IncidentEvaluator evaluator, IAuditObserver? observer)
    {
        // The monitoring event judges the incident again at its closure plus the recording limit, with the same links.
        _monitor.AddIncident(evaluator, joined.Incident.Incident, joined.Links);
        observer?.IncidentEvaluated(new AuditedIncident(joined.Incident, joined.Evaluation));
    }
}
