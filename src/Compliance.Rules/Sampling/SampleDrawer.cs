using Compliance.Rules.Calendar;
using Compliance.Rules.Engine;
using Compliance.Rules.Facts;
using Compliance.Rules.Packs;
using Compliance.Rules.Records;

namespace Compliance.Rules.Sampling;

/// <summary>
/// Draws a sample while records stream past: each record goes to the first stratum whose filter
/// it matches, is dated by that stratum, and is ranked by <see cref="SelectionOrder"/>; only the
/// first n of each stratum are kept. Records can come in any order and from any files: the result
/// depends only on the set of records. Not thread-safe (one drawer per run).
/// </summary>
public sealed class SampleDrawer
{
    private readonly SamplingPlan _plan;
    private readonly RulePack _pack;
    private readonly RulePackContext _context;
    private readonly long _seed;
    private readonly DateTimeOffset _asOf;
    private readonly StratumSelector<CrimeRecord>[] _selectors;
    private readonly List<(string ItemKey, string StratumId, string Message)> _filterErrors = [];
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

    /// <summary>Records whose filter or date expression failed (the record is left out of every stratum; the run goes on).</summary>
    public IReadOnlyList<(string ItemKey, string StratumId, string Message)> FilterErrors => _filterErrors;

    /// <summary>Offers a record to the plan.</summary>
    /// <param name="record">The record.</param>
    public void Add(CrimeRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var facts = new RecordFacts(record, _asOf, _context);
        var key = SelectionOrder.RecordKey(record.CrimeRecordId);
        for (var i = 0; i < _selectors.Length; i++)
        {
            var filter = _plan.Filters[i];
            DateTimeOffset? date;
            try
            {
                if (!filter.Matches(facts))
                {
                    continue;
                }

                date = filter.DateOf(facts);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // One bad record must not end the draw: it is left out and named on the report.
                _filterErrors.Add((key, filter.Stratum.Id, e.GetType().Name));
                return;
            }

            if (date is not { } instant)
            {
                _outOfFrame++;
            }
            else if (_plan.InPeriod(WorkingDayCalendar.LondonDate(instant)))
            {
                _selectors[i].Offer(key, record);
            }

            return;
        }
    }

    /// <summary>Counts a record that could not be read.</summary>
    public void Reject() => _rejected++;

    /// <summary>Completes the draw: sizes each stratum, takes its first n, and evaluates the drawn records.</summary>
    /// <param name="engine">The engine built from the drawer's pack (for the items' findings).</param>
    /// <param name="blind">False when the worksheet will show findings.</param>
    /// <param name="inputs">The input files.</param>
    /// <returns>The sample.</returns>
    public Sample Complete(IComplianceEngine engine, bool blind, IEnumerable<SampleInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var strata = new List<SampleStratum>();
        var items = new List<SampleItem>();
        for (var i = 0; i < _selectors.Length; i++)
        {
            var stratum = _plan.Filters[i].Stratum;
            var population = _selectors[i].Population;
            var n = stratum.SampleSize(population);
            strata.Add(new SampleStratum(stratum.Id, stratum.Population, stratum.Decision, population, n));
            var rank = 0L;
            foreach (var (itemKey, record) in _selectors[i].Take(n))
            {
                var findings = engine.Evaluate(record, _asOf).Findings.Select(f => f.RuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
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
            0,
            _outOfFrame,
            strata,
            _plan.Combine,
            items);
    }
}
