using Compliance.Rules.Auditing.Tallies;
using Compliance.Rules.Engine;
using Compliance.Rules.Facts;
using Compliance.Rules.Packs;
using Compliance.Rules.Records;

namespace Compliance.Rules.Auditing.Monitoring;

/// <summary>
/// Collects the monitoring events of evaluated records (beside an <see cref="AuditAccumulator"/>) and
/// runs the detectors at the end. Memory is bounded by the spool's budget; not thread-safe.
/// </summary>
public sealed class MonitorCollector : IDisposable
{
    private readonly RulePackContext _context;
    private readonly DateTimeOffset _asOf;
    private readonly IReadOnlySet<StatementType> _retractionTypes;
    private readonly MonitorEventSpool _spool;
    private readonly RulePack _pack;

    /// <summary>Creates a collector for evaluations made with a pack at an as-of time.</summary>
    /// <param name="pack">The pack.</param>
    /// <param name="asOf">The as-of instant (events after it are ignored).</param>
    /// <param name="memoryBudget">Events held in memory before spilling to a temporary file.</param>
    public MonitorCollector(RulePack pack, DateTimeOffset asOf, int memoryBudget = MonitorEventSpool.DefaultMemoryBudget)
    {
        ArgumentNullException.ThrowIfNull(pack);
        _pack = pack;
        _context = pack.CreateContext();
        _asOf = asOf;
        _retractionTypes = AuditParameters.From(pack).RetractionStatementTypes;
        _spool = new MonitorEventSpool(memoryBudget);
    }

    /// <summary>Events collected so far.</summary>
    public long Events => _spool.Count;

    /// <summary>Adds the events of one evaluated record.</summary>
    /// <param name="record">The record.</param>
    /// <param name="evaluation">Its evaluation.</param>
    public void Add(CrimeRecord record, RecordEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(evaluation);
        foreach (var e in Extract(record, evaluation))
        {
            _spool.Add(e);
        }
    }

    /// <summary>The events of one evaluated record (what <see cref="Add"/> adds).</summary>
    /// <param name="record">The record.</param>
    /// <param name="evaluation">Its evaluation.</param>
    /// <returns>The events.</returns>
    public IEnumerable<MonitorEvent> Extract(CrimeRecord record, RecordEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(evaluation);
        var facts = evaluation.Facts ?? new RecordFacts(record, _asOf, _context);
        var unitId = UnitIds.Of(record.OwningUnit?.UnitId);
        return MonitorEventExtractor.Extract(unitId, record, facts, evaluation.Findings, _retractionTypes);
    }

    /// <summary>Runs the detectors over every event collected.</summary>
    /// <param name="units">The unit tallies of the same records (they choose each unit's peers).</param>
    /// <param name="period">Month or week series.</param>
    /// <returns>Series, alerts and detector set-ups.</returns>
    public MonitorResult Finish(IEnumerable<UnitTally> units, MonitorPeriod period)
    {
        ArgumentNullException.ThrowIfNull(units);
        return UnitMonitor.Run(_spool.Sorted(), [.. units], MonitorSettings.From(_pack, period, _asOf));
    }

    /// <inheritdoc />
    public void Dispose() => _spool.Dispose();
}
