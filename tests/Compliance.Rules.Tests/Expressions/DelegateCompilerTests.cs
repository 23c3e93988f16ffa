using System.Linq.Expressions;
using Compliance.Rules.Engine;
using Compliance.Rules.Expressions;
using Compliance.Rules.Facts;
using Compliance.Rules.Packs;
using Compliance.Synthetic;

namespace Compliance.Rules.Tests.Expressions;

/// <summary>
/// The pack's delegates are emitted by FastExpressionCompiler, not by the framework's compiler: two
/// independent compilers of the same trees must give the same answers (or the same kind of failure)
/// on every record, for every rule of the built-in pack.
/// </summary>
public sealed class DelegateCompilerTests
{
    private static readonly DateTimeOffset AsOf = new(2010, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static TheoryData<GeneratorScenario, int> Inputs => new()
    {
        { GeneratorScenario.Sapphire, 2009 },
        { GeneratorScenario.Sapphire, 7 },
        { GeneratorScenario.Baseline, 11 },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Every_built_in_rule_answers_as_the_framework_compiler_does(GeneratorScenario scenario, int seed)
    {
        var engine = (NRulesComplianceEngine)ComplianceEngine.Create(RulePack.LoadBuiltIn());
        var facts = SyntheticRecords.Generate(new GeneratorOptions { Records = 600, Seed = seed, Scenario = scenario })
            .Select(record => new RecordFacts(record, AsOf, engine.Context))
            .ToArray();
        var compared = 0;
        var conditions = new HashSet<object?>();
        foreach (var rule in engine.CompiledRules)
        {
            compared += Compare(rule.Info.Id + " condition", rule.ConditionExpression, facts, conditions);
            if (rule.AppliesWhenExpression is { } applies)
            {
                compared += Compare(rule.Info.Id + " appliesWhen", applies, facts);
            }

            if (rule.GoverningInstantExpression is { } instant)
            {
                compared += Compare(rule.Info.Id + " governing instant", instant, facts);
            }
        }

        // Every rule's condition on every record, at the least, and the conditions both held and failed
        // on these records (agreement on answers that never vary would prove little).
        Assert.True(compared >= engine.CompiledRules.Count * facts.Length, $"{compared} comparisons");
        Assert.Contains(true, conditions);
        Assert.Contains(false, conditions);
    }

    [Fact]
    public async Task Delegates_prepared_in_the_background_still_answer_as_before()
    {
        Expression<Func<int[], int>> sum = xs => xs.Where(x => x > 1).Sum();
        var compiled = DelegateCompiler.Compile(sum);

        await DelegatePreparation.StartInBackground([compiled]);

        Assert.Equal(5, compiled([1, 2, 3]));
    }

    private static int Compare<TResult>(string what, Expression<Func<RecordFacts, TResult>> expression, RecordFacts[] facts, HashSet<object?>? outcomes = null)
    {
        var inlined = QuantifierInliner.Inline(expression);
        var fast = DelegateCompiler.Compile(inlined);
        var framework = inlined.Compile();
        foreach (var f in facts)
        {
            var expected = Run(framework, f);
            var actual = Run(fast, f);
            Assert.True(Equals(expected, actual), $"{what} on {f.Record.CrimeRecordId}: {expected} (framework) against {actual}");
            outcomes?.Add(actual);
        }

        return facts.Length;
    }

    private static object? Run<TResult>(Func<RecordFacts, TResult> compiled, RecordFacts facts)
    {
        try
        {
            return compiled(facts);
        }
        catch (Exception e)
        {
            return e.GetType();
        }
    }
}
