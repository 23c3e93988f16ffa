using System.Linq.Expressions;
using Compliance.Rules.Expressions;
using Compliance.Rules.Facts;
using Compliance.Rules.Packs;
using Compliance.Rules.Records;

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
    private readonly Lazy<Func<RecordFacts, bool>?> _appliesWhen;
    private readonly Lazy<Func<RecordFacts, bool>> _condition;
    private readonly Lazy<(Func<RecordFacts, bool> When, Severity Severity)[]> _escalations;
    private readonly string[] _evidenceNames;
    private readonly Lazy<Func<RecordFacts, object?>[]> _evidence;

    public CompiledRule(int order, RuleInfo info, RuleExpressions expressions, IReadOnlyDictionary<string, object?> values)
    {
        Order = order;
        Info = info;
        var facts = Expression.Parameter(typeof(RecordFacts), ParameterBinder.FactsName);
        AppliesWhenExpression = expressions.AppliesWhen is { } applies ? ParameterBinder.Bind<bool>(applies, values, facts) : null;
        ConditionExpression = ParameterBinder.Bind<bool>(expressions.Condition!, values, facts);
        var escalations = expressions.Escalations.Select(e => (When: ParameterBinder.Bind<bool>(e.When, values, facts), e.Severity)).ToArray();
        var evidence = expressions.Evidence.Select(e => ParameterBinder.Bind<object?>(e.Expression, values, facts)).ToArray();
        _evidenceNames = expressions.Evidence.Select(e => e.Name).ToArray();

        _appliesWhen = new(() => AppliesWhenExpression is { } applies ? QuantifierInliner.Inline(applies).Compile() : null);
        _condition = new(() => QuantifierInliner.Inline(ConditionExpression).Compile());
        _escalations = new(() => escalations.Select(e => (QuantifierInliner.Inline(e.When).Compile(), e.Severity)).ToArray());
        _evidence = new(() => evidence.Select(e => QuantifierInliner.InlineEvidence(e).Compile()).ToArray());
    }

    /// <summary>Position in the pack (findings are ordered by it).</summary>
    public int Order { get; }

    public RuleInfo Info { get; }

    public Expression<Func<RecordFacts, bool>>? AppliesWhenExpression { get; }

    public Expression<Func<RecordFacts, bool>> ConditionExpression { get; }

    public Func<RecordFacts, bool>? AppliesWhen => _appliesWhen.Value;

    public Func<RecordFacts, bool> Condition => _condition.Value;

    /// <summary>Builds the finding of a record on which the rule fired (called from the NRules action).</summary>
    public FiredRule Fire(RecordFacts facts) => new(facts, this, CreateFinding(facts));

    public Finding CreateFinding(RecordFacts facts)
    {
        var severity = Info.Severity;
        foreach (var (when, raised) in _escalations.Value)
        {
            if (raised > severity && when(facts))
            {
                severity = raised;
            }
        }

        var evidence = _evidence.Value;
        var values = new object?[evidence.Length];
        for (var i = 0; i < evidence.Length; i++)
        {
            // Evidence explains a finding; a failure to compute one item must not lose the finding.
            try
            {
                values[i] = EvidenceFormatter.Normalise(evidence[i](facts));
            }
            catch (Exception e) when (e is NullReferenceException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
            {
                values[i] = null;
            }
        }

        var named = values.Length == 0 ? OrderedEvidence.Empty : new OrderedEvidence(_evidenceNames, values);
        return new Finding(Info.Id, severity, EvidenceFormatter.FillMessage(Info.Message, named), Info.Citation, named);
    }
}

/// <summary>What a rule's NRules action reports: which record, which rule, which finding.</summary>
internal sealed class FiredRule(RecordFacts facts, CompiledRule rule, Finding finding)
{
    public RecordFacts Facts { get; } = facts;

    public CompiledRule Rule { get; } = rule;

    public Finding Finding { get; } = finding;
}
