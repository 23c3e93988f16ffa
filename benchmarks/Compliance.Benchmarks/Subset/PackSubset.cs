using Compliance.Rules.Engine;
using Compliance.Rules.Records;

namespace Compliance.Benchmarks.Subset;

/// <summary>The subset (or the whole pack) through our engine: <see cref="IComplianceEngine.Evaluate"/> per record, a fresh session each time.</summary>
/// <param name="engine">The engine (built from the subset pack, or the full pack).</param>
/// <param name="asOf">The as-of instant.</param>
/// <param name="name">A short name for tables.</param>
public sealed class PackSubset(IComplianceEngine engine, DateTimeOffset asOf, string name = "pack") : ISubsetEvaluator
{
    private readonly List<SubsetError> _errors = [];

    /// <inheritdoc />
    public string Name => name;

    /// <summary>
    /// What the engine could not judge, as it reports it: a record-level error (an unknown <c>rulesEdition</c>:
    /// the rules that read the counting rules are not judged on that record) or a rule's error. Their
    /// findings are absent, so the comparison leaves them out; the other implementations do not judge
    /// those rules on those records either.
    /// </summary>
    public IReadOnlyList<SubsetError> Errors => _errors;

    /// <inheritdoc />
    public void Evaluate(CrimeRecord record, List<SubsetFinding> findings) => Add(engine.Evaluate(record, asOf), findings);

    /// <summary>Evaluates records in batches of sessions (the audit path).</summary>
    /// <param name="records">The records.</param>
    /// <param name="findings">Where to add the findings.</param>
    public void EvaluateBatch(IReadOnlyList<CrimeRecord> records, List<SubsetFinding> findings)
    {
        foreach (var evaluation in engine.EvaluateMany(records, asOf))
        {
            Add(evaluation, findings);
        }
    }

    private void Add(RecordEvaluation evaluation, List<SubsetFinding> findings)
    {
        foreach (var error in evaluation.Errors)
        {
            _errors.Add(new(evaluation.CrimeRecordId, error.RuleId, error.Message));
        }

        foreach (var finding in evaluation.Findings)
        {
            findings.Add(new(evaluation.CrimeRecordId, finding.RuleId, finding.Severity));
        }
    }
}
