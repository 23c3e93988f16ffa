using Compliance.Rules.Calendar;
using Compliance.Rules.Engine;
using Compliance.Rules.Facts;
using Compliance.Rules.Packs;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;

namespace Compliance.Rules.Sampling;

/// <summary>
/// Draws a sample while records stream past: each record goes to the first record stratum whose
/// filter it matches, is dated by that stratum, and is ranked by <see cref="SelectionOrder"/>; only
/// the first n of each stratum are kept. With incident logs (<see cref="AddIncidents"/>, after the
/// last record) each incident is joined to its records and goes the same way through the incident
/// strata. Records and incidents can come in any order and from any files: the result depends only
/// on the sets. Not thread-safe (one drawer per run); dispose it to remove the join's temporary files.
/// </summary>
/// <example>
/// <code>
/// using var drawer = new SampleDrawer(plan, engine, seed, asOf, includesIncidents: true);
/// foreach (var record in records) { drawer.Add(record); }
/// drawer.AddIncidents(new IncidentReader().Read(source));
/// Sample sample = drawer.Complete(blind: true, inputs);
/// </code>
/// </example>
public sealed class SampleDrawer : IDisposable
{
    private readonly SamplingPlan _plan;
    private readonly RulePack _pack;
    private readonly IComplianceEngine? _engine;
    private readonly RulePackContext _context;
    private readonly long _seed;
    private readonly DateTimeOffset _asOf;
    private readonly StratumSelector<CrimeRecord>[] _selectors;
    private readonly List<(string ItemKey, string StratumId, string Message)> _filterErrors = [];
    private readonly IncidentStrata? _incidents;
    private long _outOfFrame;
    private long _rejected;

    /// <summary>Creates a drawer.</summary>
    /// <param name="plan">The plan (its filters compiled against <paramref name="pack"/>).</param>
    /// <param name="pack">The rule pack: vocabulary of the filters, and the rules whose findings each item carries.</param>
    /// <param name="seed">The seed, 0 ≤ seed &lt; 2⁶³.</param>
    /// <param name="asOf">The as-of instant.</param>
    public SampleDrawer(SamplingPlan plan, RulePack pack, long seed, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentOutOfRangeException.ThrowIfNegative(seed);
        _plan = plan;
        _pack = pack;
        _context = pack.CreateContext();
        _seed = seed;
        _asOf = asOf;
        _selectors = [.. plan.Filters.Select(f => new StratumSelector<CrimeRecord>(seed, plan.PlanId, f.Stratum.Id, f.Stratum.SampleSizeBound()))];
    }

    /// <summary>Creates a drawer that evaluates with <paramref name="engine"/> and, when asked, also draws incident logs.</summary>
    /// <param name="plan">The plan (its filters compiled against the engine's pack).</param>
    /// <param name="engine">The engine: the items' findings, and the records linked to incidents.</param>
    /// <param name="seed">The seed, 0 ≤ seed &lt; 2⁶³.</param>
    /// <param name="asOf">The as-of instant.</param>
    /// <param name="includesIncidents">
    /// Whether incident logs will follow the records (<see cref="AddIncidents"/>): each record added is
    /// then also kept, as a fixed-size link tuple in a temporary file, for the join.
    /// </param>
    /// <exception cref="InvalidOperationException">The pack lacks a parameter the incident rules need.</exception>
    public SampleDrawer(SamplingPlan plan, IComplianceEngine engine, long seed, DateTimeOffset asOf, bool includesIncidents)
        : this(plan, (engine ?? throw new ArgumentNullException(nameof(engine))).Pack, seed, asOf)
    {
        _engine = engine;
        _incidents = includesIncidents ? new IncidentStrata(plan, engine!, seed, asOf) : null;
    }

    /// <summary>Incident logs that could not be read (counted by <see cref="AddIncidents"/>).</summary>
    public long RejectedIncidents => _incidents?.Rejected ?? 0;

    /// <summary>Incident logs read, accepted or rejected.</summary>
    public long IncidentsRead => _incidents?.Read ?? 0;

    /// <summary>Records whose filter or date expression failed (the record is left out of every stratum; the run goes on).</summary>
    public IReadOnlyList<(string ItemKey, string StratumId, string Message)> FilterErrors => _filterErrors;

    /// <summary>Offers a record to the plan.</summary>
    /// <param name="record">The record.</param>
    public void Add(CrimeRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (_incidents is { Added: true })
        {
            throw new InvalidOperationException("The incidents were drawn: every record must be added before them.");
        }

        _incidents?.AddRecord(record);

        var facts = new RecordFacts(record, _asOf, _context);
        var key = SelectionOrder.RecordKey(record.CrimeRecordId);
        switch (StratumPlacement.Place(_plan, _plan.Filters, facts, key, _filterErrors, out var index))
        {
            case StratumPlacementKind.OutOfFrame:
                _outOfFrame++;
                break;
            case StratumPlacementKind.InPeriod:
                _selectors[index].Offer(key, record);
                break;
        }
    }

    /// <summary>Counts a record that could not be read.</summary>
    public void Reject() => _rejected++;

    /// <summary>
    /// Counts a record that could not be read; with incidents, an incident linked to it (by its
    /// <see cref="Rejection.Id"/> or its <see cref="Rejection.NamedIncidentId"/>) then sees the link
    /// as rejected (<see cref="LinkedRecordFacts.Rejected"/>) and gets rule errors, not findings.
    /// </summary>
    /// <param name="rejection">The record reader's rejection, in input order among the records.</param>
    public void Reject(Rejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        _rejected++;
        if (rejection.IsRecord && rejection.Id is { } id)
        {
            _incidents?.AddRejectedRecord(id, rejection.NamedIncidentId);
        }
    }

    /// <summary>
    /// Reads the incident logs once, joins each accepted one to the records added (it lists them, or
    /// they name it), and offers it to the first incident stratum whose filter it matches, dated by
    /// <c>receivedAt</c> (or the stratum's <c>dateField</c>). Call once, after the last record.
    /// </summary>
    /// <param name="incidents">The incident reader's results, in input order.</param>
    /// <param name="rejected">Told of every incident the reader rejected, in input order.</param>
    /// <param name="cancellationToken">Checked before each incident is offered.</param>
    /// <exception cref="InvalidOperationException">The drawer was not created to include incidents, or they were already added.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public void AddIncidents(IEnumerable<ReadResult> incidents, Action<Rejection>? rejected = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        if (_incidents is null || _incidents.Added)
        {
            throw new InvalidOperationException(_incidents is null
                ? "Create the drawer with includesIncidents: the join needs every record as it is added."
                : "The incidents of this sample were already added.");
        }

        _incidents.Add(incidents, rejected, _filterErrors, cancellationToken);
    }

    /// <summary>Removes the join's temporary files, if any were written.</summary>
    public void Dispose() => _incidents?.Dispose();

    /// <summary>Completes the draw with the drawer's own engine (see <see cref="Complete(IComplianceEngine, bool, IEnumerable{SampleInput})"/>).</summary>
    /// <param name="blind">False when the worksheet will show findings.</param>
    /// <param name="inputs">The input files.</param>
    /// <returns>The sample.</returns>
    /// <exception cref="InvalidOperationException">The drawer was created without an engine, or the plan has incident strata and no incidents were added.</exception>
    public Sample Complete(bool blind, IEnumerable<SampleInput> inputs) =>
        Complete(_engine ?? throw new InvalidOperationException("Create the drawer with an engine, or pass one."), blind, inputs);

    /// <summary>Completes the draw: sizes each stratum, takes its first n, and evaluates the drawn records.</summary>
    /// <param name="engine">The engine built from the drawer's pack (for the items' findings).</param>
    /// <param name="blind">False when the worksheet will show findings.</param>
    /// <param name="inputs">The input files.</param>
    /// <returns>The sample.</returns>
    /// <exception cref="InvalidOperationException">The plan has incident strata and no incidents were added: they would silently be empty.</exception>
    public Sample Complete(IComplianceEngine engine, bool blind, IEnumerable<SampleInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(engine);
        if (_plan.HasIncidentStrata && _incidents is not { Added: true })
        {
            throw new InvalidOperationException("The plan has incident strata: add the incident logs (AddIncidents) before completing.");
        }

        var strata = new List<SampleStratum>();
        var items = new List<SampleItem>();
        foreach (var stratum in _plan.Strata)
        {
            IReadOnlyList<(string ItemKey, string[] Findings)> drawn;
            long population, n;
            if (stratum.Population == StratumPopulation.Incident)
            {
                var selector = _incidents!.SelectorOf(stratum);
                population = selector.Population;
                n = stratum.SampleSize(population);
                drawn = selector.Take(n);
            }
            else
            {
                var selector = _selectors[_plan.Filters.Select((f, i) => (f, i)).First(x => ReferenceEquals(x.f.Stratum, stratum)).i];
                population = selector.Population;
                n = stratum.SampleSize(population);
                drawn = [.. selector.Take(n).Select(d => (d.ItemKey, RuleIds(engine.Evaluate(d.Value, _asOf).Findings)))];
            }

            strata.Add(new SampleStratum(stratum.Id, stratum.Population, stratum.Decision, population, n));
            var rank = 0L;
            foreach (var (itemKey, findings) in drawn)
            {
                items.Add(new SampleItem(itemKey, stratum.Id, ++rank, findings));
            }
        }

        return new Sample(
            _plan.PlanId,
            _seed,
            _plan.SeedSource,
            _plan.Adjudicator,
            _asOf,
            new SampleRulePack(_pack.Id, _pack.Version, _pack.Sha256),
            blind,
            [.. inputs.OrderBy(x => x.Sha256, StringComparer.Ordinal)],
            _rejected,
            RejectedIncidents,
            _outOfFrame + (_incidents?.OutOfFrame ?? 0),
            strata,
            _plan.Combine,
            items);
    }

    /// <summary>The distinct ids of the rules that fired, ordinal order.</summary>
    internal static string[] RuleIds(IEnumerable<Finding> findings) =>
        [.. findings.Select(f => f.RuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
