using Compliance.Rules.Engine;
using Compliance.Rules.Facts;
using Compliance.Rules.Packs;
using Compliance.Rules.Records;
using NRules;
using NRules.Fluent;
using NRules.RuleModel;

namespace Compliance.Benchmarks.Subset.Fluent;

/// <summary>
/// The subset as NRules Fluent DSL rules over the same <see cref="RecordFacts"/> as the pack: the
/// same engine and helpers, conditions written in C# instead of pack text. Against the pack it
/// shows what the pack front end (DynamicExpresso trees, parameter binding, findings with evidence)
/// costs.
/// </summary>
public sealed class FluentSubset : ISubsetEvaluator
{
    private static readonly Type[] RuleTypes =
    [
        typeof(Ncrs001), typeof(Ncrs003), typeof(Sexoff004), typeof(Sexoff005), typeof(Cancel002), typeof(Cancel003),
        typeof(Cancel005), typeof(Cancel006), typeof(Retract001), typeof(Retract003), typeof(Outcome003), typeof(Victim002),
    ];

    private readonly ISessionFactory _factory;
    private readonly RulePackContext _context;
    private readonly DateTimeOffset _asOf;

    /// <summary>Compiles the rules with the pack's parameters.</summary>
    /// <param name="pack">The pack whose parameters and tables the rules use (the built-in pack).</param>
    /// <param name="asOf">The as-of instant.</param>
    /// <param name="inlineQuantifiers">
    /// Compile with the engine's own expression compiler (quantifiers inlined into loops) instead of
    /// NRules' default: the same compilation the pack gets, so that only the front end differs.
    /// </param>
    public FluentSubset(RulePack pack, DateTimeOffset asOf, bool inlineQuantifiers = false)
    {
        var repository = new RuleRepository(new SubsetRuleActivator(SubsetParameters.From(pack)));
        repository.Load(spec => spec.From(RuleTypes));
        _factory = inlineQuantifiers
            ? new RuleCompiler { ExpressionCompiler = new InliningExpressionCompiler() }.Compile(repository.GetRuleSets())
            : repository.Compile();
        Name = inlineQuantifiers ? "fluent (inlining compiler)" : "fluent";
        _context = pack.CreateContext();
        _asOf = asOf;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public void Evaluate(CrimeRecord record, List<SubsetFinding> findings)
    {
        var session = _factory.CreateSession();
        session.Insert(new RecordFacts(record, _asOf, _context));
        session.Fire();
        Collect(session, findings);
    }

    /// <summary>Evaluates records in one session (the audit path).</summary>
    /// <param name="records">The records.</param>
    /// <param name="findings">Where to add the findings.</param>
    public void EvaluateBatch(IReadOnlyList<CrimeRecord> records, List<SubsetFinding> findings)
    {
        var facts = new RecordFacts[records.Count];
        for (var i = 0; i < facts.Length; i++)
        {
            facts[i] = new RecordFacts(records[i], _asOf, _context);
        }

        var session = _factory.CreateSession();
        session.InsertAll(facts);
        session.Fire();
        Collect(session, findings);
    }

    private static void Collect(ISession session, List<SubsetFinding> findings)
    {
        foreach (var hit in session.Query<FluentHit>())
        {
            findings.Add(new(hit.Facts.Record.CrimeRecordId, hit.RuleId, hit.Severity));
        }
    }
}
