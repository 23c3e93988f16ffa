using Compliance.Rules.Engine;
using Compliance.Rules.Incidents;
using Compliance.Rules.Incidents.Evaluation;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;

namespace Compliance.Rules.Auditing;

/// <summary>
/// The incident side of an audit: crime records are added as they are evaluated, then the incident
/// logs are read once and each is evaluated, in input order, with the records linked to it (either
/// way), and AUDIT-007 judges the incident units. Memory stays flat in the size of both inputs
/// (an external sort-merge join; see <see cref="DefaultMemoryBudget"/>); temporary files are
/// removed on <see cref="Dispose"/>. Never reads the clock: the as-of instant is given.
/// </summary>
/// <example>
/// <code>
/// using var incidents = new IncidentAudit(engine, asOf);
/// foreach (var (record, evaluation) in evaluatedRecords) { incidents.AddRecord(record, evaluation); }
/// var summary = incidents.Run(new IncidentReader().Read(source), evaluated => Write(evaluated), rejected => Write(rejected));
/// </code>
/// </example>
public sealed class IncidentAudit : IDisposable
{
    /// <summary>Tuples per external sort held in memory (about 25 MB of record tuples).</summary>
    public const int DefaultMemoryBudget = IncidentJoin.DefaultMemoryBudget;

    private readonly IComplianceEngine _engine;
    private readonly IncidentJoin _join;
    private IncidentAuditSummary? _summary;
    private bool _running;

    /// <summary>Starts the incident side of an audit.</summary>
    /// <param name="engine">The engine of the audit (its pack holds the incident rules and AUDIT-007).</param>
    /// <param name="asOf">The as-of instant of the audit.</param>
    /// <param name="memoryBudget">Tuples per sort kept in memory.</param>
    /// <param name="temporaryDirectory">Where the sorts spill (default: the system temporary folder).</param>
    /// <exception cref="InvalidOperationException">The pack lacks a parameter the incident rules need.</exception>
    public IncidentAudit(IComplianceEngine engine, DateTimeOffset asOf, int memoryBudget = DefaultMemoryBudget, string? temporaryDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _engine = engine;
        _join = new IncidentJoin(new IncidentEvaluator(engine), asOf, memoryBudget, temporaryDirectory);
    }

    /// <summary>
    /// The days the record input should cover completely: unresolved links of incidents received
    /// on them are also counted in <see cref="IncidentAuditSummary.UnresolvedIncidentLinksInCover"/>.
    /// Null (the default): none are.
    /// </summary>
    public RecordsCover? RecordsCover
    {
        get;
        init
        {
            field = value;
            _join.Covers = value is null ? null : value.Contains;
        }
    }

    /// <summary>Adds an evaluated crime record (the audit's own evaluation, so nothing is evaluated twice).</summary>
    /// <param name="record">The record.</param>
    /// <param name="evaluation">Its evaluation at the audit's as-of.</param>
    public void AddRecord(CrimeRecord record, RecordEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(evaluation);
        _join.AddRecord(record, evaluation);
    }

    /// <summary>
    /// Adds a crime record the reader rejected: an incident linked to it (listing its
    /// <see cref="Rejection.Id"/>, or named in its <see cref="Rejection.NamedIncidentId"/>) gets a
    /// rule error, never a finding, from each rule whose finding could depend on it, and the link is
    /// not counted as unresolved. A rejection without an id is no link to anything and is ignored; so
    /// is one whose id an accepted record also has (a repeated id: the accepted record is linked).
    /// </summary>
    /// <param name="rejection">A rejection of the record reader, in input order among the records.</param>
    public void AddRejectedRecord(Rejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        if (rejection.Id is { } id)
        {
            _join.AddRejectedRecord(id, rejection.NamedIncidentId);
        }
    }

    /// <summary>
    /// Reads the incidents, evaluates each accepted one with its linked records, and audits the
    /// incident units. Call once, after the last record.
    /// </summary>
    /// <param name="incidents">The incident reader's results, in input order.</param>
    /// <param name="evaluated">Told of every accepted incident and its evaluation, in input order.</param>
    /// <param name="rejected">Told of every rejected incident (and input problem), in input order.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="InvalidOperationException">Called twice.</exception>
    public IncidentAuditSummary Run(IEnumerable<ReadResult> incidents, Action<ParsedIncident, IncidentEvaluation>? evaluated = null, Action<Rejection>? rejected = null) =>
        Run(incidents, evaluated is null ? null : joined => evaluated(joined.Incident, joined.Evaluation), rejected);

    /// <summary>As the public <c>Run</c>, telling of each incident with the link facts of its records as well.</summary>
    internal IncidentAuditSummary Run(IEnumerable<ReadResult> incidents, Action<JoinedIncident>? evaluated, Action<Rejection>? rejected)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        if (_summary is not null || _running)
        {
            throw new InvalidOperationException("The incidents of this audit were already run.");
        }

        _running = true;
        long rejections = 0, problems = 0, count = 0, withFindings = 0;
        var units = new IncidentUnitAudit();
        var severities = new Dictionary<Severity, long>();
        var coverage = new Dictionary<string, long[]>(StringComparer.Ordinal);
        var byCode = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var joined in _join.Evaluate(incidents, rejection =>
        {
            _ = rejection.IsRecord ? rejections++ : problems++;
            byCode[rejection.Code.ToString()] = byCode.GetValueOrDefault(rejection.Code.ToString()) + 1;
            rejected?.Invoke(rejection);
        }))
        {
            var evaluation = joined.Evaluation;
            count++;
            withFindings += evaluation.Findings.Count > 0 ? 1 : 0;
            units.Add(evaluation);
            foreach (var finding in evaluation.Findings)
            {
                severities[finding.Severity] = severities.GetValueOrDefault(finding.Severity) + 1;
            }

            foreach (var state in evaluation.Rules)
            {
                if (!coverage.TryGetValue(state.RuleId, out var counts))
                {
                    coverage[state.RuleId] = counts = new long[Enum.GetValues<RuleStatus>().Length];
                }

                counts[(int)state.Status]++;
            }

            evaluated?.Invoke(joined);
        }

        return _summary = new IncidentAuditSummary(
            count,
            rejections,
            problems,
            _join.OneSidedLinks,
            _join.UnresolvedLinks,
            [.. _join.Unresolved.Select(u => new UnresolvedLink(u.IncidentId, u.CrimeRecordId))],
            units.Run(_engine.Pack),
            severities,
            coverage.ToDictionary(c => c.Key, c => (IReadOnlyDictionary<RuleStatus, long>)Enum.GetValues<RuleStatus>().ToDictionary(s => s, s => c.Value[(int)s]), StringComparer.Ordinal))
        {
            RejectedByCode = byCode,
            IncidentsWithFindings = withFindings,
            UnresolvedIncidentLinksInCover = _join.UnresolvedLinksInCover,
        };
    }

    /// <summary>Removes the temporary files.</summary>
    public void Dispose() => _join.Dispose();
}
