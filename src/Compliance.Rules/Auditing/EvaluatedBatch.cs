using Compliance.Rules.Engine;
using Compliance.Rules.Reading;

namespace Compliance.Rules.Auditing;

/// <summary>
/// One batch of input records with the engine's evaluation of each parsed one, made by
/// <see cref="ComplianceAudit.Evaluate"/> (on any thread) and not yet counted: it joins the audit,
/// in input order, through <see cref="ComplianceAudit.Add(EvaluatedBatch, IAuditObserver?)"/>.
/// </summary>
public sealed class EvaluatedBatch
{
    internal EvaluatedBatch(ComplianceAudit audit, IReadOnlyList<ReadResult> input, IReadOnlyList<RecordEvaluation> evaluations)
    {
        Audit = audit;
        Input = input;
        Evaluations = evaluations;
    }

    /// <summary>The input records, parsed or rejected, in input order.</summary>
    public IReadOnlyList<ReadResult> Input { get; }

    /// <summary>The evaluations of the parsed records, in input order (rejections have none).</summary>
    public IReadOnlyList<RecordEvaluation> Evaluations { get; }

    /// <summary>The audit that evaluated it (a batch joins only that audit: same engine, same as-of).</summary>
    internal ComplianceAudit Audit { get; }
}
