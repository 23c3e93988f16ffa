using System.Linq.Expressions;
using System.Reflection;
using Compliance.Rules.Expressions;
using Compliance.Rules.Packs;
using Compliance.Rules.Records;
using NRules;
using NRules.Diagnostics;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace Compliance.Rules.Engine;

/// <summary>
/// The engine on NRules: each enabled record rule becomes one NRules rule over a single
/// <see cref="RecordFacts"/> pattern (applicability, then condition), whose action inserts a
/// <see cref="FiredRule"/>. One session factory per pack and policy, built here once.
/// </summary>
internal sealed class NRulesComplianceEngine : IComplianceEngine
{
    private static readonly MethodInfo InsertMethod = typeof(IContext).GetMethod(nameof(IContext.Insert), [typeof(object)])!;
    private static readonly MethodInfo FireMethod = typeof(CompiledRule).GetMethod(nameof(CompiledRule.Fire))!;

    private readonly CompiledRule[] _rules;
    private readonly Dictionary<string, CompiledRule> _rulesById;
    private readonly ISessionFactory _factory;
    private readonly RulePackContext _context;

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
        _factory = new RuleCompiler().Compile(_rules.Select(BuildDefinition));
    }

    public RulePack Pack { get; }

    public RecordEvaluation Evaluate(CrimeRecord record, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(record);
        return EvaluateBatch([record], asOf)[0];
    }

    public IEnumerable<RecordEvaluation> EvaluateMany(IEnumerable<CrimeRecord> records, DateTimeOffset asOf, int batchSize = 512)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
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
        var facts = new RecordFacts(record, asOf, _context);
        var verdicts = new List<RuleVerdict>(_rules.Length);
        foreach (var rule in _rules)
        {
            try
            {
                if (rule.AppliesWhen is { } applies && !applies(facts))
                {
                    verdicts.Add(new RuleVerdict(rule.Info.Id, RuleStatus.NotApplicable, null));
                }
                else if (rule.Condition(facts))
                {
                    verdicts.Add(new RuleVerdict(rule.Info.Id, RuleStatus.Fired, rule.CreateFinding(facts)));
                }
                else
                {
                    verdicts.Add(new RuleVerdict(rule.Info.Id, RuleStatus.Passed, null));
                }
            }
            catch (Exception e) when (IsExpressionFailure(e))
            {
                verdicts.Add(new RuleVerdict(rule.Info.Id, RuleStatus.Error, null, Describe(e)));
            }
        }

        return new RecordExplanation(record.CrimeRecordId, asOf, _context.Editions.Resolve(record).Id, verdicts);
    }

    public ProposalCheck CheckProposal(CrimeRecord current, CrimeRecord proposed, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(proposed);
        var evaluations = EvaluateBatch([current, proposed], asOf);
        var before = evaluations[0].Findings.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);
        var introduced = evaluations[1].Findings.Where(f => !before.Contains(f.RuleId)).ToArray();
        return new ProposalCheck(introduced, evaluations[1]);
    }

    private RecordEvaluation[] EvaluateBatch(IReadOnlyList<CrimeRecord> records, DateTimeOffset asOf)
    {
        var facts = new RecordFacts[records.Count];
        var index = new Dictionary<RecordFacts, int>(records.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < records.Count; i++)
        {
            facts[i] = new RecordFacts(records[i], asOf, _context);
            index[facts[i]] = i;
        }

        var errors = new List<(RecordFacts Facts, RuleEvaluationError Error)>();
        var session = _factory.CreateSession();
        session.Events.LhsExpressionFailedEvent += (_, e) =>
        {
            // A condition that throws on one record must not stop the batch: the rule is reported
            // as not evaluated for that record, and evaluation goes on.
            e.IsHandled = true;
            foreach (var fact in e.Facts.Select(f => f.Value).OfType<RecordFacts>())
            {
                foreach (var rule in e.Rules)
                {
                    errors.Add((fact, new RuleEvaluationError(rule.Name, e.Exception is { } failure ? Describe(failure) : "the condition failed")));
                }
            }
        };
        session.InsertAll(facts);
        session.Fire();

        var findings = new List<FiredRule>[records.Count];
        foreach (var fired in session.Query<FiredRule>())
        {
            var i = index[fired.Facts];
            (findings[i] ??= []).Add(fired);
        }

        var result = new RecordEvaluation[records.Count];
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            var recordFindings = findings[i] is { } list
                ? list.OrderBy(f => f.Rule.Order).Select(f => f.Finding).ToArray()
                : [];
            var recordErrors = errors.Where(e => ReferenceEquals(e.Facts, facts[i])).Select(e => e.Error)
                .OrderBy(e => _rulesById.TryGetValue(e.RuleId, out var r) ? r.Order : int.MaxValue).ToArray();
            result[i] = new RecordEvaluation(record.CrimeRecordId, record.OwningUnit?.UnitId, recordFindings, recordErrors) { Facts = facts[i] };
        }

        return result;
    }

    private static IRuleDefinition BuildDefinition(CompiledRule rule)
    {
        var builder = new RuleBuilder();
        builder.Name(rule.Info.Id);
        builder.Description(rule.Info.Title);
        var pattern = builder.LeftHandSide().Pattern(typeof(RecordFacts), ParameterBinder.FactsName);
        if (rule.AppliesWhenExpression is { } applies)
        {
            pattern.Condition(applies);
        }

        pattern.Condition(rule.ConditionExpression);

        var context = Expression.Parameter(typeof(IContext), "ctx");
        var facts = Expression.Parameter(typeof(RecordFacts), ParameterBinder.FactsName);
        var fire = Expression.Call(Expression.Constant(rule), FireMethod, facts);
        builder.RightHandSide().Action(Expression.Lambda(Expression.Call(context, InsertMethod, fire), context, facts));
        return builder.Build();
    }

    private static bool IsExpressionFailure(Exception e) =>
        e is NullReferenceException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or KeyNotFoundException or OverflowException;

    private static string Describe(Exception e)
    {
        var inner = e is RuleExpressionEvaluationException { InnerException: { } cause } ? cause : e;
        return $"{inner.GetType().Name}: {inner.Message}";
    }
}
