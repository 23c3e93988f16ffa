using System.Text.Json;
using Compliance.Rules.Engine;
using Compliance.Rules.Facts;
using Compliance.Rules.Packs;
using Compliance.Rules.Records;
using RulesEngine.Models;

namespace Compliance.Benchmarks.Subset.Peer;

/// <summary>
/// The subset in Microsoft RulesEngine 6.0.1, the obvious peer: a JSON workflow of lambda strings
/// (System.Linq.Dynamic.Core) over the same <see cref="RecordFacts"/> and pack parameters, one
/// engine instance (it caches the compiled workflow), one <c>ExecuteAllRulesAsync</c> per record.
/// A rule "fires" when its expression is true. RulesEngine has no severity escalation, so its
/// findings carry none.
/// </summary>
public sealed class RulesEngineSubset : ISubsetEvaluator
{
    private const string WorkflowName = "subset";
    private const string WorkflowResource = "Compliance.Benchmarks.subset-workflow.json";

    private readonly RulesEngine.RulesEngine _engine;
    private readonly RulePackContext _context;
    private readonly RuleParameter _parameters;
    private readonly DateTimeOffset _asOf;

    /// <summary>Builds the engine and compiles the workflow (by running it once).</summary>
    /// <param name="pack">The pack whose parameters and tables the rules use (the built-in pack).</param>
    /// <param name="asOf">The as-of instant.</param>
    public RulesEngineSubset(RulePack pack, DateTimeOffset asOf)
    {
        var settings = new ReSettings
        {
            CustomTypes =
            [
                typeof(RecordFacts), typeof(SubsetParameters), typeof(Enumerable), typeof(QuestioningDepth), typeof(CancellationCode),
                typeof(StatementInitiator), typeof(ContactPurpose), typeof(NotificationType),
            ],
        };
        _engine = new RulesEngine.RulesEngine(LoadWorkflows(), settings);
        _context = pack.CreateContext();
        _parameters = new RuleParameter("p", SubsetParameters.From(pack));
        _asOf = asOf;
    }

    /// <inheritdoc />
    public string Name => "rulesengine";

    /// <summary>The workflow's JSON text (for documentation and the agreement test).</summary>
    public static string WorkflowJson
    {
        get
        {
            using var stream = typeof(RulesEngineSubset).Assembly.GetManifestResourceStream(WorkflowResource)
                ?? throw new InvalidOperationException($"resource {WorkflowResource} is missing");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    /// <inheritdoc />
    public void Evaluate(CrimeRecord record, List<SubsetFinding> findings)
    {
        var facts = new RuleParameter("facts", new RecordFacts(record, _asOf, _context));
        var results = _engine.ExecuteAllRulesAsync(WorkflowName, facts, _parameters).AsTask().GetAwaiter().GetResult();
        foreach (var result in results)
        {
            if (!string.IsNullOrEmpty(result.ExceptionMessage))
            {
                throw new InvalidOperationException($"RulesEngine failed on {record.CrimeRecordId}, rule {result.Rule.RuleName}: {result.ExceptionMessage}");
            }

            if (result.IsSuccess)
            {
                findings.Add(new(record.CrimeRecordId, result.Rule.RuleName, null));
            }
        }
    }

    private static Workflow[] LoadWorkflows() =>
        JsonSerializer.Deserialize<Workflow[]>(WorkflowJson) ?? throw new InvalidOperationException("the subset workflow is empty");
}
