using System.Linq.Expressions;
using Compliance.Rules.Expressions;
using Compliance.Rules.Facts;
using Compliance.Rules.Packs;
using Compliance.Rules.Records;
using Compliance.Rules.Timelines;

namespace Compliance.Rules.Engine;

/// <summary>
/// One enabled record rule bound to its parameter values: the lambdas NRules matches on, the same
/// lambdas compiled for explanations, and what it takes to build a finding when it fires.
/// </summary>
/// <remarks>
/// Only binding happens here; compiling to delegates waits for first use. NRules compiles the
/// conditions it matches on itself, so the delegates below serve <see cref="IComplianceEngine.Explain"/>
/// and findings only, and compiling every evidence lambda of every rule up front was most of the
/// cost of building an engine — for rules that may never fire.
/// </remarks>
internal sealed class CompiledRule
{
    private readonly Lazy<Func<RecordFacts, DateTimeOffset?>?> _governingInstant;
    private readonly Lazy<Func<RecordFacts, bool>?> _inForce;
    private readonly Lazy<Func<RecordFacts, bool>?> _appliesWhen;
    private readonly Lazy<(string Name, Func<RecordFacts, bool> When)[]> _requirements;
    private readonly Lazy<Func<RecordFacts, bool>> _condition;
    private readonly Lazy<(Func<RecordFacts, bool> When, Severity Severity)[]> _escalations;
    private readonly string[] _evidenceNames;
    private readonly string[] _freeText;
    private readonly string[] _timelines;
    private readonly bool _needsCountingRules;
    private readonly Lazy<Func<RecordFacts, object?>[]> _evidence;

    // The start of each of _timelines in the timeline set last asked about: every record of an engine
    // has its pack's set, so the names are looked up once rather than per rule and record (a sampled
    // profile had this check at about 4% of evaluating and counting a record). Published whole, with
    // a release write; threads that race compute the same.
    private TimelineStarts? _starts;

    public CompiledRule(int order, RuleInfo info, RuleExpressions expressions, IReadOnlyDictionary<string, object?> values)
    {
        Order = order;
        Info = info;
        var facts = Expression.Parameter(typeof(RecordFacts), ParameterBinder.FactsName);
        _timelines = [.. info.Timelines];
        _needsCountingRules = _timelines.Contains(TimelineSet.CountingRulesName);
        GoverningInstantExpression = expressions.GoverningInstant is { } instant ? ParameterBinder.Bind<DateTimeOffset?>(instant, values, facts) : null;
        InForceExpression = expressions.InForce is { } inForce ? ParameterBinder.Bind<bool>(inForce, values, facts) : null;
        var requirements = expressions.Requirements.Select(r => (r.Name, When: ParameterBinder.Bind<bool>(r.When, values, facts))).ToArray();
        AppliesWhenExpression = Conjunction(requirements.Select(r => r.When).ToArray(), facts);
        ConditionExpression = ParameterBinder.Bind<bool>(expressions.Condition!, values, facts);
        var escalations = expressions.Escalations.Select(e => (When: ParameterBinder.Bind<bool>(e.When, values, facts), e.Severity)).ToArray();
        var evidence = expressions.Evidence.Select(e => ParameterBinder.Bind<object?>(e.Expression, values, facts)).ToArray();
        _evidenceNames = expressions.Evidence.Select(e => e.Name).ToArray();
        _freeText = [.. info.FreeTextEvidence];

        _governingInstant = new(() => GoverningInstantExpression is { } instant ? DelegateCompiler.Compile(QuantifierInliner.Inline(instant)) : null);
        _inForce = new(() => InForceExpression is { } inForce ? DelegateCompiler.Compile(QuantifierInliner.Inline(inForce)) : null);
        _appliesWhen = new(() => AppliesWhenExpression is { } applies ? DelegateCompiler.Compile(QuantifierInliner.Inline(applies)) : null);
        _requirements = new(() => requirements.Select(r => (r.Name, DelegateCompiler.Compile(QuantifierInliner.Inline(r.When)))).ToArray());
        _condition = new(() => DelegateCompiler.Compile(QuantifierInliner.Inline(ConditionExpression)));
        _escalations = new(() => escalations.Select(e => (DelegateCompiler.Compile(QuantifierInliner.Inline(e.When)), e.Severity)).ToArray());
        _evidence = new(() => evidence.Select(e => DelegateCompiler.Compile(QuantifierInliner.InlineEvidence(e))).ToArray());
    }

    /// <summary>Position in the pack (findings are ordered by it).</summary>
    public int Order { get; }

    public RuleInfo Info { get; }

    public Expression<Func<RecordFacts, DateTimeOffset?>>? GoverningInstantExpression { get; }

    public Expression<Func<RecordFacts, bool>>? InForceExpression { get; }

    public Expression<Func<RecordFacts, bool>>? AppliesWhenExpression { get; }

    public Func<RecordFacts, bool>? InForce => _inForce.Value;

    public Expression<Func<RecordFacts, bool>> ConditionExpression { get; }

    public Func<RecordFacts, bool>? AppliesWhen => _appliesWhen.Value;

    public Func<RecordFacts, bool> Condition => _condition.Value;

    /// <summary>Whether the rule has a governing-instant expression (without one it judges items at their own instants).</summary>
    public bool HasGoverningInstant => GoverningInstantExpression is not null;

    /// <summary>The instant of the decision the rule judges on a record; null without an expression or when the record lacks it.</summary>
    /// <param name="facts">The record's facts.</param>
    /// <returns>The instant.</returns>
    public DateTimeOffset? GoverningInstant(RecordFacts facts) => _governingInstant.Value?.Invoke(facts);

    /// <summary>The named requirements, in order (their conjunction is <see cref="AppliesWhen"/>).</summary>
    public IReadOnlyList<(string Name, Func<RecordFacts, bool> When)> Requirements => _requirements.Value;

    /// <summary>The name of the first requirement that does not hold on the record; null when all hold.</summary>
    public string? FirstUnmetRequirement(RecordFacts facts)
    {
        foreach (var (name, when) in _requirements.Value)
        {
            if (!when(facts))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the timelines the rule reads have an entry at its governing instant (the first condition NRules
    /// checks). A rule whose instant falls before a timeline's first entry is not in force for the record.
    /// </summary>
    /// <param name="facts">The record's facts.</param>
    /// <returns>False when not in force.</returns>
    /// <exception cref="UnknownRulesEditionException">The rule reads the counting rules and the record names an edition the pack does not have.</exception>
    public bool HasTimelineEntries(RecordFacts facts) => BeforeFirstEntry(facts) is null;

    /// <summary>The id of the first entry of the first timeline the rule's governing instant precedes; null when every timeline it reads has an entry then.</summary>
    /// <param name="facts">The record's facts.</param>
    /// <returns>The entry id.</returns>
    /// <exception cref="UnknownRulesEditionException">The rule reads the counting rules and the record names an edition the pack does not have.</exception>
    public string? BeforeFirstEntry(RecordFacts facts)
    {
        if (_timelines.Length == 0)
        {
            return null;
        }

        if (_needsCountingRules && facts.UnknownRulesEdition is { } unknown)
        {
            throw new UnknownRulesEditionException(unknown);
        }

        if (_governingInstant.Value?.Invoke(facts) is not { } instant)
        {
            return null;
        }

        var set = facts.Timelines;
        if (Volatile.Read(ref _starts) is not { } starts || !ReferenceEquals(starts.Set, set))
        {
            starts = new TimelineStarts(set, [.. _timelines.Select(set.StartTicks)]);
            Volatile.Write(ref _starts, starts);
        }

        var ticks = instant.UtcTicks;
        for (var i = 0; i < _timelines.Length; i++)
        {
            // A pinned rulesEdition stands for the counting rules whatever the instant.
            if (ticks < starts.Ticks[i] && !(_timelines[i] == TimelineSet.CountingRulesName && facts.Record.RulesEdition is not null))
            {
                return set.FirstEntryId(_timelines[i]);
            }
        }

        return null;
    }

    /// <summary>
    /// The governing instant's delegate (every record asks for it, through <see cref="BeforeFirstEntry"/>),
    /// compiled here, on the caller's thread; for <see cref="DelegatePreparation"/>. Empty without one,
    /// or when compiling it fails (evaluation meets that failure where it uses the delegate, as before).
    /// </summary>
    /// <returns>The compiled delegate, if any.</returns>
    internal IEnumerable<Delegate> CompileGoverningInstant()
    {
        try
        {
            return _governingInstant.Value is { } instant ? [instant] : [];
        }
        catch (Exception)
        {
            // The lazy keeps the failure for evaluation to meet.
            return [];
        }
    }

    /// <summary>Builds the finding of a record on which the rule fired (called from the NRules action).</summary>
    public FiredRule Fire(RecordFacts facts) =>
        TryCreateFinding(facts, out var finding, out var error) ? new(facts, this, finding, null) : new(facts, this, null, error);

    /// <summary>
    /// The finding of a record on which the rule fired, or the rule's error on it when an
    /// escalation or an evidence expression throws: a finding whose severity or evidence could
    /// not be worked out is not reported as if it were complete, nor lost silently.
    /// </summary>
    public bool TryCreateFinding(RecordFacts facts, out Finding? finding, out RuleEvaluationError? error)
    {
        finding = null;
        error = null;
        var severity = Info.Severity;
        var escalations = _escalations.Value;
        for (var i = 0; i < escalations.Length; i++)
        {
            var (when, raised) = escalations[i];
            try
            {
                if (raised > severity && when(facts))
                {
                    severity = raised;
                }
            }
            catch (Exception e) when (RuleFailures.IsRecordFailure(e))
            {
                error = RuleFailures.Error(Info.Id, $"escalation {i + 1}", e);
                return false;
            }
        }

        var evidence = _evidence.Value;
        var values = new object?[evidence.Length];
        for (var i = 0; i < evidence.Length; i++)
        {
            try
            {
                values[i] = EvidenceFormatter.Normalise(evidence[i](facts));
            }
            catch (Exception e) when (RuleFailures.IsRecordFailure(e))
            {
                error = RuleFailures.Error(Info.Id, $"evidence '{_evidenceNames[i]}'", e);
                return false;
            }
        }

        if (_freeText.Length == 0)
        {
            var named = values.Length == 0 ? OrderedEvidence.Empty : new OrderedEvidence(_evidenceNames, values);
            finding = new Finding(Info.Id, severity, EvidenceFormatter.FillMessage(Info.Message, named), Info.Citation, named);
            return true;
        }

        // Free text goes apart from the rest, so nothing shows it unless it was asked for (the pack's
        // loader already refused a message that names it).
        var codes = new List<(string Name, object? Value)>(values.Length);
        var texts = new List<(string Name, object? Value)>(_freeText.Length);
        for (var i = 0; i < values.Length; i++)
        {
            (_freeText.Contains(_evidenceNames[i]) ? texts : codes).Add((_evidenceNames[i], values[i]));
        }

        var evidenceOnly = new OrderedEvidence([.. codes.Select(c => c.Name)], [.. codes.Select(c => c.Value)]);
        finding = new Finding(Info.Id, severity, EvidenceFormatter.FillMessage(Info.Message, evidenceOnly), Info.Citation, evidenceOnly)
        {
            FreeTextEvidence = new OrderedEvidence([.. texts.Select(t => t.Name)], [.. texts.Select(t => t.Value)]),
        };
        return true;
    }

    /// <summary>
    /// The requirements as one condition for NRules, in order with short-circuit, so a requirement may
    /// rely on the ones before it exactly as it could inside one written <c>&amp;&amp;</c> chain.
    /// </summary>
    private static Expression<Func<RecordFacts, bool>>? Conjunction(Expression<Func<RecordFacts, bool>>[] requirements, ParameterExpression facts)
    {
        if (requirements.Length == 0)
        {
            return null;
        }

        if (requirements.Length == 1)
        {
            return requirements[0];
        }

        // Each requirement was bound over the same parameter, so their bodies can be joined as they are.
        var body = requirements.Skip(1).Aggregate(requirements[0].Body, (all, next) => Expression.AndAlso(all, next.Body));
        return Expression.Lambda<Func<RecordFacts, bool>>(body, facts);
    }

    /// <summary>A timeline set and the start of each timeline a rule reads, in the rule's order.</summary>
    private sealed record TimelineStarts(TimelineSet Set, long[] Ticks);
}

/// <summary>What a rule's NRules action reports: which record, which rule, and its finding or, when the finding could not be built, its error.</summary>
internal sealed class FiredRule(RecordFacts facts, CompiledRule rule, Finding? finding, RuleEvaluationError? error)
{
    public RecordFacts Facts { get; } = facts;

    public CompiledRule Rule { get; } = rule;

    public Finding? Finding { get; } = finding;

    public RuleEvaluationError? Error { get; } = error;
}
