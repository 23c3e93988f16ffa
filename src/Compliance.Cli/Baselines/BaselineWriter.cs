using Compliance.Cli.Reports;

namespace Compliance.Cli.Baselines;

/// <summary>
/// Puts the comparison with the previous report in front of a report writer: each record is compared
/// just before the writer sees it (so the writer can ask for its findings' changes), and the units
/// and what was not audited again just before the writer completes.
/// </summary>
internal sealed class BaselineWriter(IReportWriter inner, BaselineComparison comparison) : IReportWriter
{
    public void Record(EvaluatedRecord record)
    {
        comparison.Observe(record);
        inner.Record(record);
    }

    public void Rejected(RejectedRecord rejection) => inner.Rejected(rejection);

    public void Complete(AuditResult result)
    {
        comparison.Complete(result.Units);
        inner.Complete(result);
    }

    public void Dispose() => inner.Dispose();
}
