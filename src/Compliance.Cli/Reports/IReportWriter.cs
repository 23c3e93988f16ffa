namespace Compliance.Cli.Reports;

/// <summary>
/// Writes one report format as the audit streams: told of every evaluated record and every rejected
/// input record as they come (in input order), then completed once with the totals and the unit
/// audits. A writer keeps no more than a bounded amount of the records in memory.
/// </summary>
internal interface IReportWriter : IDisposable
{
    /// <summary>An evaluated record (with or without findings).</summary>
    void Record(EvaluatedRecord record);

    /// <summary>An input record that could not be read.</summary>
    void Rejected(RejectedRecord rejection);

    /// <summary>Writes what remains: summary, units, and whatever was held back.</summary>
    void Complete(AuditResult result);
}
