using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Compliance.Rules.Expressions;
using Compliance.Rules.Facts;
using Compliance.Rules.Packs;
using Compliance.Rules.Records;
using NRules;
using NRules.Diagnostics;
using NRules.Extensibility;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace Compliance.Rules.Engine;

/// <summary>
/// The engine on NRules: each enabled record rule becomes one NRules rule over a single
/// <see cref="RecordFacts"/> pattern (applicability, then condition), whose action hands a
/// <see cref="FiredRule"/> to the session's <see cref="SessionRun"/>. One session factory per pack
/// and policy, built here once.
/// </summary>
/// <remarks>
/// Sessions are pooled and every run is small: creating a session builds a memory for every node of the network,
/// which costs more than evaluating a record, so a session that finished cleanly is reused (by one
/// thread at a time), its old facts retracted in groups. Fired rules go to a list rather than into working memory, so
/// they neither travel through the network nor need a query to be found again.
/// </remarks>
internal sealed class NRulesComplianceEngine : IComplianceEngine
{
    private static readonly MethodInfo ResolveMethod = typeof(IContext).GetMethod(nameof(IContext.Resolve), [typeof(Type)])!;
    private static readonly MethodInfo AddMethod = typeof(SessionRun).GetMethod(nameof(SessionRun.Add))!;
    private static readonly MethodInfo FireMethod = typeof(CompiledRule).GetMethod(nameof(CompiledRule.Fire))!;
    private static readonly MethodInfo HasTimelineEntriesMethod = typeof(CompiledRule).GetMethod(nameof(CompiledRule.HasTimelineEntries))!;
    private static readonly MethodInfo UnmetMethod = typeof(NRulesComplianceEngine).GetMethod(nameof(Unmet), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Rule id of the record-level error an unknown <c>rulesEdition</c> gives.</summary>
    internal const string RulesEditionErrorId = "rulesEdition";

    /// <summary>The most records one session run takes (see <see cref="EvaluateBatch"/>).</summary>
    private const int RunSize = 16;

    /// <summary>How many facts a pooled session keeps before they are retracted together (see <see cref="Release"/>).</summary>
    private const int RetractEvery = 64;

    private readonly CompiledRule[] _rules;
    private readonly Dictionary<string, CompiledRule> _rulesById;
    private readonly Dictionary<string, int> _positionsById;
    private readonly string[] _ruleIds;
    private readonly ISessionFactory _factory;
    private readonly RulePackContext _context;
    private readonly ConcurrentBag<SessionRun> _idle = [];

    public NRulesComplianceEngine(RulePack pack)
    {
        Pack = pack;
        _context = pack.CreateContext();
        var values = pack.ParameterValues;
        _rules = pack.Rules
            .Select((info, index) => (info, index))
            .Where(r => r.info.Scope == RuleScope.Record && r.info.Enabled)
            .Select(r => new CompiledRule(r.index, r.info, pack.Expressions[r.index], values))
            .ToArray();
        _rulesById = _rules.ToDictionary(r => r.Info.Id, StringComparer.Ordinal);
        _positionsById = _rules.Select((rule, position) => (rule, position)).ToDictionary(r => r.rule.Info.Id, r => r.position, StringComparer.Ordinal);
        _ruleIds = _rules.Select(rule => rule.Info.Id).ToArray();
        // NRules' delegates as NRules compiles them (the preparation runs beside the rest of the
        // compile), then the rules' governing instants (compiled there too): every record meets all
        // of them. What a firing needs is left to the first firing: measured, compiling it ahead as
        // well cost more processor time than it took off the first batch.
        var compiled = new BlockingCollection<Delegate>();
        var rules = _rules;
        DelegatePreparation.StartInBackground(compiled.GetConsumingEnumerable().Concat(rules.SelectMany(rule => rule.CompileGoverningInstant())));
        try
        {
            var compiler = new InliningExpressionCompiler(compiled.Add);
            _factory = new RuleCompiler { ExpressionCompiler = compiler }.Compile(_rules.Select((rule, position) => BuildDefinition(rule, position, _rules.Length)));
        }
        finally
        {
            compiled.CompleteAdding();
        }
    }

    public RulePack Pack { get; }

    /// <summary>The compiled record rules, in pack order (for the profiler).</summary>
    internal IReadOnlyList<CompiledRule> CompiledRules => _rules;

    /// <summary>The pack's context (for the profiler).</summary>
    internal RulePackContext Context => _context;

    public RecordEvaluation Evaluate(CrimeRecord record, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(record);
        CheckAsOf(asOf);
        if (!TryBuildFacts(record, asOf, out var facts, out var failure))
        {
            return failure!;
        }

        var run = Run([facts!]);
        try
        {
            return ToEvaluation(facts!, run.Fired, run.Errors);
        }
        finally
        {
            Release(run);
        }
    }

    /// <summary>The id under which a record's own failure (not one rule's) is listed with the rule errors.</summary>
    internal const string RecordLevelId = "(record)";

    /// <summary>
    /// Builds a record's facts, or its evaluation with one record-level error when building them
    /// throws (a record made in code with a null inside a list, say): no record ends a batch.
    /// </summary>
    private bool TryBuildFacts(CrimeRecord record, DateTimeOffset asOf, out RecordFacts? facts, out RecordEvaluation? failure)
    {
        try
        {
            facts = new RecordFacts(record, asOf, _context);
            failure = null;
            return true;
        }
        catch (Exception e) when (RuleFailures.IsRecordFailure(e) && e is not ArgumentNullException { ParamName: "record" })
        {
            facts = null;
            failure = new RecordEvaluation(record.CrimeRecordId, record.OwningUnit?.UnitId, [], [RuleFailures.Error(RecordLevelId, "the record's facts (no rule was evaluated)", e)]);
            return false;
        }
    }

    private static void CheckAsOf(DateTimeOffset asOf)
    {
        if (!RecordInstants.Contains(asOf))
        {
            throw new ArgumentOutOfRangeException(nameof(asOf), asOf, $"The as-of instant must be {RecordInstants.Described}.");
        }
    }

    /// <summary>
    /// Evaluates one record in a session created for it and then dropped, bypassing the pool: what a
    /// naive host would do, kept so the benchmarks can show what pooling saves.
    /// </summary>
    internal RecordEvaluation EvaluateInFreshSession(CrimeRecord record, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(record);
        var facts = new RecordFacts(record, asOf, _context);
        var run = new SessionRun(_factory) { Facts = [facts] };
        run.Session.Insert(facts);
        run.Session.Fire();
        return ToEvaluation(facts, run.Fired, run.Errors);
    }

    public IEnumerable<RecordEvaluation> EvaluateMany(IEnumerable<CrimeRecord> records, DateTimeOffset asOf, int batchSize = 512)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        CheckAsOf(asOf);
        return Iterate();

        IEnumerable<RecordEvaluation> Iterate()
        {
            var batch = new List<CrimeRecord>(batchSize);
            foreach (var record in records)
            {
                batch.Add(record);
                if (batch.Count == batchSize)
                {
                    foreach (var evaluation in EvaluateBatch(batch, asOf))
                    {
                        yield return evaluation;
                    }

                    batch.Clear();
                }
            }

            if (batch.Count > 0)
            {
                foreach (var evaluation in EvaluateBatch(batch, asOf))
                {
                    yield return evaluation;
                }
            }
        }
    }

    public RecordExplanation Explain(CrimeRecord record, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(record);
        CheckAsOf(asOf);
        var facts = new RecordFacts(record, asOf, _context);
        var verdicts = new List<RuleVerdict>(Pack.Rules.Count);
        foreach (var info in Pack.Rules)
        {
            if (info.Scope == RuleScope.Record)
            {
                verdicts.Add(_rulesById.TryGetValue(info.Id, out var rule)
                    ? RuleExplainer.Explain(rule, facts)
                    : new RuleVerdict(info.Id, RuleStatus.Disabled, null));
            }
        }

        var edition = record.RulesEdition ?? _context.Timelines.CountingRules.At(record.Incident.ReportReceivedAt)?.Id ?? $"before {_context.Timelines.CountingRules.First.Id}";
        if (facts.UnknownRulesEdition is { } unknown)
        {
            verdicts.Insert(0, new RuleVerdict(RulesEditionErrorId, RuleStatus.Error, null, RuleFailures.UnknownEdition(RulesEditionErrorId, unknown).Message));
        }

        return new RecordExplanation(record.CrimeRecordId, asOf, edition, verdicts);
    }

    public ProposalCheck CheckProposal(CrimeRecord? current, CrimeRecord proposed, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(proposed);
        CheckAsOf(asOf);
        if (current is null)
        {
            var created = Evaluate(proposed, asOf);
            return new ProposalCheck(created.Findings, [], created);
        }

        var evaluations = EvaluateBatch([current, proposed], asOf);
        var (before, after) = (evaluations[0], evaluations[1]);

        // A rule fires at most once per record, so its id keys its finding.
        var beforeByRule = before.Findings.ToDictionary(f => f.RuleId, f => f.Severity, StringComparer.Ordinal);
        var afterRules = after.Findings.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);
        var introduced = after.Findings
            .Where(f => !beforeByRule.TryGetValue(f.RuleId, out var was) || was < f.Severity)
            .ToArray();
        var resolved = before.Findings.Where(f => !afterRules.Contains(f.RuleId)).ToArray();
        return new ProposalCheck(introduced, resolved, after);
    }

    /// <summary>
    /// Evaluates records in runs of at most <see cref="RunSize"/> through pooled sessions: measured on
    /// the built-in pack, small runs in a reused session are cheaper per record than one large run in
    /// a fresh session (which must first build a memory for every node of the network).
    /// </summary>
    private RecordEvaluation[] EvaluateBatch(IReadOnlyList<CrimeRecord> records, DateTimeOffset asOf)
    {
        var result = new RecordEvaluation[records.Count];
        for (var start = 0; start < records.Count; start += RunSize)
        {
            var count = Math.Min(RunSize, records.Count - start);
            var built = new List<RecordFacts>(count);
            var positions = new int[count];
            for (var i = 0; i < count; i++)
            {
                if (TryBuildFacts(records[start + i], asOf, out var recordFacts, out var failure))
                {
                    positions[built.Count] = start + i;
                    built.Add(recordFacts!);
                }
                else
                {
                    result[start + i] = failure!;
                }
            }

            var facts = built.ToArray();
            var run = Run(facts);
            try
            {
                var fired = new List<FiredRule>?[facts.Length];
                foreach (var rule in run.Fired)
                {
                    (fired[IndexOf(facts, rule.Facts)] ??= []).Add(rule);
                }

                var errors = new List<(RecordFacts, RuleEvaluationError)>?[facts.Length];
                foreach (var error in run.Errors)
                {
                    (errors[IndexOf(facts, error.Facts)] ??= []).Add(error);
                }

                for (var i = 0; i < facts.Length; i++)
                {
                    result[positions[i]] = ToEvaluation(facts[i], fired[i], errors[i]);
                }
            }
            finally
            {
                Release(run);
            }
        }

        return result;
    }

    /// <summary>Where a fact is in its run (by reference; a run is a handful of facts).</summary>
    private static int IndexOf(RecordFacts[] facts, RecordFacts fact)
    {
        for (var i = 0; i < facts.Length; i++)
        {
            if (ReferenceEquals(facts[i], fact))
            {
                return i;
            }
        }

        throw new InvalidOperationException("A rule reported a record that is not in its run.");
    }

    /// <summary>Inserts the facts into a pooled session and fires it.</summary>
    private SessionRun Run(RecordFacts[] facts)
    {
        var run = _idle.TryTake(out var idle) ? idle : new SessionRun(_factory);
        run.Facts = facts;
        run.Session.InsertAll(facts);
        run.Session.Fire();
        return run;
    }

    /// <summary>
    /// Returns a run's session to the pool; one that failed is dropped.
    /// The facts of pooled runs are retracted in groups of <see cref="RetractEvery"/>: NRules visits
    /// every node of the network on a retraction, whatever the number of facts, so one retraction of
    /// many facts costs about what one of a single fact does. Facts left in the session meanwhile
    /// change nothing: every rule matches one fact, a new fact activates rules for itself only, and
    /// the findings of a run are those its own actions report.
    /// </summary>
    private void Release(SessionRun run)
    {
        run.Retained.AddRange(run.Facts);
        if (run.Retained.Count >= RetractEvery)
        {
            try
            {
                run.Session.RetractAll(run.Retained);
            }
            catch (Exception)
            {
                // Whatever went wrong, the session's state is unknown: let it go rather than reuse it.
                return;
            }

            run.Retained.Clear();
        }

        run.Clear();
        _idle.Add(run);
    }

    private RecordEvaluation ToEvaluation(RecordFacts facts, List<FiredRule>? fired, List<(RecordFacts Facts, RuleEvaluationError Error)>? errors)
    {
        Finding[] findings = [];
        List<RuleEvaluationError>? failed = null;
        if (fired is { Count: > 0 })
        {
            fired.Sort(static (a, b) => a.Rule.Order.CompareTo(b.Rule.Order));
            var built = new List<Finding>(fired.Count);
            foreach (var rule in fired)
            {
                if (rule.Finding is { } finding)
                {
                    built.Add(finding);
                }
                else
                {
                    (failed ??= []).Add(rule.Error!);
                }
            }

            findings = [.. built];
        }

        IReadOnlyList<RuleEvaluationError> recordErrors = errors is null or { Count: 0 } && failed is null
            ? []
            : (errors ?? []).Select(e => e.Error).Concat(failed ?? []).OrderBy(e => _rulesById.TryGetValue(e.RuleId, out var r) ? r.Order : int.MaxValue).ToArray();
        if (facts.UnknownRulesEdition is { } unknown)
        {
            recordErrors = [RuleFailures.UnknownEdition(RulesEditionErrorId, unknown), .. recordErrors];
        }

        var record = facts.Record;
        return new RecordEvaluation(record.CrimeRecordId, record.OwningUnit?.UnitId, findings, recordErrors)
        {
            Facts = facts,
            Rules = States(facts, fired, errors),
            HasUnmatchedOffenceCode = facts.HasUnmatchedOffenceCode,
        };
    }

    /// <summary>
    /// Every enabled rule's status on the record. Fired and failed rules are known from the run; a
    /// rule that stopped at its timeline, in-force or applicability condition marked the facts as
    /// the network evaluated that condition (<see cref="Unmet"/>); any other rule's condition was
    /// evaluated and did not hold: passed.
    /// </summary>
    /// <remarks>
    /// Measured on 200 000 records: working these out again afterwards, from compiled delegates,
    /// was 8.5% of evaluation.
    /// </remarks>
    private RuleStateList States(RecordFacts facts, List<FiredRule>? fired, List<(RecordFacts Facts, RuleEvaluationError Error)>? errors)
    {
        var statuses = new byte[_rules.Length];
        var unmet = facts.UnmetRules;
        for (var i = 0; i < statuses.Length; i++)
        {
            statuses[i] = (byte)(unmet is null || unmet[i] == 0 ? RuleStatus.Passed : (RuleStatus)(unmet[i] - 1));
        }

        // A failed condition, then a rule that fired, overrides (no closure per rule: this runs for every record).
        if (errors is not null)
        {
            foreach (var (_, error) in errors)
            {
                if (_positionsById.TryGetValue(error.RuleId, out var position))
                {
                    statuses[position] = (byte)RuleStatus.Error;
                }
            }
        }

        if (fired is not null)
        {
            foreach (var firing in fired)
            {
                // A rule whose condition held but whose evidence or escalation failed is an error, not a finding.
                statuses[_positionsById[firing.Rule.Info.Id]] = (byte)(firing.Finding is null ? RuleStatus.Error : RuleStatus.Fired);
            }
        }

        return new RuleStateList(_ruleIds, statuses);
    }

    /// <summary>
    /// Marks on the facts that the rule at <paramref name="position"/> stopped at a condition that
    /// did not hold; false, so that the condition stays false. Called from the network's
    /// conditions, each of which is evaluated once per inserted fact, in the order the rule
    /// declares them, and never after one that did not hold.
    /// </summary>
    private static bool Unmet(RecordFacts facts, int position, int rules, RuleStatus status)
    {
        (facts.UnmetRules ??= new byte[rules])[position] = (byte)(status + 1);
        return false;
    }

    /// <summary>The condition, or else a mark that the rule stopped there with <paramref name="status"/>.</summary>
    private static Expression<Func<RecordFacts, bool>> OrMark(Expression<Func<RecordFacts, bool>> condition, int position, int rules, RuleStatus status) =>
        Expression.Lambda<Func<RecordFacts, bool>>(
            Expression.OrElse(
                condition.Body,
                Expression.Call(UnmetMethod, condition.Parameters[0], Expression.Constant(position), Expression.Constant(rules), Expression.Constant(status))),
            condition.Parameters);

    /// <summary>
    /// The rule's one condition on a record: first the timelines the rule reads must have an entry at
    /// its governing instant, then the rule must be in force there, then it must apply, and only then
    /// does its condition run — each step evaluated once, in that order, and never after one that did
    /// not hold. The first three mark the facts when they do not hold (<see cref="OrMark"/>), which
    /// is what the rule's coverage status needs.
    /// </summary>
    /// <remarks>
    /// One condition, not four chained ones: NRules gives every condition a node of its own, and each
    /// node builds a new list of the facts that pass it for every run of facts. With the gates all but
    /// always passing, the lists of the three gate nodes were most of what an evaluation allocated
    /// (about 1.1 KB of a record's 3.2 KB). Measured on 20 000 records (docs/benchmarks.md).
    /// </remarks>
    private static Expression<Func<RecordFacts, bool>> Gated(CompiledRule rule, int position, int rules)
    {
        // Every expression of a rule is bound over the same parameter, so their bodies join as they are.
        var facts = rule.ConditionExpression.Parameters[0];
        var steps = new List<Expression<Func<RecordFacts, bool>>>
        {
            OrMark(Expression.Lambda<Func<RecordFacts, bool>>(Expression.Call(Expression.Constant(rule), HasTimelineEntriesMethod, facts), facts), position, rules, RuleStatus.NotInForce),
        };
        if (rule.InForceExpression is { } inForce)
        {
            steps.Add(OrMark(inForce, position, rules, RuleStatus.NotInForce));
        }

        if (rule.AppliesWhenExpression is { } applies)
        {
            steps.Add(OrMark(applies, position, rules, RuleStatus.NotApplicable));
        }

        steps.Add(rule.ConditionExpression);
        var body = steps.Select(step => step.Body).Aggregate(Expression.AndAlso);
        return Expression.Lambda<Func<RecordFacts, bool>>(body, facts);
    }

    private static IRuleDefinition BuildDefinition(CompiledRule rule, int position, int rules)
    {
        var builder = new RuleBuilder();
        builder.Name(rule.Info.Id);
        builder.Description(rule.Info.Title);
        var pattern = builder.LeftHandSide().Pattern(typeof(RecordFacts), ParameterBinder.FactsName);
        pattern.Condition(Gated(rule, position, rules));

        // ctx => ((SessionRun)ctx.Resolve(typeof(SessionRun))).Add(rule.Fire(facts))
        var context = Expression.Parameter(typeof(IContext), "ctx");
        var facts = Expression.Parameter(typeof(RecordFacts), ParameterBinder.FactsName);
        var run = Expression.Convert(Expression.Call(context, ResolveMethod, Expression.Constant(typeof(SessionRun))), typeof(SessionRun));
        var fire = Expression.Call(Expression.Constant(rule), FireMethod, facts);
        builder.RightHandSide().Action(Expression.Lambda(Expression.Call(run, AddMethod, fire), context, facts));
        return builder.Build();
    }

    /// <summary>
    /// One pooled NRules session and what its rule actions and failed conditions report during one
    /// run. Rule actions find it through the session's dependency resolver.
    /// </summary>
    private sealed class SessionRun : IDependencyResolver
    {
        public SessionRun(ISessionFactory factory)
        {
            Session = factory.CreateSession();
            Session.DependencyResolver = this;
            Session.Events.LhsExpressionFailedEvent += OnConditionFailed;
        }

        public ISession Session { get; }

        public RecordFacts[] Facts { get; set; } = [];

        /// <summary>Facts of earlier runs still in the session, waiting to be retracted together.</summary>
        public List<RecordFacts> Retained { get; } = [];

        public List<FiredRule> Fired { get; } = [];

        public List<(RecordFacts Facts, RuleEvaluationError Error)> Errors { get; } = [];

        public void Add(FiredRule fired) => Fired.Add(fired);

        public void Clear()
        {
            Facts = [];
            Fired.Clear();
            Errors.Clear();
        }

        object IDependencyResolver.Resolve(IResolutionContext context, Type serviceType) => this;

        private void OnConditionFailed(object? sender, LhsExpressionErrorEventArgs e)
        {
            // A condition that throws on one record must not stop the batch: the rule is reported
            // as not evaluated for that record, and evaluation goes on.
            e.IsHandled = true;
            foreach (var fact in e.Facts.Select(f => f.Value).OfType<RecordFacts>())
            {
                foreach (var rule in e.Rules)
                {
                    Errors.Add((fact, e.Exception is { } failure
                        ? RuleFailures.Error(rule.Name, "the condition", failure)
                        : new RuleEvaluationError(rule.Name, "the condition failed")));
                }
            }
        }
    }
}
