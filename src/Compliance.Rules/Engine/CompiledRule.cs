using System.Linq.Expressions;
using Compliance.Rules.Expressions;
using Compliance.Rules.Packs;

namespace Compliance.Rules.Engine;

/// <summary>
/// One enabled record rule bound to its parameter values: the lambdas NRules matches on, the same
/// lambdas compiled for explanations, and what it takes to build a finding when it fires.
/// </summary>
internal sealed class CompiledRule
{
    private readonly (Func<RecordFacts, bool> When, Severity Severity)[] _escalations;
    private readonly string[] _evidenceNames;
    private readonly Func<RecordFacts, object?>[] _evidence;

    public CompiledRule(int order, RuleInfo info, RuleExpressions expressions, IReadOnlyDictionary<string, object?> values)
    {
        Order = order;
        Info = info;
        var facts = Expression.Parameter(typeof(RecordFacts), ParameterBinder.FactsName);
        AppliesWhenExpression = expressions.AppliesWhen is { } applies ? ParameterBinder.Bind<bool>(applies, values, facts) : null;
        ConditionExpression = ParameterBinder.Bind<bool>(expressions.Condition!, values, facts);
        AppliesWhen = AppliesWhenExpression?.Compile();
        Condition = ConditionExpression.Compile();
        _escalations = expressions.Escalations.Select(e => (ParameterBinder.Bind<bool>(e.When, values, facts).Compile(), e.Severity)).ToArray();
        _evidenceNames = expressions.Evidence.Select(e => e.Name).ToArray();
        _evidence = expressions.Evidence.Select(e => ParameterBinder.Bind<object?>(e.Expression, values, facts).Compile()).ToArray();
    }

    /// <summary>Position in the pack (findings are ordered by it).</summary>
    public int Order { get; }

    public RuleInfo Info { get; }

    public Expression<Func<RecordFacts, bool>>? AppliesWhenExpression { get; }

    public Expression<Func<RecordFacts, bool>> ConditionExpression { get; }

    public Func<RecordFacts, bool>? AppliesWhen { get; }

    public Func<RecordFacts, bool> Condition { get; }

    /// <summary>Builds the finding of a record on which the rule fired (called from the NRules action).</summary>
    public FiredRule Fire(RecordFacts facts) => new(facts, this, CreateFinding(facts));

    public Finding CreateFinding(RecordFacts facts)
    {
        var severity = Info.Severity;
        foreach (var (when, raised) in _escalations)
        {
            if (raised > severity && when(facts))
            {
                severity = raised;
            }
        }

        var values = new object?[_evidence.Length];
        for (var i = 0; i < _evidence.Length; i++)
        {
            // Evidence explains a finding; a failure to compute one item must not lose the finding.
            try
            {
                values[i] = EvidenceFormatter.Normalise(_evidence[i](facts));
            }
            catch (Exception e) when (e is NullReferenceException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
            {
                values[i] = null;
            }
        }

        var evidence = values.Length == 0 ? OrderedEvidence.Empty : new OrderedEvidence(_evidenceNames, values);
        return new Finding(Info.Id, severity, EvidenceFormatter.FillMessage(Info.Message, evidence), Info.Citation, evidence);
    }
}

/// <summary>What a rule's NRules action inserts: which record, which rule, which finding.</summary>
internal sealed class FiredRule(RecordFacts facts, CompiledRule rule, Finding finding)
{
    public RecordFacts Facts { get; } = facts;

    public CompiledRule Rule { get; } = rule;

    public Finding Finding { get; } = finding;
}
