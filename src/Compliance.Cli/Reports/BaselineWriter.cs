using Compliance.Cli.Baselines;
using Compliance.Rules.Auditing;
using Compliance.Rules.Reading;

namespace Compliance.Cli.Reports;

/// <summary>
/// Puts the comparison with the previous report in front of a report writer: each record is compared
/// just before the writer sees it (so the writer can ask for its findings' changes), and the units
/// and what was not audited again just before the writer completes.
/// </summary>
internal sealed class BaselineWriter(IReportWriter inner, BaselineComparison comparison) : IReportWriter
{
    public void Evaluated(AuditedRecord record)
    {
        comparison.Observe(record);
        inner.Evaluated(record);
    }

    public void Rejected(Rejection rejection) => inner.Rejected(rejection);

    public void IncidentEvaluated(AuditedIncident incident)
    {
        comparison.Observe(incident);
        inner.IncidentEvaluated(incident);
    }

    public void IncidentRejected(Rejection rejection) => inner.IncidentRejected(rejection);

    public void Complete(AuditSummary result)
    {
        comparison.Complete(result.Units);
        inner.Complete(result);
    }

    public void Dispose() => inner.Dispose();
}
