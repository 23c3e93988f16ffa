using Compliance.Rules.Auditing;

namespace Compliance.Cli.Reports;

/// <summary>
/// Writes one report format as the audit streams: told of every evaluated record and every rejected
/// input record as they come (in input order, as an <see cref="IAuditObserver"/>), then completed
/// once with the summary. A writer keeps no more than a bounded amount of the records in memory.
/// </summary>
internal interface IReportWriter : IAuditObserver, IDisposable
{
    /// <summary>Writes what remains: summary, units, and whatever was held back.</summary>
    void Complete(AuditSummary result);
}
